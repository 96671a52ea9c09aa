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
    `${label}: the attractions (mean ${a}) weigh ${tie ? 'at least as much as' : 'more than'} the fears (${p}) and the temptations (${t}), and trust, rated ${trust}, reaches the threshold of ${min} set for this grid.`,
  atpExplainCooperativeFragile: (label, a, p, t, tie, trust, min) =>
    `${label}: the attractions (mean ${a}) weigh ${tie ? 'at least as much as' : 'more than'} the fears (${p}) and the temptations (${t}), but ${
      trust === null
        ? `trust is not rated yet: it counts as 0, below the threshold of ${min} set for this grid`
        : `trust, rated ${trust}, stays below the threshold of ${min} set for this grid`
    }.`,
  atpExplainOpportunistHeldBack: (label, t, a, p, min) =>
    `${label}: the temptations (mean ${t}) weigh more than the attractions (${a}), but the fears, at ${p}, reach the threshold of ${min} set for this grid: they are strong enough to bring the group back to reason.`,
  atpExplainOpportunistNotHeldBack: (label, t, a, p, min) =>
    `${label}: the temptations (mean ${t}) weigh more than the attractions (${a}), and the fears, at ${p}, stay below the threshold of ${min} set for this grid: too weak to hold the group in check.`,
  atpExplainIndividualistRecoverable: (label, p, a, min) =>
    `${label}: the fears (mean ${p}) weigh more than the attractions, but these, at ${a}, reach the threshold of ${min} set for this grid: they can win the group over.`,
  atpExplainIndividualistNotRecoverable: (label, p, a, min) =>
    `${label}: the fears (mean ${p}) weigh more than the attractions, which, at ${a}, stay below the threshold of ${min} set for this grid: still too weak to win the group over.`,
  atpExplainUndetermined: (label, max, min) =>
    `${label}: no feeling is marked enough to tell yet; the strongest mean is ${max}, below the threshold of ${min} set for this grid.`,
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
  amStateTodo: 'To do',
  amStateDoing: 'In progress',
  amStateDone: 'Done',
  amItemRemoved: (text) => `${text} (item removed from the grid)`,
  amEffectBetter: 'Better',
  amEffectUnchanged: 'No change',
  amEffectWorse: 'Worse',
  amForceOpportunistPush: 'Pushed by temptation',
  amForceOpportunistHold: 'Brought back to reason by fear',
  amForceCooperativePush: 'Pushed by attractions',
  amForceCooperativeHold: 'Steadied by trust',
  amForceIndividualistPush: 'Pushed by fear',
  amForceIndividualistHold: 'Brought back to reason by attractions',
};
