/**
 * The ATP analysis' strings its first paint reads (src/core/atp): config issues, postures and their explanations;
 * the rest is atp-parts.ts, the whole area atp.ts. Part of `Strings`: a site overrides any of them. Figures reach
 * these functions already formatted for the locale (at most one decimal).
 */
export interface AtpPaintStrings {
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
}

/** The French of the grid's first paint (registered by src/core/catalogs/atp-matrix.ts). */
export const atpPaintFr: AtpPaintStrings = {
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
};
