import type { AtpStrings } from './atp.js';

/** English. */
export const atpEn: AtpStrings = {
  atpIssueScaleNotFromZero: (value) => `The first level of the scale must be 0; it is ${value}.`,
  atpIssueThresholdOutsideScale: (value, min, max) =>
    `The threshold ${value} lies outside the scale it applies to (${min} to ${max}).`,
  atpIssueDivergenceSpread: (value) =>
    `The spread that flags a divergence (“divergenceSpread”) must be above 0; it is ${value}.`,

  atpPostureCooperative: 'Cooperative',
  atpPostureOpportunist: 'Opportunist',
  atpPostureIndividualist: 'Individualist',
  atpPostureUndetermined: 'Undetermined',
  atpQualifierStable: 'stable',
  atpQualifierFragile: 'fragile',
  atpQualifierHeldBack: 'held in check by fear',
  atpQualifierNotHeldBack: 'not held in check',
  atpQualifierRecoverable: 'can be won over',
  atpQualifierNotRecoverable: 'hard to win over',
  atpPostureWithQualifier: (posture, qualifier) => `${posture}, ${qualifier}`,

  atpExplainCooperativeStable: (label, a, p, t, tie, trust, min) =>
    `${label}: attractions (${a}) ${
      tie ? 'are at least level with' : 'outweigh'
    } fears (${p}) and temptations (${t}), and trust reaches the set threshold (${trust} ≥ ${min}).`,
  atpExplainCooperativeFragile: (label, a, p, t, tie, trust, min) =>
    `${label}: attractions (${a}) ${tie ? 'are at least level with' : 'outweigh'} fears (${p}) and temptations (${t}), but ${
      trust === null
        ? `trust is not rated yet (it counts as 0, below the set threshold of ${min})`
        : `trust is below the set threshold (${trust} < ${min})`
    }.`,
  atpExplainOpportunistHeldBack: (label, t, a, p, min) =>
    `${label}: temptations (${t}) outweigh attractions (${a}), but fears are strong enough to bring the group back to reason (set threshold reached: ${p} ≥ ${min}).`,
  atpExplainOpportunistNotHeldBack: (label, t, a, p, min) =>
    `${label}: temptations (${t}) outweigh attractions (${a}) and fears are too weak to hold the group in check (below the set threshold: ${p} < ${min}).`,
  atpExplainIndividualistRecoverable: (label, p, a, min) =>
    `${label}: fears (${p}) outweigh attractions, but these can win the group over (set threshold reached: ${a} ≥ ${min}).`,
  atpExplainIndividualistNotRecoverable: (label, p, a, min) =>
    `${label}: fears (${p}) outweigh attractions, which are still too weak to win the group over (below the set threshold: ${a} < ${min}).`,
  atpExplainUndetermined: (label, max, min) =>
    `${label}: no mean intensity reaches the set threshold of ${min} (the highest is ${max}).`,
  atpExplainEmpty: (label) => `${label}: no attraction, fear or temptation has been entered yet.`,

  atpActionObjective: (text, groups) =>
    `Set, with the groups concerned (${groups}), a measurable objective and the means to reach it for “${text}”.`,
  atpActionRisk: (text, groups) =>
    `Plan a preventive measure and an early warning sign for “${text}”, and report on them to the groups concerned (${groups}).`,
  atpActionCharter: (text, groups) =>
    `Write into the charter of good relational practice a rule against “${text}” and the consequence of breaking it, for the groups concerned (${groups}) to adopt.`,

  atpCsvGroup: 'Group',
  atpCsvCategory: 'Category',
  atpCsvText: 'Text',
  atpCsvIntensity: 'Intensity',
  atpCsvIntensityLabel: 'Level',
  atpCsvNote: 'Comment',
  atpCsvPlan: 'Plan',
  atpCsvGroups: 'Groups',
  atpCsvAction: 'Suggested action (draft)',
  atpCsvDecided: 'Action decided',
  atpCsvOwner: 'Owner',
  atpCsvDue: 'Due date',
  atpCsvState: 'Status',
  atpCsvResult: 'Result',
  atpCsvResultNote: 'Observed',
};
