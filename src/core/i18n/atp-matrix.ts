import { atpPlansFr, type AtpPlansStrings } from './atp-plans.js';
import { pluralFr } from './plural-fr.js';
/** Strings of the interface of <coop-atp-matrix>. Part of `Strings`: a site overrides any of them. */
export interface AtpMatrixStrings extends AtpPlansStrings {
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
  /** The editor's visible labels; the fields' names add the group and category (`amItemTextOf`…). */
  amItemField: string;
  amIntensityField: string;
  amNoteField: string;
  amIntensityLegend: (group: string, category: string) => string;
  amItemTextOf: (group: string, category: string) => string;
  amSuggestionsHint: string;
  amNoteOf: (group: string, category: string) => string;
  amAddItem: string;
  amSave: string;
  amEditItem: string;
  amRemoveItem: string;
  amItemTextRequired: string;
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
  amColumnIntensity: string;
  amColumnAction: string;
  amSynthesisHeading: (participants: number) => string;
  amSynthesisCaption: string;
  amCitedBy: (count: number, total: number) => string;
  amMean: (value: string) => string;
  amDivergent: (min: string, max: string) => string;
  amInvalidParticipant: (index: number, detail: string) => string;
  amExportCsv: string;
  amExportPlans: string;
  amAnnounceAdded: (group: string, category: string) => string;
  amAnnounceUpdated: string;
  amAnnounceRemoved: string;
  amAnnounceGroupAdded: (group: string) => string;
  amAnnounceGroupRemoved: (group: string) => string;
  amAnnounceGroupMoved: (group: string, position: number, total: number) => string;
  amAnnouncePosture: (group: string, posture: string) => string;
  amReadonly: string;
  /** Above the Postures view's groups: the chain representation → feelings → behaviour, read out as it is. */
  amForcesIntro: string;
  /** A force whose column has no item in the group's grid. */
  amForceMissing: (category: string) => string;
}

export const atpMatrixFr: AtpMatrixStrings = {
  ...atpPlansFr,
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
  amItemField: 'Élément',
  amIntensityField: 'Intensité',
  amNoteField: 'Commentaire (facultatif)',
  amIntensityLegend: (group, category) => `Intensité — ${group} — ${category}`,
  amItemTextOf: (group, category) => `Élément — ${group} — ${category}`,
  amSuggestionsHint: 'Choisissez une suggestion dans la liste ou saisissez votre propre texte.',
  amNoteOf: (group, category) => `Commentaire (facultatif) — ${group} — ${category}`,
  amAddItem: 'Ajouter',
  amSave: 'Enregistrer',
  amEditItem: 'Modifier',
  amRemoveItem: 'Supprimer',
  amItemTextRequired: 'Saisissez le texte de l’élément.',
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
  amColumnIntensity: 'Intensité',
  amColumnAction: 'Action suggérée (à retravailler)',
  amSynthesisHeading: (n) =>
    `Représentation commune établie à partir de ${n} ${pluralFr(n, 'participant', 'participants')}`,
  amSynthesisCaption: 'Grille commune\u202f: éléments cités, nombre de participants et intensité moyenne',
  amCitedBy: (count, total) => `cité par ${count} ${pluralFr(count, 'participant', 'participants')} sur ${total}`,
  amMean: (value) => `moyenne ${value}`,
  amDivergent: (min, max) => `Avis divergents\u202f: intensités de ${min} à ${max}`,
  amInvalidParticipant: (index, detail) =>
    `Les données du participant ${index} ne sont pas prises en compte\u202f: ${detail}`,
  amExportCsv: 'Exporter la grille (CSV)',
  amExportPlans: 'Exporter les plans (CSV)',
  amAnnounceAdded: (group, category) => `Élément ajouté — ${group} — ${category}.`,
  amAnnounceUpdated: 'Élément modifié.',
  amAnnounceRemoved: 'Élément supprimé.',
  amAnnounceGroupAdded: (group) => `Groupe «\u202f${group}\u202f» ajouté.`,
  amAnnounceGroupRemoved: (group) => `Groupe «\u202f${group}\u202f» retiré.`,
  amAnnounceGroupMoved: (group, position, total) =>
    `«\u202f${group}\u202f» est maintenant en position ${position} sur ${total}.`,
  amAnnouncePosture: (group, posture) => `«\u202f${group}\u202f» — ${posture}.`,
  amReadonly: 'Lecture seule\u202f: vous ne pouvez pas modifier cette grille ici.',
  amForcesIntro:
    'Notre représentation du projet façonne nos ressentis, qui guident nos comportements. Voici ce qui pousse chaque groupe et ce qui le retient, d’après sa grille\u202f: pour faire évoluer une posture, construisez ensemble une nouvelle représentation du projet.',
  amForceMissing: (category) => `Aucun élément dans la colonne «\u202f${category}\u202f».`,
};
