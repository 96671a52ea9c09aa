/**
 * Strings of core messages of the ATP grid (src/core/atp): config issues, postures, explanations, plans, CSV
 * headings. Part of `Strings`: a site overrides any of them. Figures reach these functions already formatted
 * for the locale (at most one decimal).
 */
export interface AtpStrings {
  // Config issues (parseAtpConfig). Duplicate ids and scale sizes reuse the generic issue messages.
  /** The first level of the intensity or trust scale is not 0. */
  atpIssueScaleNotFromZero: (value: number) => string;
  /** A posture threshold lies outside the scale it is compared with. */
  atpIssueThresholdOutsideScale: (value: number, min: number, max: number) => string;
  /** `divergenceSpread` must be above 0. */
  atpIssueDivergenceSpread: (value: number) => string;

  // Postures and their qualifiers (DOMAIN §7).
  atpPostureCooperative: string;
  atpPostureOpportunist: string;
  atpPostureIndividualist: string;
  atpPostureUndetermined: string;
  atpQualifierStable: string;
  atpQualifierFragile: string;
  atpQualifierHeldBack: string;
  atpQualifierNotHeldBack: string;
  atpQualifierRecoverable: string;
  atpQualifierNotRecoverable: string;
  /** "Posture coopérative, stable", "Cooperative, stable". */
  atpPostureWithQualifier: (posture: string, qualifier: string) => string;

  /**
   * Why a group has its posture, in one sentence naming the figures. `label` is the posture with its
   * qualifier; `a`, `p`, `t` the mean intensities of attractions, fears and temptations; `min` the threshold.
   * `tie` is true when attractions only equal the strongest other feeling.
   */
  atpExplainCooperativeStable: (
    label: string,
    a: string,
    p: string,
    t: string,
    tie: boolean,
    trust: string,
    min: string,
  ) => string;
  /** `trust` is null while the group's trust is not rated (it then counts as 0). */
  atpExplainCooperativeFragile: (
    label: string,
    a: string,
    p: string,
    t: string,
    tie: boolean,
    trust: string | null,
    min: string,
  ) => string;
  atpExplainOpportunistHeldBack: (label: string, t: string, a: string, p: string, min: string) => string;
  atpExplainOpportunistNotHeldBack: (label: string, t: string, a: string, p: string, min: string) => string;
  atpExplainIndividualistRecoverable: (label: string, p: string, a: string, min: string) => string;
  atpExplainIndividualistNotRecoverable: (label: string, p: string, a: string, min: string) => string;
  /** No mean intensity reaches the threshold: `max` is the strongest. */
  atpExplainUndetermined: (label: string, max: string, min: string) => string;
  /** The group has no item yet. */
  atpExplainEmpty: (label: string) => string;

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

export const atpFr: AtpStrings = {
  atpIssueScaleNotFromZero: (value) => `Le premier niveau de l’échelle doit valoir 0\u202f; il vaut ${value}.`,
  atpIssueThresholdOutsideScale: (value, min, max) =>
    `Le seuil ${value} est hors de l’échelle à laquelle il s’applique (de ${min} à ${max}).`,
  atpIssueDivergenceSpread: (value) =>
    `L’écart qui signale une divergence («\u202fdivergenceSpread\u202f») doit être supérieur à 0\u202f; il vaut ${value}.`,

  atpPostureCooperative: 'Posture coopérative',
  atpPostureOpportunist: 'Posture opportuniste',
  atpPostureIndividualist: 'Posture individualiste',
  atpPostureUndetermined: 'Posture indéterminée',
  atpQualifierStable: 'stable',
  atpQualifierFragile: 'fragile',
  atpQualifierHeldBack: 'contenue par la peur',
  atpQualifierNotHeldBack: 'non contenue',
  atpQualifierRecoverable: 'ralliement possible',
  atpQualifierNotRecoverable: 'ralliement difficile',
  atpPostureWithQualifier: (posture, qualifier) => `${posture}, ${qualifier}`,

  atpExplainCooperativeStable: (label, a, p, t, tie, trust, min) =>
    `${label}\u202f: les attraits (moyenne ${a}) pèsent ${tie ? 'au moins autant que' : 'plus que'} les peurs (${p}) et les tentations (${t}), et la confiance, évaluée à ${trust}, atteint le seuil de ${min} fixé pour cette grille.`,
  atpExplainCooperativeFragile: (label, a, p, t, tie, trust, min) =>
    `${label}\u202f: les attraits (moyenne ${a}) pèsent ${tie ? 'au moins autant que' : 'plus que'} les peurs (${p}) et les tentations (${t}), mais ${
      trust === null
        ? `la confiance n’est pas encore évaluée\u202f: elle compte pour 0, sous le seuil de ${min} fixé pour cette grille`
        : `la confiance, évaluée à ${trust}, reste sous le seuil de ${min} fixé pour cette grille`
    }.`,
  atpExplainOpportunistHeldBack: (label, t, a, p, min) =>
    `${label}\u202f: les tentations (moyenne ${t}) pèsent plus que les attraits (${a}), mais les peurs, à ${p}, atteignent le seuil de ${min} fixé pour cette grille\u202f: elles suffisent à ramener le groupe à la raison.`,
  atpExplainOpportunistNotHeldBack: (label, t, a, p, min) =>
    `${label}\u202f: les tentations (moyenne ${t}) pèsent plus que les attraits (${a}), et les peurs, à ${p}, restent sous le seuil de ${min} fixé pour cette grille\u202f: trop faibles pour contenir le groupe.`,
  atpExplainIndividualistRecoverable: (label, p, a, min) =>
    `${label}\u202f: les peurs (moyenne ${p}) pèsent plus que les attraits, mais ceux-ci, à ${a}, atteignent le seuil de ${min} fixé pour cette grille\u202f: ils peuvent rallier le groupe.`,
  atpExplainIndividualistNotRecoverable: (label, p, a, min) =>
    `${label}\u202f: les peurs (moyenne ${p}) pèsent plus que les attraits, qui, à ${a}, restent sous le seuil de ${min} fixé pour cette grille\u202f: encore trop faibles pour rallier le groupe.`,
  atpExplainUndetermined: (label, max, min) =>
    `${label}\u202f: aucun ressenti n’est encore assez marqué pour conclure\u202f; la moyenne la plus forte est ${max}, sous le seuil de ${min} fixé pour cette grille.`,
  atpExplainEmpty: (label) => `${label}\u202f: aucun attrait, aucune peur ni aucune tentation n’est encore renseigné.`,

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
