/**
 * Strings of what <coop-atp-matrix>'s edits say once done — a group added, an item added, changed or removed, a
 * group moved or removed —, of the item form (drawn once a user opens it) and of the undo notice after a deletion.
 * Part of `AtpMatrixStrings` (atp-matrix.ts), and so of `Strings`: a site overrides any of them. Their French comes
 * with the code that says them, loaded right after the first paint (src/core/catalogs/atp-matrix-edits.ts).
 */
export interface AtpMatrixEditsStrings {
  amAnnounceGroupAdded: (group: string) => string;
  amAnnounceAdded: (group: string, category: string) => string;
  amAnnounceUpdated: string;
  amAnnounceRemoved: string;
  amAnnounceGroupRemoved: (group: string) => string;
  amAnnounceGroupMoved: (group: string, position: number, total: number) => string;

  // The item form (loaded when first opened)
  /** The editor's visible labels; the fields' names add the group and category (`amItemTextOf`…). */
  amItemField: string;
  amIntensityField: string;
  amNoteField: string;
  amIntensityLegend: (group: string, category: string) => string;
  amItemTextOf: (group: string, category: string) => string;
  amSuggestionsHint: string;
  amNoteOf: (group: string, category: string) => string;
  amItemTextRequired: string;

  amUndo: string;
  amUndoOf: (what: string) => string;
  amDismiss: string;
  amUndone: string;
  amUndoImpossible: string;
  amItemRemovedNotice: (text: string) => string;
  amGroupRemovedNotice: (group: string) => string;
}

export const atpMatrixEditsFr: AtpMatrixEditsStrings = {
  amAnnounceGroupAdded: (group) => `Groupe «\u202f${group}\u202f» ajouté.`,
  amAnnounceAdded: (group, category) => `Élément ajouté — ${group} — ${category}.`,
  amAnnounceUpdated: 'Élément modifié.',
  amAnnounceRemoved: 'Élément supprimé.',
  amAnnounceGroupRemoved: (group) => `Groupe «\u202f${group}\u202f» retiré.`,
  amAnnounceGroupMoved: (group, position, total) =>
    `«\u202f${group}\u202f» est maintenant en position ${position} sur ${total}.`,

  // The item form (loaded when first opened)
  amItemField: 'Élément',
  amIntensityField: 'Intensité',
  amNoteField: 'Commentaire (facultatif)',
  amIntensityLegend: (group, category) => `Intensité — ${group} — ${category}`,
  amItemTextOf: (group, category) => `Élément — ${group} — ${category}`,
  amSuggestionsHint: 'Choisissez une suggestion dans la liste ou saisissez votre propre texte.',
  amNoteOf: (group, category) => `Commentaire (facultatif) — ${group} — ${category}`,
  amItemTextRequired: 'Saisissez le texte de l’élément.',

  amUndo: 'Annuler la suppression',
  amUndoOf: (what) => `Annuler la suppression\u202f: ${what}`,
  amDismiss: 'Fermer',
  amUndone: 'Suppression annulée.',
  amUndoImpossible: 'La suppression ne peut plus être annulée\u202f: la grille a changé entre-temps.',
  amItemRemovedNotice: (text) => `Élément «\u202f${text}\u202f» supprimé.`,
  amGroupRemovedNotice: (group) => `Groupe «\u202f${group}\u202f» retiré.`,
};
