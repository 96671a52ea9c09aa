/**
 * The dialog that asks before the saved answers are erased (opened from the fill step's Erase button): loaded
 * right after the first paint with the instructions dialog (dialogs.ts), with its French.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../../core/runtime.js';
import { addQuestionnairePartsStrings } from '../../core/catalogs/questionnaire-parts.js';

addQuestionnairePartsStrings();

export interface EraseViewContext {
  s: Strings;
  onCancel(): void;
  onConfirm(): void;
}

export function renderEraseDialog({ s, onCancel, onConfirm }: EraseViewContext): TemplateResult {
  return html`<dialog class="erase" part="dialog" aria-labelledby="erase-title" aria-describedby="erase-text">
    <h3 id="erase-title" class="dialog-title" tabindex="-1">${s.eraseTitle}</h3>
    <p id="erase-text">${s.eraseText}</p>
    <div class="actions">
      <button type="button" class="button" part="button" @click=${onCancel}>${s.cancel}</button>
      <button type="button" class="button button--danger" part="button" @click=${onConfirm}>${s.eraseConfirm}</button>
    </div>
  </dialog>`;
}
