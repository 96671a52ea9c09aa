/**
 * `<coop-project>`'s own French strings, added to the catalog by its registering module (src/define/project.ts):
 * its interface. Its `cp…` strings (coop-project.ts) are also what the widgets say of the project's links (a group
 * added from the checklist, a principle to open from the result, the checklist's links): they read them only in a
 * project, so only after this module added them, and a widget's page alone carries none. What follows an action
 * comes with its code: the import's sentences with the import (project-import.ts), the project file's messages and
 * the principles' and ATP analysis' words with the file's checks, the report and the workshop (project-parts.ts).
 * One module per widget (see src/core/i18n/index.ts).
 */
import { coopProjectFr } from '../i18n/coop-project.js';
import { extendCatalog } from '../i18n/index.js';

export function addProjectStrings(): void {
  extendCatalog('fr', coopProjectFr);
}
