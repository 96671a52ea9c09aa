import type { ConfigIssueStrings } from './config-issues.js';
import { pluralEn } from './plural.js';

export const configIssuesEn: ConfigIssueStrings = {
  configErrorTitle: (n) => `The configuration has ${n} ${pluralEn(n, 'problem', 'problems')}`,
  configErrorLead: 'This tool cannot be shown as it is. Fix the following in its JSON configuration:',
  configErrorPath: 'Location:',
  configErrorRoot: '(document root)',

  issueInvalidJson: (detail) => `The text is not valid JSON: ${detail}`,
  issuePlace: (list, index, name) => {
    const nouns: Record<string, string> = {
      sections: 'Section',
      subsections: 'Subsection',
      questions: 'Question',
      principles: 'Principle',
      statuses: 'Status',
      groups: 'Group',
      items: 'Item',
      proposals: 'Proposal',
      levels: 'Level',
      bands: 'Band',
      recommendations: 'Recommendation',
    };
    const noun = nouns[list];
    if (!noun) return null;
    return name ? `${noun} ${index + 1} “${name}”` : `${noun} ${index + 1}`;
  },
  issuePlaceProperty: (key) => `property “${key}”`,
  issueJsonSyntax: (reason, line, column, detail) => {
    const where = line === null ? '' : ` (line ${line}, column ${column ?? 1})`;
    const what: Record<string, string> = {
      end: 'the text stops before its end (a brace, bracket or quote missing?)',
      'property-name': 'a property name in double quotes is expected (a comma too many?)',
      colon: 'a colon is expected after the property name',
      'comma-or-brace': 'a comma or a closing brace is expected',
      'comma-or-bracket': 'a comma or a closing bracket is expected',
      'after-end': 'text follows the end of the document',
      'control-character': 'a text holds an unescaped line break or tab',
      'unterminated-string': 'a text is not closed by a double quote',
      token: `unexpected character “${detail}”`,
    };
    return `The text is not valid JSON${where}: ${what[reason] ?? detail}.`;
  },
  issueRequired: (key) => `The required property “${key}” is missing.`,
  issueUnknownKey: (key) => `The property “${key}” is not recognised (a typo?).`,
  issueInvalidType: (expected, received) => `Expected ${expected}; received ${received}.`,
  issueEmptyText: 'This text must not be empty.',
  issueTooFewItems: (min) => `The list needs at least ${min} ${pluralEn(min, 'item', 'items')}.`,
  issueOutOfRange: (expected, received) => `Out of range: expected ${expected}; received ${received}.`,
  issueNotInteger: (received) => `A whole number is expected; received ${received}.`,
  issueInvalidValue: (expected, received) => `Expected ${expected}; received ${received}.`,
  issueInvalidId: (received) =>
    `Invalid id: ${received}. It must start with a letter or a digit and contain only letters, digits and the characters - _ . :`,
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

  issueFetchFailed: (url, detail) => `The configuration could not be loaded from ${url}: ${detail}`,
  issueFetchStatus: (url, status) =>
    `Configuration file ${status === 404 || status === 410 ? 'not found' : 'unavailable'}: it could not be loaded from ${url} (HTTP status ${status}).`,
};
