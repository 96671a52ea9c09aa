import type { AtpMatrixViewsStrings } from './atp-matrix-views.js';
import { pluralEn } from './plural.js';

/** English. */
export const atpMatrixViewsEn: AtpMatrixViewsStrings = {
  amRemoveGroupTitle: (group) => `Remove the group “${group}”?`,
  amRemoveGroupText: (count) =>
    count === 0
      ? 'This group has no items.'
      : `This group has ${count} ${pluralEn(count, 'item', 'items')}: ${pluralEn(count, 'it', 'they')} will be removed with it.`,
  amRemoveGroupConfirm: 'Remove the group',
  amPosturesHeading: 'Likely postures and suggested levers',
  amLevers: 'Suggested levers',
  amNoLevers: 'No lever suggested.',
  amChartLabel: 'Mean intensity of attractions, fears and temptations for each group (details in the table)',
  amChartUnavailable: 'The chart could not be shown; the figures are in the table.',
  amMeansCaption: 'Mean intensities and trust by group',
  amPlansHeading: 'The three plans',
  amPlanEmpty: 'Nothing for this plan yet: complete the grid.',
  amColumnItem: 'Item',
  amColumnGroups: 'Groups',
  amColumnAction: 'Suggested action (draft)',
  amSynthesisHeading: (n) => `Common representation built from ${n} ${pluralEn(n, 'participant', 'participants')}`,
  amSynthesisCaption: 'Common grid: items cited, number of participants and mean intensity',
  amCitedBy: (count, total) => `cited by ${count} of ${total} ${pluralEn(total, 'participant', 'participants')}`,
  amMean: (value) => `mean ${value}`,
  amDivergent: (min, max) => `Views differ: intensity from ${min} to ${max}`,
  amInvalidParticipant: (index, detail) => `Participant ${index}’s data is not taken into account: ${detail}`,
  amForcesIntro:
    'How we see the project shapes what we feel, which guides what we do. Here is what pushes each group and what holds it back, read from its grid: to change a posture, build a new, shared view of the project together.',
  amForceMissing: (category) => `No item in the “${category}” column.`,
};
