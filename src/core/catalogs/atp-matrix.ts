/**
 * The ATP grid's own French strings, added to the catalog by its registering module (src/define/atp-matrix.ts):
 * the postures' analysis (`atp…`; the plans' and exports' words come with them: atp-parts.ts) and the grid's first
 * paint (`am…`: the grid, its new group's and renaming forms, its row menu). Its item form, what its edits say and
 * its views loaded on first use come with their code (atp-matrix-edits.ts, atp-matrix-parts.ts). One module per
 * widget, so that a page with another widget carries none of them (see src/core/i18n/index.ts).
 */
import { atpMatrixGridFr } from '../i18n/atp-matrix-grid.js';
import { atpPaintFr } from '../i18n/atp-paint.js';
import { extendCatalog } from '../i18n/index.js';

export function addAtpMatrixStrings(): void {
  extendCatalog('fr', atpPaintFr, atpMatrixGridFr);
}
