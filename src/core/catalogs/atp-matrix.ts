/**
 * The ATP grid's own French strings, added to the catalog by its registering module (src/define/atp-matrix.ts):
 * the postures' analysis and plans (`atp…`) and the grid's interface (`am…`). One module per widget, so that a
 * page with another widget carries none of them (see src/core/i18n/index.ts).
 */
import { atpMatrixFr } from '../i18n/atp-matrix.js';
import { atpFr } from '../i18n/atp.js';
import { extendCatalog } from '../i18n/index.js';

export function addAtpMatrixStrings(): void {
  extendCatalog('fr', atpFr, atpMatrixFr);
}
