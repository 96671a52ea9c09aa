import { configNoticeFr } from './config-notice.js';
import { coopProjectFr } from './coop-project.js';
import type { CommonStrings } from './strings.js';
import { widgetFr } from './widget.js';
import { pluralFr } from './plural-fr.js';

/**
 * French, the default language: what every widget reads (the config errors, the loading and storage sentences the
 * shared views also use, the working documents' and the project's). Each other area's French, the
 * questionnaire's own included, is added by the widget that reads it (src/core/catalogs/), so a page carries
 * only its widgets' strings.
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
  cancel: 'Annuler',
  savedAt: (date, time) => `Enregistré le ${date} à ${time}`,

  exportJson: 'Exporter le résultat (JSON)',
  print: 'Imprimer',
  erased: 'Vos réponses ont été effacées.',

  storageRecovered: 'L’enregistrement fonctionne de nouveau.',
  remoteUpdate: 'Vos réponses ont été mises à jour depuis un autre onglet.',
};
