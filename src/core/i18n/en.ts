import type { Strings } from './strings.js';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

/** English. */
export const en: Strings = {
  configErrorTitle: (n) => `The configuration has ${n} ${plural(n, 'problem', 'problems')}`,
  configErrorLead: 'This widget cannot be shown as it is. Fix the following in its JSON configuration:',
  configErrorPath: 'Location:',
  configErrorRoot: '(document root)',

  issueInvalidJson: (detail) => `The text is not valid JSON: ${detail}`,
  issueRequired: (key) => `The required property “${key}” is missing.`,
  issueUnknownKey: (key) => `The property “${key}” is not recognised (a typo?).`,
  issueInvalidType: (expected, received) => `Expected ${expected}; received ${received}.`,
  issueEmptyText: 'This text must not be empty.',
  issueTooFewItems: (min) => `The list needs at least ${min} ${plural(min, 'item', 'items')}.`,
  issueOutOfRange: (expected, received) => `Out of range: expected ${expected}, received ${received}.`,
  issueNotInteger: (received) => `A whole number is expected; received ${received}.`,
  issueInvalidValue: (expected, received) => `Expected ${expected}; received ${received}.`,
  issueInvalidId: (received) =>
    `Invalid id: ${received}. It starts with a letter or a digit and holds only letters, digits and - _ . :`,
  issueUnsupportedSchemaVersion: (found, supported) =>
    `Schema version ${found} is not supported (the latest is ${supported}).`,
  issueDuplicateId: (id, firstPath) => `The id “${id}” is already used (${firstPath}).`,
  issueBandsNotFromZero: (min) => `The first band must start at 0; it starts at ${min}.`,
  issueBandsNotIncreasing: (min, previous) =>
    `Bands must increase: ${min} is not above the previous band (${previous}).`,
  issueEmptySection: 'This section has no question.',
  issueEmptySubsection: 'This subsection has no question.',
  issueScaleTooSmall: (n) => `A scale needs at least two scored levels; this one has ${n}.`,
  issueScaleNotIncreasing: (value, previous) => `A scale’s levels must increase: ${value} comes after ${previous}.`,
  issueDuplicateScaleValue: (value) => `The value “${value}” appears twice in the scale.`,
  issueUnknownPrinciple: (value) => `Unknown principle: ${value}. The method has nine principles, numbered 1 to 9.`,
  issueUnknownScale: (name, known) => `The scale “${name}” is not defined in “scales” (defined scales: ${known}).`,
  issueUnknownBand: (id, known) => `The band “${id}” does not exist (defined bands: ${known}).`,

  typeString: 'text',
  typeNumber: 'number',
  typeBoolean: 'boolean (true or false)',
  typeArray: 'list',
  typeObject: 'object',
  typeNull: 'null',
  typeMissing: 'nothing',

  capSectionBelow: (sections, threshold) => `Result capped: at least one section is below ${threshold}% (${sections}).`,
  capPrerequisiteNotMet: 'Result capped: the promoter’s commitment prerequisite is not met.',
};
