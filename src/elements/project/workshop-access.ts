/**
 * The facilitator's hold on who may take part: revoke a participant's access (their documents stay), remove a
 * participant with their documents, renew the invitation link (the old one stops working) and copy the new one.
 * Each action is confirmed first in a dialog that opens at its title; then a status message says what happened,
 * or an alert says why it failed, and focus goes where the user can read it. Loaded with the workshop mode.
 */
import type { ReactiveControllerHost } from 'lit';
import { workshopLinkTo, type WorkshopStrings } from '../../core/workshop.js';
import { WorkshopRequestError, type WorkshopClient } from './workshop-client.js';
import type { AccessAction, AccessViewState } from './workshop-access-view.js';

export interface AccessSource {
  readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  client(): WorkshopClient | undefined;
  token(): string;
  strings(): WorkshopStrings;
  announce(message: string): void;
  /** A participant was removed: they leave the table, the grids and the outputs. */
  removed(participant: string): void;
}

export class WorkshopAccess {
  private confirming?: AccessAction;
  private busy = false;
  private status = '';
  private error = '';
  private link = '';
  /** Revoked in this session, shown at once, before the next overview says it too. */
  private readonly revoked = new Set<string>();

  constructor(private readonly source: AccessSource) {}

  /** What the view draws, with the callbacks it fires. */
  state(): AccessViewState {
    return {
      confirming: this.confirming,
      busy: this.busy,
      status: this.status,
      error: this.error,
      link: this.link,
      revoked: this.revoked,
      ask: (action) => void this.ask(action),
      answer: (confirmed) => void this.answer(confirmed),
      copy: () => void this.copy(),
    };
  }

  private async update(focus?: string): Promise<void> {
    const { host } = this.source;
    host.requestUpdate();
    await host.updateComplete;
    if (focus) host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private async ask(action: AccessAction): Promise<void> {
    if (this.busy) return;
    this.confirming = action;
    this.error = '';
    await this.update();
    const dialog = this.source.host.renderRoot.querySelector<HTMLDialogElement>('dialog.ws-confirm');
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('.ws-confirm-title')?.focus();
  }

  private async answer(confirmed: boolean): Promise<void> {
    const action = this.confirming;
    this.source.host.renderRoot.querySelector<HTMLDialogElement>('dialog.ws-confirm')?.close();
    this.confirming = undefined;
    if (!confirmed || !action) {
      // Back to the button that opened the dialog.
      const opener =
        action?.kind === 'renew'
          ? '.ws-renew'
          : action
            ? `tr[data-participant="${CSS.escape(action.participant.id)}"] .ws-${action.kind}`
            : '';
      return this.update(opener || undefined);
    }
    await this.run(action);
  }

  private async run(action: AccessAction): Promise<void> {
    const client = this.source.client();
    if (!client) return;
    const s = this.source.strings();
    const token = this.source.token();
    this.busy = true;
    this.status = '';
    this.error = '';
    await this.update();
    try {
      if (action.kind === 'renew') {
        const invitation = await client.renewInvitation(token);
        this.link = workshopLinkTo(location.href, {
          server: client.server,
          workshop: client.workshop,
          token: invitation,
        });
        this.status = s.wsRenewedStatus;
      } else if (action.kind === 'revoke') {
        await client.revoke(token, action.participant.id);
        this.revoked.add(action.participant.id);
        this.status = s.wsRevokedStatus(action.participant.name);
      } else {
        await client.remove(token, action.participant.id);
        this.revoked.delete(action.participant.id);
        this.source.removed(action.participant.id);
        this.status = s.wsRemovedStatus(action.participant.name);
      }
    } catch (error) {
      this.error = s.wsActionFailed(describe(error, s));
    } finally {
      this.busy = false;
    }
    if (this.error) return this.update('.ws-access-error');
    // Focus on the message reads it (the row's button may be gone); the renewed link's field follows it.
    await this.update('.ws-access-status');
  }

  private async copy(): Promise<void> {
    const s = this.source.strings();
    const field = this.source.host.renderRoot.querySelector<HTMLInputElement>('#ws-invitation');
    try {
      await navigator.clipboard.writeText(this.link);
      this.status = s.wsCopied;
    } catch {
      // No clipboard (an insecure page, a refused permission): the link is selected for the keyboard's copy.
      field?.focus();
      field?.select();
      this.status = s.wsCopyFailed;
    }
    this.source.announce(this.status);
    await this.update();
  }
}

function describe(error: unknown, s: WorkshopStrings): string {
  if (!(error instanceof WorkshopRequestError)) return String(error);
  if (error.status === 0) return s.wsErrorNetwork;
  if (error.status === 401) return s.wsErrorUnauthorized;
  if (error.status === 403) return s.wsErrorForbidden;
  if (error.status === 404) return s.wsErrorNotFound;
  return s.wsErrorStatus(error.status);
}
