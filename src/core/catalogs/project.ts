/**
 * `<coop-project>`'s own French strings, added to the catalog by its registering module (src/define/project.ts):
 * its interface and the project file's messages. The principles' and ATP analysis' words that the file's checks,
 * the report and the workshop use come with those parts (project-parts.ts). One module per widget (see
 * src/core/i18n/index.ts).
 */
import { extendCatalog } from '../i18n/index.js';
import { projectFr } from '../i18n/project.js';

export function addProjectStrings(): void {
  extendCatalog('fr', projectFr);
}
