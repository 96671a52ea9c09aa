import type { Strings } from './strings.js';

const plural = (n: number, one: string, other: string) => (n <= 1 ? one : other);

/** French, the default language. */
export const fr: Strings = {
  configErrorTitle: (n) => `La configuration contient ${n} ${plural(n, 'erreur', 'erreurs')}`,
  configErrorLead:
    'Le module ne peut pas s’afficher tel quel. Corrigez les points suivants dans le JSON de configuration :',
  configErrorPath: 'Emplacement\u00a0:',
  configErrorRoot: '(racine du document)',

  issueInvalidJson: (detail) => `Le texte n’est pas un JSON valide : ${detail}`,
  issueRequired: (key) => `La propriété obligatoire « ${key} » est absente.`,
  issueUnknownKey: (key) => `La propriété « ${key} » n’est pas reconnue (faute de frappe ?).`,
  issueInvalidType: (expected, received) => `Type attendu : ${expected} ; reçu : ${received}.`,
  issueEmptyText: 'Ce texte ne doit pas être vide.',
  issueTooFewItems: (min) => `La liste doit compter au moins ${min} ${plural(min, 'élément', 'éléments')}.`,
  issueOutOfRange: (expected, received) => `Valeur hors limites : attendu ${expected}, reçu ${received}.`,
  issueNotInteger: (received) => `Un nombre entier est attendu ; reçu : ${received}.`,
  issueInvalidValue: (expected, received) => `Valeur attendue : ${expected} ; reçu : ${received}.`,
  issueInvalidId: (received) =>
    `Identifiant invalide : ${received}. Il commence par une lettre ou un chiffre et ne contient que des lettres, des chiffres et - _ . :`,
  issueUnsupportedSchemaVersion: (found, supported) =>
    `La version de schéma ${found} n’est pas prise en charge (version la plus récente : ${supported}).`,
  issueDuplicateId: (id, firstPath) => `L’identifiant « ${id} » est déjà utilisé (${firstPath}).`,
  issueBandsNotFromZero: (min) => `Le premier palier doit commencer à 0 ; il commence à ${min}.`,
  issueBandsNotIncreasing: (min, previous) =>
    `Les paliers doivent être croissants : ${min} ne dépasse pas le palier précédent (${previous}).`,
  issueEmptySection: 'Cette section ne contient aucune question.',
  issueEmptySubsection: 'Cette sous-section ne contient aucune question.',
  issueScaleTooSmall: (n) => `Une échelle doit compter au moins deux niveaux notés ; celle-ci en a ${n}.`,
  issueScaleNotIncreasing: (value, previous) =>
    `Les niveaux d’une échelle doivent être croissants : ${value} suit ${previous}.`,
  issueDuplicateScaleValue: (value) => `La valeur « ${value} » apparaît deux fois dans l’échelle.`,
  issueUnknownPrinciple: (value) =>
    `Principe inconnu : ${value}. La méthode compte neuf principes, numérotés de 1 à 9.`,
  issueUnknownScale: (name, known) =>
    `L’échelle « ${name} » n’est pas définie dans « scales » (échelles définies : ${known}).`,
  issueUnknownBand: (id, known) => `Le palier « ${id} » n’existe pas (paliers définis : ${known}).`,

  typeString: 'texte',
  typeNumber: 'nombre',
  typeBoolean: 'booléen (true ou false)',
  typeArray: 'liste',
  typeObject: 'objet',
  typeNull: 'null',
  typeMissing: 'rien',

  capSectionBelow: (sections, threshold) =>
    `Résultat plafonné : au moins une section est sous ${threshold} % (${sections}).`,
  capPrerequisiteNotMet: 'Résultat plafonné : le prérequis d’engagement du promoteur n’est pas rempli.',
};
