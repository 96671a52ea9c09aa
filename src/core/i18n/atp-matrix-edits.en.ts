import type { AtpMatrixEditsStrings } from './atp-matrix-edits.js';

/** English. */
export const atpMatrixEditsEn: AtpMatrixEditsStrings = {
  amAnnounceGroupAdded: (group) => `Group “${group}” added.`,
  amAnnounceAdded: (group, category) => `Item added — ${group} — ${category}.`,
  amAnnounceUpdated: 'Item changed.',
  amAnnounceRemoved: 'Item removed.',
  amAnnounceGroupRemoved: (group) => `Group “${group}” removed.`,
  amAnnounceGroupMoved: (group, position, total) => `“${group}” is now in position ${position} of ${total}.`,

  // The item form (loaded when first opened)
  amItemField: 'Item',
  amIntensityField: 'Intensity',
  amNoteField: 'Comment (optional)',
  amIntensityLegend: (group, category) => `Intensity — ${group} — ${category}`,
  amItemTextOf: (group, category) => `Item — ${group} — ${category}`,
  amSuggestionsHint: 'Pick a suggestion from the list or type your own text.',
  amNoteOf: (group, category) => `Comment (optional) — ${group} — ${category}`,
  amItemTextRequired: 'Enter the text of the item.',

  amUndo: 'Undo',
  amUndoOf: (what) => `Undo: ${what}`,
  amDismiss: 'Close',
  amUndone: 'Restored.',
  amUndoImpossible: 'This can no longer be undone: the grid has changed since.',
  amItemRemovedNotice: (text) => `Item “${text}” removed.`,
  amGroupRemovedNotice: (group) => `Group “${group}” removed.`,
};
