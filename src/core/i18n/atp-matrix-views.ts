import { pluralFr } from './plural.js';

/**
 * Strings of <coop-atp-matrix>'s views loaded on first use: the Postures view, the Plans view's headings, the
 * Synthesis, the dialog asking before a group goes. Part of `AtpMatrixStrings` (atp-matrix.ts), and so of
 * `Strings`: a site overrides any of them. Their French comes with those views (src/core/catalogs/atp-matrix-parts.ts).
 */
export interface AtpMatrixViewsStrings {
  amRemoveGroupTitle: (group: string) => string;
  amRemoveGroupText: (count: number) => string;
  amRemoveGroupConfirm: string;
  amPosturesHeading: string;
  amLevers: string;
  amNoLevers: string;
  amChartLabel: string;
  amChartUnavailable: string;
  amMeansCaption: string;
  amPlansHeading: string;
  amPlanEmpty: string;
  amColumnItem: string;
  amColumnGroups: string;
  amColumnAction: string;
  amSynthesisHeading: (participants: number) => string;
  amSynthesisCaption: string;
  amCitedBy: (count: number, total: number) => string;
  amMean: (value: string) => string;
  amDivergent: (min: string, max: string) => string;
  amInvalidParticipant: (index: number, detail: string) => string;
  /** Above the Postures view's groups: the chain representation → feelings → behaviour, read out as it is. */
  amForcesIntro: string;
  /** A force whose column has no item in the group's grid. */
  amForceMissing: (category: string) => string;
}

export const atpMatrixViewsFr: AtpMatrixViewsStrings = {
  amRemoveGroupTitle: (group) => `Retirer le groupe «\u202f${group}\u202f»\u202f?`,
  amRemoveGroupText: (count) =>
    count === 0
      ? 'Ce groupe ne contient aucun élément.'
      : `Ce groupe compte ${count} ${pluralFr(count, 'élément', 'éléments')}\u202f: ${pluralFr(count, 'il sera supprimé', 'ils seront supprimés')} avec lui.`,
  amRemoveGroupConfirm: 'Retirer le groupe',
  amPosturesHeading: 'Postures probables et leviers suggérés',
  amLevers: 'Leviers suggérés',
  amNoLevers: 'Aucun levier proposé.',
  amChartLabel: 'Intensités moyennes des attraits, peurs et tentations de chaque groupe (détail dans le tableau)',
  amChartUnavailable: 'Le graphique n’a pas pu être affiché\u202f; les chiffres sont dans le tableau.',
  amMeansCaption: 'Intensités moyennes et confiance par groupe',
  amPlansHeading: 'Les trois plans',
  amPlanEmpty: 'Aucun élément pour ce plan\u202f: complétez la grille.',
  amColumnItem: 'Élément',
  amColumnGroups: 'Groupes',
  amColumnAction: 'Action suggérée (à retravailler)',
  amSynthesisHeading: (n) =>
    `Représentation commune établie à partir de ${n} ${pluralFr(n, 'participant', 'participants')}`,
  amSynthesisCaption: 'Grille commune\u202f: éléments cités, nombre de participants et intensité moyenne',
  amCitedBy: (count, total) => `cité par ${count} ${pluralFr(count, 'participant', 'participants')} sur ${total}`,
  amMean: (value) => `moyenne ${value}`,
  amDivergent: (min, max) => `Avis divergents\u202f: intensités de ${min} à ${max}`,
  amInvalidParticipant: (index, detail) =>
    `Les données du participant ${index} ne sont pas prises en compte\u202f: ${detail}`,
  amForcesIntro:
    'Notre représentation du projet façonne nos ressentis, qui guident nos comportements. Voici ce qui pousse chaque groupe et ce qui le retient, d’après sa grille\u202f: pour faire évoluer une posture, construisez ensemble une nouvelle représentation du projet.',
  amForceMissing: (category) => `Aucun élément dans la colonne «\u202f${category}\u202f».`,
};
