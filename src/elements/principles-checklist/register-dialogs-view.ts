/** The register's confirmations: the reason a rejection needs, and whether to remove a proposal. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Strings } from '../../core/runtime.js';
import type { RegisterState } from './register-controller.js';
import { addPrinciplesChecklistPartsStrings } from '../../core/catalogs/principles-checklist-parts.js';

addPrinciplesChecklistPartsStrings(); // the French these parts show (src/core/catalogs/)

/** What the dialogs read of the register's state, and what they call. */
export interface DialogActions {
  readonly state: Pick<RegisterState, 'rejecting' | 'reasonMissing' | 'removing'>;
  onReject(event: SubmitEvent): void;
  onRejectClose(): void;
  onRemove(event: SubmitEvent): void;
}

export interface RegisterDialogsContext {
  s: Strings;
  register: DialogActions;
}

export function renderRejectDialog(ctx: RegisterDialogsContext): TemplateResult {
  const { s, register } = ctx;
  const { rejecting: p, reasonMissing } = register.state;
  return html`<dialog class="reject" part="dialog" aria-labelledby="reject-title" @close=${register.onRejectClose}>
    <form method="dialog" novalidate @submit=${register.onReject}>
      <h2 id="reject-title">${s.pcRejectTitle}</h2>
      <p>${p ? s.pcRejectText(p.text) : ''}</p>
      <p class="field field--wide">
        <label for="reject-reason">${s.pcRejectReason}</label>
        <textarea
          id="reject-reason"
          name="reason"
          rows="3"
          aria-invalid=${reasonMissing ? 'true' : 'false'}
          aria-describedby=${ifDefined(reasonMissing ? 'reject-error' : undefined)}
        ></textarea>
        ${reasonMissing ? html`<span id="reject-error" class="field-error">${s.pcReasonRequired}</span>` : nothing}
      </p>
      <p class="actions">
        <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
        <button type="submit" class="button button--danger" part="button" value="reject">${s.pcRejectConfirm}</button>
      </p>
    </form>
  </dialog>`;
}

export function renderRemoveDialog(ctx: RegisterDialogsContext): TemplateResult {
  const { s, register } = ctx;
  const p = register.state.removing;
  return html`<dialog class="remove" part="dialog" aria-labelledby="remove-title">
    <form method="dialog" @submit=${register.onRemove}>
      <h2 id="remove-title">${s.pcRemoveTitle}</h2>
      <p>${p ? s.pcRemoveText(p.text) : ''}</p>
      <p class="actions">
        <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
        <button type="submit" class="button button--danger" part="button" value="remove">${s.pcRemove}</button>
      </p>
    </form>
  </dialog>`;
}
