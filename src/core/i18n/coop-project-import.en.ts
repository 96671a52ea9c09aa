import type { CoopProjectImportStrings } from './coop-project-import.js';
import { pluralEn } from './plural.js';

/** English. */
export const coopProjectImportEn: CoopProjectImportStrings = {
  cpImported: 'The project was imported.',
  cpReplaceTitle: 'Replace the current project?',
  cpReplaceText: (file) =>
    `Everything in the tools on this page will be replaced by the contents of “${file}”. Export the project first if you want to keep a copy.`,
  cpReplaceConfirm: 'Replace',
  cpImportFailedTitle: (file) => `The file “${file}” cannot be imported`,
  cpImportProblems: (count) => `${count} ${pluralEn(count, 'problem', 'problems')}`,
  cpImportUnchanged: 'The current project has not changed.',
  cpImportStorageRefused: (detail) => `The project’s storage refused part of the file: ${detail}`,
};
