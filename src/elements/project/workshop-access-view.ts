/**
 * The facilitator's access controls: each participant's revoke and remove buttons (in their row), the renew
 * button with the new invitation link and its copy button, what happened or why it failed, and the one
 * confirmation dialog (native <dialog>, opened modal at its title by workshop-access.ts). Names are bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkshopStrings as Strings } from '../../core/workshop.js';

/** An action waiting for the facilitator's confirmation. */
export type AccessAction = { kind: 'renew' } | { kind: 'revoke' | 'remove'; participant: { id: string; name: string } };

export interface AccessViewState {
  confirming: AccessAction | undefined;
  busy: boolean;
  status: string;
  error: string;
  /** The renewed invitation link, once there is one. */
  link: string;
  revoked: ReadonlySet<string>;
  ask(action: AccessAction): void;
  answer(confirmed: boolean): void;
  copy(): void;
}

/** The row's buttons (the table's last column). */
export function renderRowAccess(
  s: Strings,
  a: AccessViewState,
  participant: { id: string; name: string; revoked?: boolean },
) {
  const revoked = participant.revoked === true || a.revoked.has(participant.id);
  return html`<span class="ws-row-actions">
    ${
      revoked
        ? html`<span class="ws-revoked">${s.wsRevoked}</span>`
        : html`<button
            type="button"
            class="button ws-revoke"
            part="button"
            aria-label=${s.wsRevokeLabel(participant.name)}
            ?disabled=${a.busy}
            @click=${() => a.ask({ kind: 'revoke', participant })}
          >
            ${s.wsRevoke}
          </button>`
    }
    <button
      type="button"
      class="button button--danger ws-remove"
      part="button"
      aria-label=${s.wsRemoveLabel(participant.name)}
      ?disabled=${a.busy}
      @click=${() => a.ask({ kind: 'remove', participant })}
    >
      ${s.wsRemove}
    </button>
  </span>`;
}

function dialogTexts(s: Strings, action: AccessAction | undefined): { title: string; text: string; confirm: string } {
  if (!action) return { title: '', text: '', confirm: '' };
  if (action.kind === 'renew') return { title: s.wsRenewTitle, text: s.wsRenewText, confirm: s.wsRenewConfirm };
  if (action.kind === 'revoke') {
    return { title: s.wsRevokeTitle(action.participant.name), text: s.wsRevokeText, confirm: s.wsRevokeConfirm };
  }
  return { title: s.wsRemoveTitle(action.participant.name), text: s.wsRemoveText, confirm: s.wsRemoveConfirm };
}

/** The access panel under the participants: renew, the new link, the outcome, and the confirmation dialog. */
export function renderAccess(s: Strings, a: AccessViewState): TemplateResult {
  const d = dialogTexts(s, a.confirming);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    a.answer((event.submitter as HTMLButtonElement | null)?.value === 'confirm');
  };
  return html`<div class="ws-access" part="workshop-access" role="group" aria-labelledby="ws-access-title">
    <h3 id="ws-access-title">${s.wsAccessTitle}</h3>
    ${a.status ? html`<p class="notice ws-access-status" tabindex="-1">${a.status}</p>` : nothing}
    ${
      a.error
        ? html`<div class="error-panel" part="error" role="alert">
            <p class="error-title ws-access-error" tabindex="-1">${a.error}</p>
          </div>`
        : nothing
    }
    ${
      a.link
        ? html`<p class="field ws-link">
            <label for="ws-invitation">${s.wsInvitationLink}</label>
            <span class="ws-link-row">
              <input id="ws-invitation" type="text" readonly .value=${a.link} />
              <button type="button" class="button ws-copy" part="button" @click=${a.copy}>${s.wsCopy}</button>
            </span>
          </p>`
        : nothing
    }
    <p>
      <button
        type="button"
        class="button ws-renew"
        part="button"
        ?disabled=${a.busy}
        @click=${() => a.ask({ kind: 'renew' })}
      >
        ${s.wsRenew}
      </button>
    </p>
    <dialog
      class="ws-confirm"
      part="dialog"
      aria-labelledby="ws-confirm-title"
      @cancel=${(event: Event) => {
        event.preventDefault();
        a.answer(false);
      }}
    >
      <form method="dialog" @submit=${submit}>
        <h2 id="ws-confirm-title" class="ws-confirm-title" tabindex="-1">${d.title}</h2>
        <p>${d.text}</p>
        <p class="actions">
          <button type="submit" class="button" part="button" value="cancel">${s.wsCancel}</button>
          <button
            type="submit"
            class=${`button ${a.confirming?.kind === 'renew' ? 'button--primary' : 'button--danger'}`}
            part="button"
            value="confirm"
          >
            ${d.confirm}
          </button>
        </p>
      </form>
    </dialog>
  </div>`;
}
