/** Registers <coop-principles-checklist>. */
import { CoopPrinciplesChecklist } from '../elements/principles-checklist/principles-checklist.js';
import { defineElement } from '../elements/shared/define.js';

defineElement('coop-principles-checklist', CoopPrinciplesChecklist);

export { CoopPrinciplesChecklist };
