/**
 * The ATP analysis' French that only what follows an action reads (the plans' draft actions, the CSV headings,
 * actions' states, effects and forces: src/core/i18n/atp-parts.ts): added by the grid's lazy parts that read it —
 * its views after the grid and its exports — so that the grid's first paint carries none of it.
 */
import { atpPartsFr } from '../i18n/atp-parts.js';
import { extendCatalog } from '../i18n/index.js';

export function addAtpPartsStrings(): void {
  extendCatalog('fr', atpPartsFr);
}
