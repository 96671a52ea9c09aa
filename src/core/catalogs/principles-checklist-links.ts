/**
 * The ATP grid's analysis strings (`atp…`), added to the French catalog when the checklist's links to the other
 * widgets of a project load (the checklist's project-links.ts, import()ed only in a project):
 * those links compute the grid's completeness and plans, in the grid's words. A checklist alone carries none of
 * them (see src/core/i18n/index.ts).
 */
import { atpFr } from '../i18n/atp.js';
import { extendCatalog } from '../i18n/index.js';

export function addPrinciplesChecklistLinksStrings(): void {
  extendCatalog('fr', atpFr);
}
