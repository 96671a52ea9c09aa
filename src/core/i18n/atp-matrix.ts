/**
 * Strings of the interface of <coop-atp-matrix>, in four areas: what its first paint shows (atp-matrix-grid.ts),
 * what its edits and the undo say (atp-matrix-edits.ts), its views loaded on first use (atp-matrix-views.ts) and
 * the plans' actions and participants' files (atp-plans.ts). Part of `Strings`: a site overrides any of them.
 * `atpMatrixFr`, all four, is for the catalog whole (fr-all.ts); the widget's embed adds each area with the code
 * that needs it (src/core/catalogs/).
 */
import { atpMatrixEditsFr, type AtpMatrixEditsStrings } from './atp-matrix-edits.js';
import { atpMatrixGridFr, type AtpMatrixGridStrings } from './atp-matrix-grid.js';
import { atpMatrixViewsFr, type AtpMatrixViewsStrings } from './atp-matrix-views.js';
import { atpPlansFr, type AtpPlansStrings } from './atp-plans.js';

export interface AtpMatrixStrings
  extends AtpMatrixGridStrings, AtpMatrixEditsStrings, AtpMatrixViewsStrings, AtpPlansStrings {}

export const atpMatrixFr: AtpMatrixStrings = {
  ...atpMatrixGridFr,
  ...atpMatrixEditsFr,
  ...atpMatrixViewsFr,
  ...atpPlansFr,
};
