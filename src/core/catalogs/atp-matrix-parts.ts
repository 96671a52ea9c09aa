/**
 * The French strings of the ATP grid's views loaded on first use (Postures, Plans, Synthesis, the participants'
 * files, the dialog asking before a group goes): added by each of those views' modules when it loads, so that the
 * grid's first paint carries none of them (see src/core/i18n/index.ts). English has them all in its one catalog.
 */
import { atpMatrixViewsFr } from '../i18n/atp-matrix-views.js';
import { atpPlansFr } from '../i18n/atp-plans.js';
import { extendCatalog } from '../i18n/index.js';
import { addAtpPartsStrings } from './atp-parts.js';

export function addAtpMatrixPartsStrings(): void {
  extendCatalog('fr', atpMatrixViewsFr, atpPlansFr);
  addAtpPartsStrings();
}
