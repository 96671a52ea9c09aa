/**
 * Strings of what <coop-atp-matrix>'s edits say once done — an item added, changed or removed, a group moved or
 * removed — and of the undo notice after a deletion. Part of `AtpMatrixStrings` (atp-matrix.ts), and so of
 * `Strings`: a site overrides any of them. Their French comes with the code that says them, loaded right after the
 * first paint (src/core/catalogs/atp-matrix-edits.ts).
 */
export interface AtpMatrixEditsStrings {
  amAnnounceAdded: (group: string, category: string) => string;
  amAnnounceUpdated: string;
  amAnnounceRemoved: string;
  amAnnounceGroupRemoved: (group: string) => string;
  amAnnounceGroupMoved: (group: string, position: number, total: number) => string;

  amUndo: string;
  amUndoOf: (what: string) => string;
  amDismiss: string;
  amUndone: string;
  amUndoImpossible: string;
  amItemRemovedNotice: (text: string) => string;
  amGroupRemovedNotice: (group: string) => string;
}

export const atpMatrixEditsFr: AtpMatrixEditsStrings = {
  amAnnounceAdded: (group, category) => `Élément ajouté — ${group} — ${category}.`,
  amAnnounceUpdated: 'Élément modifié.',
  amAnnounceRemoved: 'Élément supprimé.',
  amAnnounceGroupRemoved: (group) => `Groupe «\u202f${group}\u202f» retiré.`,
  amAnnounceGroupMoved: (group, position, total) =>
    `«\u202f${group}\u202f» est maintenant en position ${position} sur ${total}.`,

  amUndo: 'Annuler la suppression',
  amUndoOf: (what) => `Annuler la suppression\u202f: ${what}`,
  amDismiss: 'Fermer',
  amUndone: 'Suppression annulée.',
  amUndoImpossible: 'La suppression ne peut plus être annulée\u202f: la grille a changé entre-temps.',
  amItemRemovedNotice: (text) => `Élément «\u202f${text}\u202f» supprimé.`,
  amGroupRemovedNotice: (group) => `Groupe «\u202f${group}\u202f» retiré.`,
};
