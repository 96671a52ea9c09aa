/**
 * Strings of <coop-atp-matrix>'s first paint: the tabs, the grid, the new group's and renaming forms, the row menu,
 * the exports' buttons. Part of `AtpMatrixStrings` (atp-matrix.ts), and so of `Strings`: a site overrides any of
 * them. The item form, what the edits say once done and the views loaded on first use bring their own
 * (atp-matrix-edits.ts, atp-matrix-views.ts, atp-plans.ts).
 */
export interface AtpMatrixGridStrings {
  amTabsLabel: string;
  amTabGrid: string;
  amTabPostures: string;
  amTabPlans: string;
  amTabSynthesis: string;
  amGridCaption: string;
  amGroupColumn: string;
  amPostureColumn: string;
  amTrust: string;
  /** Opens what the config says of each group (who belongs) and each trust and intensity level. */
  amLevelsHelp: string;
  amTrustOf: (group: string) => string;
  amTrustUnset: string;
  amAddItem: string;
  amSave: string;
  amEditItem: string;
  amRemoveItem: string;
  amEmptyCell: string;
  amIntensity: (label: string, value: number) => string;
  amPostureOf: (group: string) => string;
  amWhy: string;
  amRename: string;
  amGroupName: string;
  amMoveUp: string;
  amMoveDown: string;
  amRemoveGroup: string;
  amAddGroup: string;
  amNewGroupName: string;
  amGroupNameRequired: string;
  amColumnIntensity: string;
  amExportCsv: string;
  amExportPlans: string;
  amAnnouncePosture: (group: string, posture: string) => string;
  amReadonly: string;

  // Row menu
  /** The row menu's button (the group's name follows, for screen readers). */
  amRowMenuLabel: string;
  amRowMenu: (group: string) => string;
}

export const atpMatrixGridFr: AtpMatrixGridStrings = {
  amTabsLabel: 'Vues de la grille',
  amTabGrid: 'Grille',
  amTabPostures: 'Postures',
  amTabPlans: 'Plans',
  amTabSynthesis: 'Synthèse',
  amGridCaption: 'Attraits, peurs et tentations de chaque groupe d’acteurs',
  amGroupColumn: 'Groupe d’acteurs',
  amPostureColumn: 'Posture et confiance',
  amTrust: 'Confiance',
  amLevelsHelp: 'Ce que recouvrent les groupes et les niveaux',
  amTrustOf: (group) => `Confiance — ${group}`,
  amTrustUnset: 'Non évaluée',
  amAddItem: 'Ajouter',
  amSave: 'Enregistrer',
  amEditItem: 'Modifier',
  amRemoveItem: 'Supprimer',
  amEmptyCell: 'Aucun élément.',
  amIntensity: (label, value) => `${label} (${value})`,
  amPostureOf: (group) => `Estimation pour «\u202f${group}\u202f»\u202f: `,
  amWhy: 'Pourquoi\u202f?',
  amRename: 'Renommer',
  amGroupName: 'Nom du groupe',
  amMoveUp: 'Monter',
  amMoveDown: 'Descendre',
  amRemoveGroup: 'Retirer',
  amAddGroup: 'Ajouter le groupe',
  amNewGroupName: 'Nom du nouveau groupe d’acteurs',
  amGroupNameRequired: 'Saisissez le nom du groupe.',
  amColumnIntensity: 'Intensité',
  amExportCsv: 'Exporter la grille (CSV)',
  amExportPlans: 'Exporter les plans (CSV)',
  amAnnouncePosture: (group, posture) => `«\u202f${group}\u202f» — ${posture}.`,
  amReadonly: 'Lecture seule\u202f: vous ne pouvez pas modifier cette grille ici.',

  amRowMenuLabel: 'Gérer le groupe',
  amRowMenu: (group) => `Actions sur le groupe «\u202f${group}\u202f»`,
};
