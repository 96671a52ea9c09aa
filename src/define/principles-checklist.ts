/** Registers <coop-principles-checklist>. */
import { CoopPrinciplesChecklist } from '../elements/principles-checklist/principles-checklist.js';
import { defineElement } from '../elements/shared/define.js';
import { addPrinciplesChecklistStrings } from '../core/catalogs/principles-checklist.js';

addPrinciplesChecklistStrings();
defineElement('coop-principles-checklist', CoopPrinciplesChecklist);

export { CoopPrinciplesChecklist };
