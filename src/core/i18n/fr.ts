import { configNoticeFr } from './config-notice.js';
import { coopProjectFr } from './coop-project.js';
import type { CommonStrings } from './strings.js';
import { widgetFr } from './widget.js';
import { pluralFr } from './plural-fr.js';

/**
 * French, the default language: what every widget reads (the config errors, the questionnaire's strings, which
 * the shared storage and error views also use, the working documents' and the project's). Each other area's
 * French is added by the widget that reads it (src/core/catalogs.ts), so a page carries only its widgets' strings.
 */
export const commonFr: CommonStrings = {
  ...widgetFr,
  ...configNoticeFr,
  ...coopProjectFr,
  configErrorTitle: (n) => `La configuration contient ${n} ${pluralFr(n, 'erreur', 'erreurs')}`,
  configErrorLead:
    'Cet outil ne peut pas s’afficher tel quel. Corrigez les points suivants dans sa configuration JSON\u202f:',
  configErrorPath: 'Emplacement\u202f:',
  configErrorRoot: '(racine du document)',

  issueInvalidJson: (detail) => `Le texte n’est pas un JSON valide\u202f: ${detail}`,
  issuePlace: (list, index, name) => {
    const nouns: Record<string, string> = {
      sections: 'Section',
      subsections: 'Sous-section',
      questions: 'Question',
      principles: 'Principe',
      statuses: 'Statut',
      groups: 'Groupe',
      items: 'Élément',
      proposals: 'Proposition',
      levels: 'Niveau',
      bands: 'Tranche',
      recommendations: 'Recommandation',
    };
    const noun = nouns[list];
    if (!noun) return null;
    return name ? `${noun} ${index + 1} «\u202f${name}\u202f»` : `${noun} ${index + 1}`;
  },
  issuePlaceProperty: (key) => `propriété «\u202f${key}\u202f»`,
  issueJsonSyntax: (reason, line, column, detail) => {
    const where = line === null ? '' : ` (ligne ${line}, colonne ${column ?? 1})`;
    const what: Record<string, string> = {
      end: 'le texte s’arrête avant la fin (une accolade, un crochet ou un guillemet manque\u202f?)',
      'property-name': 'un nom de propriété entre guillemets doubles est attendu (virgule en trop\u202f?)',
      colon: 'deux-points attendus après le nom de la propriété',
      'comma-or-brace': 'une virgule ou une accolade fermante est attendue',
      'comma-or-bracket': 'une virgule ou un crochet fermant est attendu',
      'after-end': 'du texte suit la fin du document',
      'control-character': 'un texte contient un retour à la ligne ou une tabulation non échappés',
      'unterminated-string': 'un texte n’est pas fermé par un guillemet double',
      token: `caractère inattendu «\u202f${detail}\u202f»`,
    };
    return `Le texte n’est pas un JSON valide${where}\u202f: ${what[reason] ?? detail}.`;
  },
  issueRequired: (key) => `La propriété obligatoire «\u202f${key}\u202f» est absente.`,
  issueUnknownKey: (key) => `La propriété «\u202f${key}\u202f» n’est pas reconnue (faute de frappe\u202f?).`,
  issueInvalidType: (expected, received) => `Type attendu\u202f: ${expected}\u202f; reçu\u202f: ${received}.`,
  issueEmptyText: 'Ce texte ne doit pas être vide.',
  issueTooFewItems: (min) => `La liste doit compter au moins ${min} ${pluralFr(min, 'élément', 'éléments')}.`,
  issueOutOfRange: (expected, received) =>
    `Valeur hors limites\u202f: attendu ${expected}\u202f; reçu\u202f: ${received}.`,
  issueNotInteger: (received) => `Un nombre entier est attendu\u202f; reçu\u202f: ${received}.`,
  issueInvalidValue: (expected, received) => `Valeur attendue\u202f: ${expected}\u202f; reçu\u202f: ${received}.`,
  issueInvalidId: (received) =>
    `Identifiant invalide\u202f: ${received}. Il doit commencer par une lettre ou un chiffre et ne contenir que des lettres, des chiffres et les signes - _ . :`,
  issueUnsupportedSchemaVersion: (found, supported) =>
    `La version de schéma ${found} n’est pas prise en charge (version la plus récente\u202f: ${supported}).`,
  issueDuplicateId: (id, firstPath) => `L’identifiant «\u202f${id}\u202f» est déjà utilisé (${firstPath}).`,
  issueBandsNotFromZero: (min) => `Le premier palier doit commencer à 0\u202f; il commence à ${min}.`,
  issueBandsNotIncreasing: (min, previous) =>
    `Les paliers doivent être croissants\u202f: ${min} ne dépasse pas le palier précédent (${previous}).`,
  issueEmptySection: 'Cette section ne contient aucune question.',
  issueEmptySubsection: 'Cette sous-section ne contient aucune question.',
  issueScaleTooSmall: (n) => `Une échelle doit compter au moins deux niveaux notés\u202f; celle-ci en a ${n}.`,
  issueScaleNotIncreasing: (value, previous) =>
    `Les niveaux d’une échelle doivent être croissants\u202f: ${value} suit ${previous}.`,
  issueDuplicateScaleValue: (value) => `La valeur «\u202f${value}\u202f» apparaît deux fois dans l’échelle.`,
  issueUnknownPrinciple: (value) =>
    `Principe inconnu\u202f: ${value}. La méthode compte neuf principes, numérotés de 1 à 9.`,
  issueUnknownScale: (name, known) =>
    `L’échelle «\u202f${name}\u202f» n’est pas définie dans «\u202fscales\u202f» (échelles définies\u202f: ${known}).`,
  issueUnknownBand: (id, known) => `Le palier «\u202f${id}\u202f» n’existe pas (paliers définis\u202f: ${known}).`,

  typeString: 'texte',
  typeNumber: 'nombre',
  typeBoolean: 'booléen (true ou false)',
  typeArray: 'liste',
  typeObject: 'objet',
  typeNull: 'null',
  typeMissing: 'rien',

  issueFetchFailed: (url, detail) => `La configuration n’a pas pu être chargée depuis ${url}\u202f: ${detail}`,
  issueFetchStatus: (url, status) =>
    `Fichier de configuration ${status === 404 || status === 410 ? 'introuvable' : 'inaccessible'}\u202f: il n’a pas pu être chargé depuis ${url} (statut HTTP ${status}).`,

  loading: 'Chargement du questionnaire…',
  stepperLabel: 'Étapes',
  stepFill: 'Remplir le questionnaire',
  stepResult: 'Voir mon résultat',
  stepValidate: 'Valider mon résultat',
  stepOf: (current, total) => `Étape ${current} sur ${total}`,
  stepNext: (name) => `Étape suivante\u202f: ${name}`,
  stepLast: 'Dernière étape',
  instructions: 'Instructions',
  close: 'Fermer',
  cancel: 'Annuler',
  savedAt: (date, time) => `Enregistré le ${date} à ${time}`,
  notSavedYet: 'Aucune réponse enregistrée pour l’instant',
  summary: 'Sommaire',
  percent: (value) => `${value}\u00a0%`,
  completionOf: (title) => `Avancement de «\u202f${title}\u202f»`,
  progressLabel: 'Avancement du questionnaire',
  progressText: (answered, total) =>
    `${answered} ${pluralFr(answered, 'question', 'questions')} sur ${total} ${pluralFr(answered, 'a', 'ont')} une réponse`,
  nextUnanswered: 'Aller à la prochaine question sans réponse',
  allAnswered: 'Toutes les questions ont une réponse.',
  comment: 'Commentaire (facultatif)',
  clearAnswer: 'Effacer la réponse',
  answerCleared: 'Réponse effacée.',
  notScoredGroup: 'Réponses qui ne comptent pas dans le score',
  readonlyNotice: 'Ces réponses sont affichées en lecture seule\u202f: elles ne peuvent pas être modifiées ici.',
  validatedNotice: 'Ce résultat est validé\u202f: les réponses ne peuvent plus être modifiées.',
  seeResult: 'Voir mon résultat',
  backToFill: 'Revenir au questionnaire',
  goToValidate: 'Valider mon résultat',

  columnSection: 'Section',
  columnScore: 'Score',
  columnBand: 'Niveau',
  columnCompletion: 'Avancement',
  notScored: 'non noté',

  reopen: 'Rouvrir un nouveau brouillon',
  exportJson: 'Exporter le résultat (JSON)',
  exportCsv: 'Exporter les réponses (CSV)',
  print: 'Imprimer',
  eraseAnswers: 'Effacer mes réponses',
  eraseTitle: 'Effacer toutes vos réponses\u202f?',
  eraseText:
    'Les réponses et commentaires enregistrés sur cet appareil pour ce questionnaire seront supprimés. Cette action est définitive.',
  eraseConfirm: 'Effacer',
  erased: 'Vos réponses ont été effacées.',

  storageRecovered: 'L’enregistrement fonctionne de nouveau.',
  remoteUpdate: 'Vos réponses ont été mises à jour depuis un autre onglet.',

  csvSection: 'Section',
  csvSubsection: 'Sous-section',
  csvQuestion: 'Question',
  csvAnswer: 'Réponse',
  csvValue: 'Valeur',
  csvComment: 'Commentaire',

  capSectionBelow: (sections, threshold) =>
    `Niveau global limité par la règle de calcul de ce questionnaire\u202f: au moins une section a un score inférieur à ${threshold} sur 100 (${sections}).`,
  capPrerequisiteNotMet:
    'Niveau global limité par la règle de calcul de ce questionnaire\u202f: le prérequis demandé au promoteur du projet n’est pas rempli.',

  pageOf: (current, total) => `Section ${current} sur ${total}`,
  pageBack: 'Section précédente',
  pageContinue: 'Continuer',
  introHeading: 'Avant de commencer',
  scaleLegendHeading: 'Ce que signifie chaque réponse\u202f:',
  targetQuestion: 'Prochaine question sans réponse\u202f:',
  csvValidatedVersion: (date) => `Réponse validée le ${date}`,
  reopenedNotice:
    'Nouveau brouillon rouvert à partir d’un résultat validé\u202f: la version validée reste conservée dans l’historique et dans les exports.',
};
