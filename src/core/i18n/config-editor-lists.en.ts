import type { ConfigEditorListStrings } from './config-editor-lists.js';
import { pluralEn } from './plural.js';

const q = (text: string) => `“${text}”`;

/** English. */
export const configEditorListsEn: ConfigEditorListStrings = {
  ceEntry: (noun, n, label) => (label ? `${noun} ${n} ${q(label)}` : `${noun} ${n}`),
  ceFieldOfEntry: (field, entry) => `${field} (${entry})`,
  ceMoveUpEntry: (entry) => `Move up ${entry}`,
  ceMoveDownEntry: (entry) => `Move down ${entry}`,
  ceDuplicateEntry: (entry) => `Duplicate ${entry}`,
  ceDeleteEntry: (entry) => `Delete ${entry}`,
  ceAddTo: (list) => `Add: ${list}`,
  ceFieldDescription: 'Description',
  ceFieldText: 'Text',
  ceFieldNumber: 'Number',
  ceFieldExplanation: 'Explanation',
  ceFieldKind: 'Meaning for the assessment',
  ceFieldValue: 'Value',
  ceNew: 'New',
  ceNounGroup: 'group',
  ceNounSuggestion: 'suggestion',
  ceNounLever: 'lever',
  ceNounLevel: 'level',
  ceNounPrinciple: 'principle',
  ceNounStatus: 'status',
  ceGroups: 'Stakeholder groups',
  ceColumns: 'Columns of the grid',
  ceColumnLabel: 'Column heading',
  cePlanTitle: 'Plan the column feeds',
  ceSuggestions: (column) => `Suggestions of the ${q(column)} column`,
  ceScales: 'Scales',
  ceIntensity: 'Intensity',
  ceTrust: 'Trust',
  ceLevelsHint: 'Levels are worth 0, 1, 2…: they are added or removed at the top of the scale.',
  cePostures: 'Posture rule',
  cePosturesOurs:
    'These thresholds and their defaults are this library’s, inspired by the method; they do not come from ANAP.',
  ceThreshold: (key) =>
    ({
      undeterminedBelow: 'Undetermined below this mean intensity',
      heldBackFrom: 'Opportunist held back from this mean fear',
      recoverableFrom: 'Individualist recoverable from this mean attraction',
      stableTrustFrom: 'Cooperative stable from this trust',
    })[key] ?? key,
  ceDivergence: 'Spread that makes an item divergent in a synthesis',
  ceAllowGroupEditing: 'Participants may add, rename and remove groups',
  ceLevers: 'Levers by posture',
  ceLeversOf: (keys) =>
    ({
      'cooperative.stable': 'Cooperative, stable',
      'cooperative.fragile': 'Cooperative, fragile',
      'opportunist.held-back': 'Opportunist, held back',
      'opportunist.not-held-back': 'Opportunist, not held back',
      'individualist.recoverable': 'Individualist, recoverable',
      'individualist.not-recoverable': 'Individualist, not recoverable',
      undetermined: 'Undetermined',
    })[keys] ?? keys,
  cePrinciples: 'Principles',
  ceRelatesWidgets: 'Widgets that help apply it',
  ceRelatesWidget: (widget) => ({ questionnaire: 'The questionnaire', 'atp-matrix': 'The ATP grid' })[widget] ?? widget,
  ceRelatesSections: 'Questionnaire sections that assess it (ids, separated by commas)',
  ceStatuses: 'Statuses',
  ceStatusKind: (kind) =>
    ({ 'not-started': 'not started', 'in-progress': 'in progress', 'in-place': 'in place' })[kind] ?? kind,
  ceStatusKindLocked: 'The last status of this meaning: it keeps it.',
  cePrerequisite: 'The promoter’s commitment (prerequisite)',
  cePromoterThreshold: 'Share of the proposals the promoter commits to retain (%)',
  cePromoterThresholdHint: '60% by default, a value of this library, not ANAP’s.',
  ceDefaultsShown: 'The config does not give them: the library uses these. Editing them writes them in the JSON.',
  cePreviewSampleGrid: 'Sample data (shows the postures)',
  cePreviewSampleChecklist: 'Sample data (shows the commitment)',
  ceChangesData: 'Effect on the data already stored',
  ceNoVersionField:
    'This config has no version number: stored data is read with the new one as soon as it is published.',
  ceIdChanged: 'The id changed: the data stored under the old one will not be found any more.',
  ceGroupsRemovedAtp: (n) =>
    `${n} ${pluralEn(n, 'group', 'groups')} removed: grids already filled in keep them, new ones start without.`,
  ceGroupsRenamed: (from, to) =>
    `The group ${q(from)} looks renamed to ${q(to)}: a synthesis of grids of both versions will count them as two groups.`,
  ceKeepGroupId: (from) => `Keep the id ${q(from)}`,
  ceGroupsAdded: (n) => `${n} ${pluralEn(n, 'group', 'groups')} added.`,
  ceLowered: (scale, n) =>
    `${scale}: ${n} ${pluralEn(n, 'level', 'levels')} removed at the top of the scale; ratings at that level will be brought down to the new top.`,
  ceUnlabelled: (n) =>
    `${n} ${pluralEn(n, 'level', 'levels')} removed inside a scale: ratings keep their value, with no label.`,
  ceThresholdsChanged: (n) =>
    `${n} ${pluralEn(n, 'threshold', 'thresholds')} changed: the same grid may show other postures.`,
  cePrinciplesRemoved: (n) =>
    `${n} ${pluralEn(n, 'principle', 'principles')} removed: their stored state is kept but no longer shown.`,
  cePrincipleRenamed: (from, to) => `The principle ${q(from)} looks renamed to ${q(to)}.`,
  ceKeepPrincipleId: (from) => `Keep the id ${q(from)} and its state`,
  cePrinciplesAdded: (n) => `${n} ${pluralEn(n, 'principle', 'principles')} added.`,
  ceStatusesRemoved: (n) =>
    `${n} ${pluralEn(n, 'status', 'statuses')} removed: the principles that had it will read “not assessed”, to be looked at again.`,
  ceStatusesRekinded: (n) =>
    `${n} ${pluralEn(n, 'status changes', 'statuses change')} meaning: the assessment will count the principles that have it differently.`,
  ceGroupsRemovedChecklist: (n) =>
    `${n} ${pluralEn(n, 'group', 'groups')} removed: their proposals will show its id as typed text.`,
  cePromoterThresholdChanged: 'The promoter’s threshold changed: the commitment may read differently.',
  ceKeptGroup: (id) =>
    `The id ${q(id)} is kept: in a synthesis, this group’s items from grids of both versions stay together.`,
  ceKeptPrinciple: (id) =>
    `The id ${q(id)} is kept: the principle’s stored state (status, evidence, owner, due date) follows it.`,
  ceConfirmTitleGrids: 'Publish although grids already stored are affected?',
  ceConfirmGrids: (n) =>
    `${n} ${pluralEn(n, 'change in the report affects', 'changes in the report affect')} the grids already stored: they will read differently.`,
  ceConfirmTitleChecklists: 'Publish although checklists already stored are affected?',
  ceConfirmChecklists: (n) =>
    `${n} ${pluralEn(n, 'change in the report affects', 'changes in the report affect')} the checklists already stored: they will read differently.`,
};
