/**
 * The French that only the checklist's register parts loaded on first use show (the table of the proposals, a row
 * being edited, the actions' errors and announcements, the dialogs, a proposal's grid items and evaluation, the
 * CSV's headings), added to the catalog
 * by each of those parts when it loads (the checklist's register-*.ts), so that the checklist's
 * first paint carries none of them (see src/core/i18n/index.ts).
 */
import { extendCatalog } from '../i18n/index.js';
import { principlesChecklistPartsFr } from '../i18n/principles-checklist-parts.js';
import { principlesPartsFr } from '../i18n/principles-parts.js';

export function addPrinciplesChecklistPartsStrings(): void {
  extendCatalog('fr', principlesPartsFr, principlesChecklistPartsFr);
}
