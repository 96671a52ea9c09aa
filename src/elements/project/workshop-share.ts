/**
 * Principle 8, the same rights for all: the facilitator shares the collective outputs with the participants,
 * who read them in their own view. The facilitator writes the outputs' project file (the merged grid and the
 * workshop's register, a coop-project/1 file) to the shared documents when they choose to — it names who
 * proposed what, so it is shared on purpose, never by itself; each participant's page reads it, checks it as any
 * imported project file, draws it with the report's views, and reads it again when the live stream says it
 * changed. Loaded with the workshop mode.
 */
import type { ReactiveControllerHost } from 'lit';
import { serializeProject, type Locale, type ProjectDocument } from '../../core/index.js';
import type { WorkshopStrings } from '../../core/workshop.js';
import { WorkshopRequestError, type WorkshopClient } from './workshop-client.js';
import { readShared, SHARED_OUTPUTS_KEY } from './workshop-outputs.js';

export interface ShareSource {
  readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  client(): WorkshopClient | undefined;
  token(): string;
  strings(): WorkshopStrings;
  locale(): Locale;
}

export class WorkshopSharing {
  private busy = false;
  private status = '';
  private error = '';
  private path = '';
  /** What the facilitator last shared, as a participant's page read it. */
  private sharedText: string | null = null;
  private parsed?: { text: string | null; locale: Locale; project: ProjectDocument | undefined };
  private turn = 0;

  constructor(private readonly source: ShareSource) {}

  /** Where the shared outputs are: the shared documents' prefix (`me.shared`). */
  at(sharedPrefix: string): void {
    this.path = sharedPrefix + encodeURIComponent(SHARED_OUTPUTS_KEY);
  }

  /** The facilitator's share button's state. */
  state(project: () => ProjectDocument | undefined) {
    const s = this.source.strings();
    return {
      label: s.wsShare,
      busy: this.busy,
      status: this.status,
      error: this.error,
      onShare: () => void this.share(project()),
    };
  }

  private async share(project: ProjectDocument | undefined): Promise<void> {
    const client = this.source.client();
    if (!client || !project || this.busy || !this.path) return;
    const s = this.source.strings();
    this.busy = true;
    this.status = '';
    this.error = '';
    this.source.host.requestUpdate();
    try {
      await client.write(this.source.token(), this.path, serializeProject(project));
      this.status = s.wsSharedStatus;
    } catch (error) {
      const detail =
        error instanceof WorkshopRequestError && error.status === 0
          ? s.wsErrorNetwork
          : error instanceof WorkshopRequestError
            ? s.wsErrorStatus(error.status)
            : String(error);
      this.error = s.wsActionFailed(detail);
    } finally {
      this.busy = false;
    }
    this.source.host.requestUpdate();
    await this.source.host.updateComplete;
    this.source.host.renderRoot
      .querySelector<HTMLElement>(this.error ? '.ws-share-error' : '.ws-share-status')
      ?.focus();
  }

  /** A participant's page: reads the shared outputs again (at the start, on the stream's news, on reconnection). */
  async read(): Promise<void> {
    const client = this.source.client();
    if (!client || !this.path) return;
    const turn = ++this.turn;
    let text: string | null;
    try {
      text = await client.read(this.source.token(), this.path);
    } catch {
      return; // the next change or reconnection reads again
    }
    if (turn !== this.turn) return;
    this.sharedText = text;
    this.source.host.requestUpdate();
  }

  /** Whether a changed document's path is the shared outputs'. */
  concerns(path: string): boolean {
    return Boolean(this.path) && path === this.path;
  }

  /** The shared outputs' project file, checked; `undefined` when none was shared or it cannot be read. */
  shared(): ProjectDocument | undefined {
    const locale = this.source.locale();
    if (this.parsed?.text !== this.sharedText || this.parsed.locale !== locale) {
      this.parsed = { text: this.sharedText, locale, project: readShared(this.sharedText, locale) };
    }
    return this.parsed.project;
  }
}
