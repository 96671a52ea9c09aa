import { pluralFr } from './plural.js';
/**
 * Strings of <coop-config-editor>'s outlines of the ATP grid and the principles checklist, and of their change
 * reports, in French (the English is in config-editor-lists.en.ts). Part of the editor's own catalog
 * (ConfigEditorStrings extends it), loaded with the editor only.
 */
export interface ConfigEditorListStrings {
  /** An entry of a list, its article included: "le groupe 2 « Cadres »". */
  ceEntry: (noun: string, n: number, label: string) => string;
  ceFieldOfEntry: (field: string, entry: string) => string;
  ceMoveUpEntry: (entry: string) => string;
  ceMoveDownEntry: (entry: string) => string;
  ceDuplicateEntry: (entry: string) => string;
  ceDeleteEntry: (entry: string) => string;
  ceAddTo: (list: string) => string;
  ceFieldDescription: string;
  ceFieldText: string;
  ceFieldNumber: string;
  ceFieldExplanation: string;
  ceFieldKind: string;
  ceFieldValue: string;
  ceNew: string;
  ceNounGroup: string;
  ceNounSuggestion: string;
  ceNounLever: string;
  ceNounLevel: string;
  ceNounPrinciple: string;
  ceNounStatus: string;
  ceGroups: string;
  ceColumns: string;
  ceColumnLabel: string;
  cePlanTitle: string;
  ceSuggestions: (column: string) => string;
  ceScales: string;
  ceIntensity: string;
  ceTrust: string;
  ceLevelsHint: string;
  cePostures: string;
  cePosturesOurs: string;
  ceThreshold: (key: string) => string;
  ceDivergence: string;
  ceAllowGroupEditing: string;
  ceLevers: string;
  ceLeversOf: (keys: string) => string;
  cePrinciples: string;
  /** A principle's `relatesTo`: the widgets (checkboxes) and the questionnaire's sections (ids typed). */
  ceRelatesWidgets: string;
  ceRelatesWidget: (widget: string) => string;
  ceRelatesSections: string;
  ceStatuses: string;
  ceStatusKind: (kind: string) => string;
  ceStatusKindLocked: string;
  cePrerequisite: string;
  cePromoterThreshold: string;
  cePromoterThresholdHint: string;
  ceDefaultsShown: string;
  cePreviewSampleGrid: string;
  cePreviewSampleChecklist: string;
  ceChangesData: string;
  ceNoVersionField: string;
  ceIdChanged: string;
  ceGroupsRemovedAtp: (n: number) => string;
  ceGroupsRenamed: (from: string, to: string) => string;
  ceKeepGroupId: (from: string) => string;
  ceGroupsAdded: (n: number) => string;
  ceLowered: (scale: string, n: number) => string;
  ceUnlabelled: (n: number) => string;
  ceThresholdsChanged: (n: number) => string;
  cePrinciplesRemoved: (n: number) => string;
  cePrincipleRenamed: (from: string, to: string) => string;
  ceKeepPrincipleId: (from: string) => string;
  cePrinciplesAdded: (n: number) => string;
  ceStatusesRemoved: (n: number) => string;
  ceStatusesRekinded: (n: number) => string;
  ceGroupsRemovedChecklist: (n: number) => string;
  cePromoterThresholdChanged: string;
  /** The change report's "keep the id" done: what follows the group's id (grids' items, in a synthesis). */
  ceKeptGroup: (id: string) => string;
  /** The same for a principle: its stored state follows. */
  ceKeptPrinciple: (id: string) => string;
  ceConfirmTitleGrids: string;
  ceConfirmGrids: (n: number) => string;
  ceConfirmTitleChecklists: string;
  ceConfirmChecklists: (n: number) => string;
}

const q = (text: string) => `«\u202f${text}\u202f»`;

