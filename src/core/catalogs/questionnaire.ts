/**
 * The questionnaire's own French strings, added to the catalog by its registering module
 * (src/define/questionnaire.ts): its steps, summary, pages, answers, result table, exports' labels and erase
 * dialog. One module per widget, so that a page with another widget carries none of them (see
 * src/core/i18n/index.ts).
 */
import { extendCatalog } from '../i18n/index.js';
import { questionnaireFr } from '../i18n/questionnaire.js';

export function addQuestionnaireStrings(): void {
  extendCatalog('fr', questionnaireFr);
}
