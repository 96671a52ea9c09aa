/**
 * The library's own interface strings (content — questions, bands, recommendations — lives in each config).
 * Flat camelCase keys; entries that take parameters or need plurals are functions, so each language can build
 * its sentence in its own word order. A site overrides any subset with a partial object.
 */
export interface Strings {
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

  /** Band-cap explanations used in results. */
  capSectionBelow: (sections: string, threshold: number) => string;
  capPrerequisiteNotMet: string;
}

export type Locale = 'fr' | 'en';

export const LOCALES: readonly Locale[] = ['fr', 'en'];