export const configEditorListsFr: ConfigEditorListStrings = {
  ceEntry: (noun, n, label) => (label ? `${noun} ${n} ${q(label)}` : `${noun} ${n}`),
  ceFieldOfEntry: (field, entry) => `${field} (${entry})`,
  ceMoveUpEntry: (entry) => `Monter ${entry}`,
  ceMoveDownEntry: (entry) => `Descendre ${entry}`,
  ceDuplicateEntry: (entry) => `Dupliquer ${entry}`,
  ceDeleteEntry: (entry) => `Supprimer ${entry}`,
  ceAddTo: (list) => `Ajouter\u202f: ${list}`,
  ceFieldDescription: 'Description',
  ceFieldText: 'Texte',
  ceFieldNumber: 'Numéro',
  ceFieldExplanation: 'Explication',
  ceFieldKind: 'Sens pour l’évaluation',
  ceFieldValue: 'Valeur',
  ceNew: 'Nouveau',
  ceNounGroup: 'le groupe',
  ceNounSuggestion: 'la suggestion',
  ceNounLever: 'le levier',
  ceNounLevel: 'le niveau',
  ceNounPrinciple: 'le principe',
  ceNounStatus: 'le statut',
  ceGroups: 'Groupes d’acteurs',
  ceColumns: 'Colonnes de la grille',
  ceColumnLabel: 'Titre de la colonne',
  cePlanTitle: 'Plan que la colonne alimente',
  ceSuggestions: (column) => `Suggestions de la colonne ${q(column)}`,
  ceScales: 'Échelles',
  ceIntensity: 'Intensité',
  ceTrust: 'Confiance',
  ceLevelsHint: 'Les niveaux valent 0, 1, 2…\u202f: on en ajoute ou en retire en haut de l’échelle.',
  cePostures: 'Règle des postures',
  cePosturesOurs:
    'Ces seuils et leurs valeurs par défaut sont ceux de cette bibliothèque, inspirés de la méthode\u202f; ils ne viennent pas de l’ANAP.',
  ceThreshold: (key) =>
    ({
      undeterminedBelow: 'Indéterminé sous cette intensité moyenne',
      heldBackFrom: 'Opportuniste retenu à partir de cette peur moyenne',
      recoverableFrom: 'Individualiste récupérable à partir de cet attrait moyen',
      stableTrustFrom: 'Coopératif stable à partir de cette confiance',
    })[key] ?? key,
  ceDivergence: 'Écart qui rend un élément divergent dans une synthèse',
  ceAllowGroupEditing: 'Les participants peuvent ajouter, renommer et retirer des groupes',
  ceLevers: 'Leviers par posture',
  ceLeversOf: (keys) =>
    ({
      'cooperative.stable': 'Coopératif stable',
      'cooperative.fragile': 'Coopératif fragile',
      'opportunist.held-back': 'Opportuniste retenu',
      'opportunist.not-held-back': 'Opportuniste non retenu',
      'individualist.recoverable': 'Individualiste récupérable',
      'individualist.not-recoverable': 'Individualiste non récupérable',
      undetermined: 'Indéterminé',
    })[keys] ?? keys,
  cePrinciples: 'Principes',
  ceRelatesWidgets: 'Widgets qui aident à l’appliquer',
  ceRelatesWidget: (widget) => ({ questionnaire: 'Le questionnaire', 'atp-matrix': 'La grille ATP' })[widget] ?? widget,
  ceRelatesSections: 'Sections du questionnaire qui l’évaluent (identifiants, séparés par des virgules)',
  ceStatuses: 'Statuts',
  ceStatusKind: (kind) =>
    ({ 'not-started': 'pas commencé', 'in-progress': 'en cours', 'in-place': 'en place' })[kind] ?? kind,
  ceStatusKindLocked: 'Dernier statut de ce sens\u202f: il le garde.',
  cePrerequisite: 'Engagement du promoteur (prérequis)',
  cePromoterThreshold: 'Part des propositions que le promoteur s’engage à retenir (%)',
  cePromoterThresholdHint: '60\u00a0% par défaut, une valeur de cette bibliothèque, pas de l’ANAP.',
  ceDefaultsShown:
    'La configuration ne les donne pas\u202f: la bibliothèque met ceux-ci. Les modifier les écrit dans le JSON.',
  cePreviewSampleGrid: 'Données d’exemple (montre les postures)',
  cePreviewSampleChecklist: 'Données d’exemple (montre l’engagement)',
  ceChangesData: 'Effet sur les données déjà enregistrées',
  ceNoVersionField:
    'Cette configuration n’a pas de numéro de version\u202f: les données enregistrées sont relues avec la nouvelle dès sa publication.',
  ceIdChanged: 'L’identifiant a changé\u202f: les données enregistrées sous l’ancien ne seront plus retrouvées.',
  ceGroupsRemovedAtp: (n) =>
    `${n} ${pluralFr(n, 'groupe retiré', 'groupes retirés')}\u202f: les grilles déjà remplies le gardent, les nouvelles commencent sans.`,
  ceGroupsRenamed: (from, to) =>
    `Le groupe ${q(from)} semble renommé en ${q(to)}\u202f: une synthèse de grilles des deux versions les comptera comme deux groupes.`,
  ceKeepGroupId: (from) => `Garder l’identifiant ${q(from)}`,
  ceGroupsAdded: (n) => `${n} ${pluralFr(n, 'groupe ajouté', 'groupes ajoutés')}.`,
  ceLowered: (scale, n) =>
    `${scale}\u202f: ${n} ${pluralFr(n, 'niveau retiré', 'niveaux retirés')} en haut de l’échelle\u202f; les notes à ce niveau seront ramenées au nouveau maximum.`,
  ceUnlabelled: (n) =>
    `${n} ${pluralFr(n, 'niveau retiré', 'niveaux retirés')} à l’intérieur d’une échelle\u202f: les notes gardent leur valeur, sans intitulé.`,
  ceThresholdsChanged: (n) =>
    `${n} ${pluralFr(n, 'seuil a changé', 'seuils ont changé')}\u202f: une même grille peut montrer d’autres postures.`,
  cePrinciplesRemoved: (n) =>
    `${n} ${pluralFr(n, 'principe retiré', 'principes retirés')}\u202f: leur état enregistré est gardé, mais plus affiché.`,
  cePrincipleRenamed: (from, to) => `Le principe ${q(from)} semble renommé en ${q(to)}.`,
  ceKeepPrincipleId: (from) => `Garder l’identifiant ${q(from)} et son état`,
  cePrinciplesAdded: (n) => `${n} ${pluralFr(n, 'principe ajouté', 'principes ajoutés')}.`,
  ceStatusesRemoved: (n) =>
    `${n} ${pluralFr(n, 'statut retiré', 'statuts retirés')}\u202f: les principes qui l’avaient seront «\u202fnon évalués\u202f», à revoir.`,
  ceStatusesRekinded: (n) =>
    `${n} ${pluralFr(n, 'statut change', 'statuts changent')} de sens\u202f: l’évaluation comptera autrement les principes qui l’ont.`,
  ceGroupsRemovedChecklist: (n) =>
    `${n} ${pluralFr(n, 'groupe retiré', 'groupes retirés')}\u202f: leurs propositions afficheront son identifiant comme un texte saisi.`,
  cePromoterThresholdChanged: 'Le seuil du promoteur a changé\u202f: l’engagement peut se lire autrement.',
  ceKeptGroup: (id) =>
    `L’identifiant ${q(id)} est gardé\u202f: dans une synthèse, les éléments de ce groupe dans les grilles des deux versions restent ensemble.`,
  ceKeptPrinciple: (id) =>
    `L’identifiant ${q(id)} est gardé\u202f: l’état enregistré du principe (statut, preuves, responsable, échéance) le suit.`,
  ceConfirmTitleGrids: 'Publier malgré les grilles déjà enregistrées touchées\u202f?',
  ceConfirmGrids: (n) =>
    `${n} ${pluralFr(n, 'changement du rapport touche', 'changements du rapport touchent')} les grilles déjà enregistrées\u202f: elles seront lues autrement.`,
  ceConfirmTitleChecklists: 'Publier malgré les listes déjà enregistrées touchées\u202f?',
  ceConfirmChecklists: (n) =>
    `${n} ${pluralFr(n, 'changement du rapport touche', 'changements du rapport touchent')} les listes de principes déjà enregistrées\u202f: elles seront lues autrement.`,
};
