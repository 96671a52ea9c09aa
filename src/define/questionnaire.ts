/** Registers <coop-questionnaire>. */
import { CoopQuestionnaire } from '../elements/questionnaire/questionnaire.js';
import { defineElement } from '../elements/shared/define.js';

defineElement('coop-questionnaire', CoopQuestionnaire);

export { CoopQuestionnaire };
