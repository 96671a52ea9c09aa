/**
 * The checklist's own French strings, added to the catalog by its registering module
 * (src/define/principles-checklist.ts): the principles (`principle…`) and its interface (`pc…`). The ATP grid's
 * analysis, which its links to the grid compute in a project, comes with those links
 * (principles-checklist-links.ts). One module per widget (see src/core/i18n/index.ts).
 */
import { extendCatalog } from '../i18n/index.js';
import { principlesChecklistFr } from '../i18n/principles-checklist.js';
import { principlesFr } from '../i18n/principles.js';

export function addPrinciplesChecklistStrings(): void {
  extendCatalog('fr', principlesFr, principlesChecklistFr);
}
