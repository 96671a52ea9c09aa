/**
 * The checklist's own French strings, added to the catalog by its registering module
 * (src/define/principles-checklist.ts): the principles (`principle…`) and its interface (`pc…`) that its first
 * paint shows. Its register's parts loaded on first use add their own (principles-checklist-parts.ts), and its
 * links to a project's grid the ATP analysis' (principles-checklist-links.ts). One module per widget (see
 * src/core/i18n/index.ts).
 */
import { extendCatalog } from '../i18n/index.js';
import { principlesChecklistPaintFr } from '../i18n/principles-checklist-paint.js';
import { principlesPaintFr } from '../i18n/principles-paint.js';

export function addPrinciplesChecklistStrings(): void {
  extendCatalog('fr', principlesPaintFr, principlesChecklistPaintFr);
}
