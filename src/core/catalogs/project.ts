/**
 * `<coop-project>`'s own French strings, added to the catalog by its registering module (src/define/project.ts):
 * the project file's messages and, as it checks each widget's part of a file and draws the workshop, the
 * principles' and the ATP analysis' words. One module per widget (see src/core/i18n/index.ts).
 */
import { atpFr } from '../i18n/atp.js';
import { extendCatalog } from '../i18n/index.js';
import { principlesFr } from '../i18n/principles.js';
import { projectFr } from '../i18n/project.js';

export function addProjectStrings(): void {
  extendCatalog('fr', projectFr, principlesFr, atpFr);
}
