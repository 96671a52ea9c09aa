/**
 * The register's confirmations: the reason a rejection needs, and whether to remove a proposal; and what their
 * buttons do (with register-actions.ts, which this part brings along).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Strings } from '../../core/runtime.js';
import { decide, remove, type ActionsHost } from './register-actions.js';
import { addPrinciplesChecklistPartsStrings } from '../../core/catalogs/principles-checklist-parts.js';

addPrinciplesChecklistPartsStrings(); // the French these parts show (src/core/catalogs/)

export interface RegisterDialogsContext {
  s: Strings;
  /** The register's controller as the actions see it (register-actions.ts, which this module brings along). */
  register: ActionsHost;
}

/** The reject dialog's buttons: the rejection once its reason is given; a missing one keeps the dialog open. */
function onReject(host: ActionsHost, event: SubmitEvent): void {
  const form = event.target as HTMLFormElement;
  const submitter = event.submitter as HTMLButtonElement | null;
  const { rejecting } = host.state();
  if (submitter?.value !== 'reject' || !rejecting) {
    host.set({ rejecting: undefined });
    return; // cancelled: the dialog closes, the select shows the decision as it was
  }
  const reason = String(new FormData(form).get('reason') ?? '').trim();
  if (!reason) {
    event.preventDefault();
    host.set({ reasonMissing: true });
    form.querySelector<HTMLTextAreaElement>('[name="reason"]')?.focus();
    return;
  }
  const { id } = rejecting;
  host.set({ rejecting: undefined });
  form.reset();
  decide(host, id, 'rejected', reason);
  host.focusAfterUpdate(() => host.focusRow(id, 'select'));
}

/** The reject dialog closed (Escape, or a button): focus back on the row's decision. */
function onRejectClose(host: ActionsHost): void {
  const id = host.state().rejecting?.id;
  host.set({ rejecting: undefined, reasonMissing: false });
  if (id) host.focusAfterUpdate(() => host.focusRow(id, 'select'));
  host.redraw(); // the row's select shows the decision as it was, even when nothing else changed
}

/** The remove dialog's buttons. */
function onRemove(host: ActionsHost, event: SubmitEvent): void {
  const submitter = event.submitter as HTMLButtonElement | null;
  const proposal = host.state().removing;
  host.set({ removing: undefined });
  if (submitter?.value === 'remove' && proposal) remove(host, proposal);
}

export function renderRejectDialog(ctx: RegisterDialogsContext): TemplateResult {
  const { s, register } = ctx;
  const { rejecting: p, reasonMissing } = register.state();
  return html`<dialog
    class="reject"
    part="dialog"
    aria-labelledby="reject-title"
    @close=${() => onRejectClose(register)}
  >
    <form method="dialog" novalidate @submit=${(e: SubmitEvent) => onReject(register, e)}>
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
  const p = register.state().removing;
  return html`<dialog class="remove" part="dialog" aria-labelledby="remove-title">
    <form method="dialog" @submit=${(e: SubmitEvent) => onRemove(register, e)}>
      <h2 id="remove-title">${s.pcRemoveTitle}</h2>
      <p>${p ? s.pcRemoveText(p.text) : ''}</p>
      <p class="actions">
        <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
        <button type="submit" class="button button--danger" part="button" value="remove">${s.pcRemove}</button>
      </p>
    </form>
  </dialog>`;
}
