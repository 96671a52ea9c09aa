import type { AtpStrings } from './atp.js';

/** English. */
export const atpEn: AtpStrings = {
  atpIssueScaleNotFromZero: (value) => `The first level of the scale must be 0; it is ${value}.`,
  atpIssueThresholdOutsideScale: (value, min, max) =>
    `The threshold ${value} lies outside the scale it applies to (${min} to ${max}).`,
  atpIssueDivergenceSpread: (value) => `The divergence spread must be above 0; it is ${value}.`,

  atpPostureCooperative: 'Cooperative',
  atpPostureOpportunist: 'Opportunist',
  atpPostureIndividualist: 'Individualist',
  atpPostureUndetermined: 'Undetermined',
  atpQualifierStable: 'stable',
  atpQualifierFragile: 'fragile',
  atpQualifierHeldBack: 'held back',
  atpQualifierNotHeldBack: 'not held back',
  atpQualifierRecoverable: 'recoverable',
  atpQualifierNotRecoverable: 'not recoverable',
  atpPostureWithQualifier: (posture, qualifier) => `${posture}, ${qualifier}`,

  atpExplainCooperativeStable: (label, a, p, t, tie, trust, min) =>
    `${label}: attractions (${a}) ${
      tie ? 'are at least level with' : 'outweigh'
    } fears (${p}) and temptations (${t}), and trust reaches this tool’s threshold (${trust} ≥ ${min}).`,
  atpExplainCooperativeFragile: (label, a, p, t, tie, trust, min) =>
    `${label}: attractions (${a}) ${tie ? 'are at least level with' : 'outweigh'} fears (${p}) and temptations (${t}), but ${
      trust === null
        ? `trust is not rated yet (counted as 0 < ${min})`
        : `trust is below this tool’s threshold (${trust} < ${min})`
    }.`,
  atpExplainOpportunistHeldBack: (label, t, a, p, min) =>
    `${label}: temptations (${t}) outweigh attractions (${a}), but fears reach this tool’s threshold for bringing the group back to reason (${p} ≥ ${min}).`,
  atpExplainOpportunistNotHeldBack: (label, t, a, p, min) =>
    `${label}: temptations (${t}) outweigh attractions (${a}) and fears stay below this tool’s threshold for holding the group back (${p} < ${min}).`,
  atpExplainIndividualistRecoverable: (label, p, a, min) =>
    `${label}: fears (${p}) outweigh attractions, but these reach this tool’s threshold for bringing the group back to reason (${a} ≥ ${min}).`,
  atpExplainIndividualistNotRecoverable: (label, p, a, min) =>
    `${label}: fears (${p}) prevail and attractions stay below this tool’s threshold for bringing the group back to reason (${a} < ${min}).`,
  atpExplainUndetermined: (label, max, min) => `${label}: no mean intensity reaches ${min} (the highest is ${max}).`,
  atpExplainEmpty: (label) => `${label}: no attraction, fear or temptation has been entered yet.`,

  atpActionObjective: (text, groups) =>
    `Set, with the groups concerned (${groups}), a measurable objective and the means to reach it for “${text}”.`,
  atpActionRisk: (text, groups) =>
    `Plan a preventive measure and an early warning sign for “${text}”, and report on them to the groups concerned (${groups}).`,
  atpActionCharter: (text, groups) =>
    `Write into the charter a rule against “${text}” and the consequence of breaking it, for the groups concerned (${groups}) to sign.`,

  atpCsvGroup: 'Group',
  atpCsvCategory: 'Category',
  atpCsvText: 'Text',
  atpCsvIntensity: 'Intensity',
  atpCsvIntensityLabel: 'Level',
  atpCsvNote: 'Note',
  atpCsvPlan: 'Plan',
  atpCsvGroups: 'Groups',
  atpCsvAction: 'Proposed action',
};
