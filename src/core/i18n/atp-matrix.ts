/**
 * Strings of the interface of <coop-atp-matrix>, in three areas: what its first paint shows (atp-matrix-grid.ts),
 * its views loaded on first use (atp-matrix-views.ts) and the plans' actions and participants' files
 * (atp-plans.ts). Part of `Strings`: a site overrides any of them. `atpMatrixFr`, all three, is for the catalog
 * whole (fr-all.ts); the widget's embed adds each area when it needs it (src/core/catalogs/).
 */
import { atpMatrixGridFr, type AtpMatrixGridStrings } from './atp-matrix-grid.js';
import { atpMatrixViewsFr, type AtpMatrixViewsStrings } from './atp-matrix-views.js';
import { atpPlansFr, type AtpPlansStrings } from './atp-plans.js';

export interface AtpMatrixStrings extends AtpMatrixGridStrings, AtpMatrixViewsStrings, AtpPlansStrings {}

export const atpMatrixFr: AtpMatrixStrings = { ...atpMatrixGridFr, ...atpMatrixViewsFr, ...atpPlansFr };
