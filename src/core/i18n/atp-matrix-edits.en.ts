import type { AtpMatrixEditsStrings } from './atp-matrix-edits.js';

/** English. */
export const atpMatrixEditsEn: AtpMatrixEditsStrings = {
  amAnnounceAdded: (group, category) => `Item added — ${group} — ${category}.`,
  amAnnounceUpdated: 'Item changed.',
  amAnnounceRemoved: 'Item removed.',
  amAnnounceGroupRemoved: (group) => `Group “${group}” removed.`,
  amAnnounceGroupMoved: (group, position, total) => `“${group}” is now in position ${position} of ${total}.`,

  amUndo: 'Undo',
  amUndoOf: (what) => `Undo: ${what}`,
  amDismiss: 'Close',
  amUndone: 'Restored.',
  amUndoImpossible: 'This can no longer be undone: the grid has changed since.',
  amItemRemovedNotice: (text) => `Item “${text}” removed.`,
  amGroupRemovedNotice: (group) => `Group “${group}” removed.`,
};
