/**
 * The French of the questionnaire's parts loaded after an action (the result table and its score caps, the erase
 * dialog, the CSV export's headings): added by each of those modules when it loads (result-view.ts, erase-view.ts,
 * exports.ts) and by <coop-project>'s report (project-parts.ts), so that no first paint carries it (see
 * src/core/i18n/index.ts).
 */
import { extendCatalog } from '../i18n/index.js';
import { questionnairePartsFr } from '../i18n/questionnaire-parts.js';

export function addQuestionnairePartsStrings(): void {
  extendCatalog('fr', questionnairePartsFr);
}
