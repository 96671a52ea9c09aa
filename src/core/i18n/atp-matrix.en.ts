import type { AtpMatrixStrings } from './atp-matrix.js';
import { atpMatrixEditsEn } from './atp-matrix-edits.en.js';
import { atpMatrixGridEn } from './atp-matrix-grid.en.js';
import { atpMatrixViewsEn } from './atp-matrix-views.en.js';
import { atpPlansEn } from './atp-plans.en.js';

/** English. */
export const atpMatrixEn: AtpMatrixStrings = {
  ...atpMatrixGridEn,
  ...atpMatrixEditsEn,
  ...atpMatrixViewsEn,
  ...atpPlansEn,
};
