/**
 * The ATP analysis' strings that only what follows an action reads: the plans' draft actions, the CSV headings,
 * and what the report and the Plans and Postures views say of actions, effects and forces. Out of the grid's first
 * paint: its lazy parts add them (src/core/catalogs/atp-matrix-parts.ts); `atpFr` (atp.ts) is the whole area.
 */
export interface AtpPartsStrings {
  /** Draft action lines of the three plans; `groups` is a list of group names already joined. */
  atpActionObjective: (text: string, groups: string) => string;
  atpActionRisk: (text: string, groups: string) => string;
  atpActionCharter: (text: string, groups: string) => string;

  // CSV headings (atpToCsv, plansToCsv).
  atpCsvGroup: string;
  atpCsvCategory: string;
  atpCsvText: string;
  atpCsvIntensity: string;
  atpCsvIntensityLabel: string;
  atpCsvNote: string;
  atpCsvPlan: string;
  atpCsvGroups: string;
  atpCsvAction: string;
  /** The plans CSV's columns for the actions decided (empty on a suggestion's row). */
  atpCsvDecided: string;
  atpCsvOwner: string;
  atpCsvDue: string;
  atpCsvState: string;
  atpCsvResult: string;
  atpCsvResultNote: string;

  // What the report reads of the grid's plans and postures (src/core/atp/export.ts, forces.ts): with the
  // analysis' strings, so that a page whose <coop-project> reports on an ATP part without its grid has them.
  amStateTodo: string;
  amStateDoing: string;
  amStateDone: string;
  /** A linked item no longer in the grid. */
  amItemRemoved: (text: string) => string;
  amEffectBetter: string;
  amEffectUnchanged: string;
  amEffectWorse: string;
  amForceOpportunistPush: string;
  amForceOpportunistHold: string;
  amForceCooperativePush: string;
  amForceCooperativeHold: string;
  amForceIndividualistPush: string;
  amForceIndividualistHold: string;
}

export const atpPartsFr: AtpPartsStrings = {
  atpActionObjective: (text, groups) =>
    `Fixer avec les groupes concernés (${groups}) un objectif mesurable et les moyens de l’atteindre pour «\u202f${text}\u202f».`,
  atpActionRisk: (text, groups) =>
    `Prévoir une mesure de prévention et un signal d’alerte pour «\u202f${text}\u202f», et en rendre compte aux groupes concernés (${groups}).`,
  atpActionCharter: (text, groups) =>
    `Inscrire dans la charte des bonnes pratiques relationnelles une règle contre «\u202f${text}\u202f» et la conséquence de sa transgression, à faire adopter par les groupes concernés (${groups}).`,

  atpCsvGroup: 'Groupe',
  atpCsvCategory: 'Catégorie',
  atpCsvText: 'Libellé',
  atpCsvIntensity: 'Intensité',
  atpCsvIntensityLabel: 'Niveau',
  atpCsvNote: 'Commentaire',
  atpCsvPlan: 'Plan',
  atpCsvGroups: 'Groupes',
  atpCsvAction: 'Action suggérée (à retravailler)',
  atpCsvDecided: 'Action décidée',
  atpCsvOwner: 'Responsable',
  atpCsvDue: 'Échéance',
  atpCsvState: 'État',
  atpCsvResult: 'Résultat',
  atpCsvResultNote: 'Constat',
  amStateTodo: 'À faire',
  amStateDoing: 'En cours',
  amStateDone: 'Réalisée',
  amItemRemoved: (text) => `${text} (élément supprimé de la grille)`,
  amEffectBetter: 'Mieux',
  amEffectUnchanged: 'Pas de changement',
  amEffectWorse: 'Moins bien',
  amForceOpportunistPush: 'Poussé par la tentation',
  amForceOpportunistHold: 'Ramené à la raison par la peur',
  amForceCooperativePush: 'Poussé par les attraits',
  amForceCooperativeHold: 'Stabilisé par la confiance',
  amForceIndividualistPush: 'Poussé par la peur',
  amForceIndividualistHold: 'Ramené à la raison par les attraits',
};
