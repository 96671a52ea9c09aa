/**
 * The French strings of what the ATP grid's edits say once done, of its item form and of the undo notice: added by
 * the modules that say them (grid-edits.ts, item-form-view.ts, undo-controller.ts), fetched right after the grid's
 * first paint, which carries none of them (see src/core/i18n/index.ts). English has them all in its one catalog.
 */
import { atpMatrixEditsFr } from '../i18n/atp-matrix-edits.js';
import { extendCatalog } from '../i18n/index.js';

export function addAtpMatrixEditsStrings(): void {
  extendCatalog('fr', atpMatrixEditsFr);
}
