import { pluralFr } from './plural.js';
/**
 * Strings of <coop-project>'s import of a chosen file: the confirmation before a valid file replaces the project,
 * the title over a file's problems, and what is announced once it is in place. Part of `Strings`: a site
 * overrides any of them. Their French is added by the import's code when it loads (src/core/catalogs/
 * project-import.ts, from src/elements/project/import-flow.ts), so that the provider's first paint carries none.
 */
export interface CoopProjectImportStrings {
  cpImported: string;
  cpReplaceTitle: string;
  cpReplaceText: (file: string) => string;
  cpReplaceConfirm: string;
  cpImportFailedTitle: (file: string) => string;
  /** Above the list of a file's problems (or of what the project's storage refused). */
  cpImportProblems: (count: number) => string;
  cpImportUnchanged: string;
  /** A valid file, but the project's storage refused part of it (`detail`: the storage's reason). */
  cpImportStorageRefused: (detail: string) => string;
}

export const coopProjectImportFr: CoopProjectImportStrings = {
  cpImported: 'Le projet a été importé.',
  cpReplaceTitle: 'Remplacer le projet en cours\u202f?',
  cpReplaceText: (file) =>
    `Le contenu de tous les outils de cette page sera remplacé par celui du fichier «\u202f${file}\u202f». Exportez d’abord le projet si vous voulez en garder une copie.`,
  cpReplaceConfirm: 'Remplacer',
  cpImportFailedTitle: (file) => `Le fichier «\u202f${file}\u202f» ne peut pas être importé`,
  cpImportProblems: (count) => `${count} ${pluralFr(count, 'problème', 'problèmes')}`,
  cpImportUnchanged: 'Le projet en cours n’a pas changé.',
  cpImportStorageRefused: (detail) => `L’enregistrement du projet a refusé une partie du fichier\u202f: ${detail}`,
};
