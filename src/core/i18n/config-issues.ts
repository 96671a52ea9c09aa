import { pluralFr } from './plural.js';

/**
 * The wording of a config's or a data document's problems: the developer's panel of them, each problem's
 * sentence and its place in plain words. A page whose configs are right never shows any of it, so its French is
 * not in the common catalog: it is added with the code that words the problems (src/core/catalogs/
 * config-issues.ts), which `coop-widgets/core` registers at once and the elements load with the first problem.
 * Part of `Strings`: a site overrides any of it.
 */
export interface ConfigIssueStrings {
  /** Heading of the panel that lists a config's problems. */
  configErrorTitle: (count: number) => string;
  /** Lead sentence under that heading. */
  configErrorLead: string;
  /** Label before the JSON path of one problem, with its punctuation. */
  configErrorPath: string;
  /** Shown for the root of the document, where the path is empty. */
  configErrorRoot: string;

  // Validation messages (parseQuestionnaireConfig, parseResponses).
  issueInvalidJson: (detail: string) => string;
  /**
   * One step of a problem's place in plain words: the element `index` (from 0) of the list `list` (`sections`,
   * `questions`, `principles`, `groups`, …) and its own title, text or label (`null` without one); `null` for a
   * list the language does not name, left out of the place.
   */
  issuePlace: (list: string, index: number, name: string | null) => string | null;
  /** The last step of a place: the property the problem is about. */
  issuePlaceProperty: (key: string) => string;
  /**
   * JSON text that does not parse, in plain words: what is wrong (a `JsonSyntaxReason` of
   * core/shared/json-syntax.ts) and where (line and column, `null` when unknown); `detail` is the unexpected
   * character, or for a reason we do not know the engine's own message.
   */
  issueJsonSyntax: (reason: string, line: number | null, column: number | null, detail: string) => string;
  issueRequired: (key: string) => string;
  issueUnknownKey: (key: string) => string;
  issueInvalidType: (expected: string, received: string) => string;
  issueEmptyText: string;
  issueTooFewItems: (min: number) => string;
  issueOutOfRange: (expected: string, received: string) => string;
  issueNotInteger: (received: string) => string;
  issueInvalidValue: (expected: string, received: string) => string;
  issueInvalidId: (received: string) => string;
  issueUnsupportedSchemaVersion: (found: string, supported: number) => string;
  issueDuplicateId: (id: string, firstPath: string) => string;
  issueBandsNotFromZero: (min: number) => string;
  issueBandsNotIncreasing: (min: number, previous: number) => string;
  issueEmptySection: string;
  issueEmptySubsection: string;
  issueScaleTooSmall: (count: number) => string;
  issueScaleNotIncreasing: (value: number, previous: number) => string;
  issueDuplicateScaleValue: (value: string) => string;
  issueUnknownPrinciple: (value: string) => string;
  issueUnknownScale: (name: string, known: string) => string;
  issueUnknownBand: (id: string, known: string) => string;

  /** Names of JSON types used in the messages above. */
  typeString: string;
  typeNumber: string;
  typeBoolean: string;
  typeArray: string;
  typeObject: string;
  typeNull: string;
  typeMissing: string;

  /** A config given by URL (`src`) could not be fetched or read. */
  issueFetchFailed: (url: string, detail: string) => string;
  /** The server answered the config's URL with an error status: not found (404, 410) or unavailable. */
  issueFetchStatus: (url: string, status: number) => string;
}

export const configIssuesFr: ConfigIssueStrings = {
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
};
