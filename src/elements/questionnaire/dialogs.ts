/**
 * The questionnaire's two dialogs, closed until a button opens them: the instructions (instructions-view.ts) and
 * the erase confirmation (erase-view.ts). A part loaded right after the first paint (views.ts), with the erase
 * dialog's French, so that each opens the moment its button is pressed.
 */
export { renderEraseDialog } from './erase-view.js';
export { renderInstructions } from './instructions-view.js';
