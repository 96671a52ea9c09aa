/** Registers <coop-questionnaire>. */
import { CoopQuestionnaire } from '../elements/questionnaire/questionnaire.js';
import { defineElement } from '../elements/shared/define.js';
import { addQuestionnaireStrings } from '../core/catalogs/questionnaire.js';

addQuestionnaireStrings();
defineElement('coop-questionnaire', CoopQuestionnaire);

export { CoopQuestionnaire };
