/**
 * The French of `<coop-project>`'s import of a chosen file (the confirmation before replacing the project, the
 * title over a file's problems, the announcement once it is in place): added by the import's code when it loads
 * (src/elements/project/import-flow.ts), so that the provider's first paint carries none of it.
 */
import { coopProjectImportFr } from '../i18n/coop-project-import.js';
import { extendCatalog } from '../i18n/index.js';

export function addProjectImportStrings(): void {
  extendCatalog('fr', coopProjectImportFr);
}
