/**
 * The workshop mode of <coop-project> (attributes `server`, `workshop`, `token`): asks the server who the token
 * is, then
 * - an invitation: the join form (name, and a stakeholder group of the grid), then the participant's mode; the
 *   participant's token is kept in this browser's localStorage, so that the invitation link opened again
 *   continues the same participant;
 * - a participant: the project's storage becomes the participant's documents on the server (the HTTP adapter,
 *   live), so the widgets work as they do alone, saved to the server;
 * - the facilitator: the project's storage becomes the workshop's shared documents; the facilitator's view lists
 *   who joined and how far each has got, and every participant's grid feeds the grid's Synthesis
 *   (`participants`), read again as soon as the live stream announces a change.
 * Loaded on demand by <coop-project>, only in workshop mode.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import {
  analyseAtp,
  parseSaved,
  parseSavedAtp,
  type AtpData,
  type Locale,
  type StorageAdapter,
} from '../../core/runtime.js';
import { workshopEn, workshopFr, workshopStrings, type WorkshopStrings } from '../../core/workshop.js';
import { CoopStorageErrorEvent } from '../events.js';
import type { ProjectHub } from '../shared/project-link.js';
import {
  createWorkshopClient,
  WorkshopRequestError,
  type OverviewParticipant,
  type WorkshopClient,
  type WorkshopMe,
} from './workshop-client.js';
import { renderWorkshop, type ParticipantRow } from './workshop-view.js';

/** What the controller needs of <coop-project>. */
export interface WorkshopHost extends ReactiveControllerHost, HTMLElement {
  server?: string;
  workshop?: string;
  token?: string;
  storage?: StorageAdapter;
  readonly hub: ProjectHub;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface WorkshopControllerOptions {
  locale(): Locale;
  /** The project's string overrides (`ws…` keys apply here). */
  overrides(): object | undefined;
  announce(message: string): void;
}

type Phase =
  | { kind: 'connecting' }
  | { kind: 'error'; message: string }
  | { kind: 'join'; workshop: string; busy: boolean; error?: string }
  | { kind: 'participant'; me: WorkshopMe; workshop: string }
  | { kind: 'facilitator'; workshop: string };

/** One participant's documents as last read: the grid's data, the questionnaire's answer count. */
interface Progress {
  atp?: AtpData | 'unreadable';
  answers?: number | 'unreadable';
}

/** How often the facilitator's overview is read again, for those who joined but wrote nothing yet. */
const OVERVIEW_MS = 10000;
const DOC_PATH = /\/participants\/([^/]+)\/documents\/([^/]+)$/;

/** Where a participant's token is kept in this browser, per workshop. */
export function participantTokenKey(workshop: string): string {
  return `coop-widgets:workshop:${workshop}:participant`;
}

export class WorkshopController implements ReactiveController {
  private phase: Phase = { kind: 'connecting' };
  private started = '';
  private client?: WorkshopClient;
  private token = '';
  private stop: (() => void)[] = [];
  private people: OverviewParticipant[] = [];
  private progress = new Map<string, Progress>();
  /** Each document's ETag as last read (the overview's), so that a refresh reads only what changed. */
  private etags = new Map<string, string>();
  /** The last read started per document: an earlier read that ends after it is dropped. */
  private turns = new Map<string, number>();
  private live = false;
  private synthesisShown = false;
  private grids: AtpData[] = [];

  constructor(
    private readonly host: WorkshopHost,
    private readonly options: WorkshopControllerOptions,
  ) {
    host.addController(this);
    host.requestUpdate(); // created after the host's first update: start at the next one
  }

  private strings(): WorkshopStrings {
    const base = this.options.locale() === 'en' ? workshopEn : workshopFr;
    return workshopStrings(base, this.options.overrides() as Partial<Record<string, unknown>> | undefined);
  }

  /** Whether the project's widgets may show: the server said who the token is, and it is not an invitation. */
  get ready(): boolean {
    return this.phase.kind === 'participant' || this.phase.kind === 'facilitator';
  }

  hostConnected(): void {
    this.host.hub.addEventListener('change', this.onHubChange);
  }

  hostDisconnected(): void {
    this.host.hub.removeEventListener('change', this.onHubChange);
    this.close();
    this.started = '';
  }

  hostUpdate(): void {
    const { server, workshop, token } = this.host;
    const key = `${server}\n${workshop}\n${token}`;
    if (!server || !workshop || !token || key === this.started) return;
    this.started = key;
    this.close();
    void this.connect(server.replace(/\/+$/, ''), workshop, token);
  }

  private close(): void {
    for (const stop of this.stop.splice(0)) stop();
  }

  private set(phase: Phase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }

  private async connect(server: string, workshop: string, token: string): Promise<void> {
    const started = this.started;
    const client = (this.client = createWorkshopClient(server, workshop));
    this.set({ kind: 'connecting' });
    try {
      let me = await client.me(token);
      if (me.role === 'invitation') {
        const kept = readKept(workshop);
        const mine = kept ? await client.me(kept).catch(() => null) : null;
        if (!kept || !mine || mine.role !== 'participant') {
          this.token = token;
          return this.set({ kind: 'join', workshop: me.workshop.name, busy: false });
        }
        me = mine;
        token = kept;
      }
      if (started !== this.started) return;
      this.token = token;
      this.begin(me);
    } catch (error) {
      if (started === this.started) this.fail(error);
    }
  }

  /** The token is known: the widgets' storage moves to the server. */
  private begin(me: WorkshopMe): void {
    const client = this.client;
    if (!client) return;
    const prefix = me.role === 'facilitator' ? me.shared : me.documents;
    if (!prefix || !me.events) return this.fail(new WorkshopRequestError(403, ''));
    this.host.storage = client.storage(this.token, prefix, me.events);
    if (me.role === 'participant') {
      this.set({ kind: 'participant', me, workshop: me.workshop.name });
      return;
    }
    this.set({ kind: 'facilitator', workshop: me.workshop.name });
    this.stop.push(
      client.listen(this.token, me.events, {
        onChange: (path) => void this.onChange(path),
        onState: (open) => {
          if (open && !this.live) void this.refresh();
          this.live = open;
          this.host.requestUpdate();
        },
      }),
    );
    const timer = setInterval(() => void this.refresh(), OVERVIEW_MS);
    this.stop.push(() => clearInterval(timer));
    void this.refresh();
  }

  private fail(error: unknown): void {
    const s = this.strings();
    const status = error instanceof WorkshopRequestError ? error.status : 0;
    const detail =
      status === 401
        ? s.wsErrorUnauthorized
        : status === 403
          ? s.wsErrorForbidden
          : status === 0
            ? s.wsErrorNetwork
            : s.wsErrorStatus(status);
    this.set({ kind: 'error', message: s.wsLinkError(detail) });
    this.host.dispatchEvent(
      new CoopStorageErrorEvent({
        reason: status === 401 || status === 403 ? 'denied' : 'unavailable',
        operation: 'read',
      }),
    );
  }

  private onJoin = async (name: string, group: string): Promise<void> => {
    const phase = this.phase;
    const client = this.client;
    if (phase.kind !== 'join' || phase.busy || !client) return;
    this.set({ ...phase, busy: true, error: undefined });
    try {
      const { token, me } = await client.join(this.token, name, group);
      keep(client.workshop, token);
      this.token = token;
      this.begin({ ...me, workshop: { ...me.workshop, name: phase.workshop } });
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('.workshop-status')?.focus();
    } catch (error) {
      const s = this.strings();
      const detail =
        error instanceof WorkshopRequestError
          ? error.status === 0
            ? s.wsErrorNetwork
            : `${error.message}${error.path ? ` (${error.path})` : ''}`
          : String(error);
      this.set({ ...phase, busy: false, error: s.wsJoinFailed(detail) });
    }
  };

  /** The facilitator's overview read again: new participants, and the documents whose version changed. */
  private async refresh(): Promise<void> {
    const client = this.client;
    if (!client) return;
    let overview;
    try {
      overview = await client.overview(this.token);
    } catch {
      return; // the stream's state says the server is away; the next refresh tries again
    }
    const known = new Set(this.people.map((p) => p.id));
    for (const p of overview.participants)
      if (!known.has(p.id) && this.people.length) this.options.announce(this.strings().wsJoined(p.name));
    this.people = overview.participants;
    await Promise.all(
      overview.participants.flatMap((p) =>
        p.documents
          .filter((d) => this.etags.get(`${p.id}\n${d.key}`) !== d.etag)
          .map(async (d) => {
            this.etags.set(`${p.id}\n${d.key}`, d.etag);
            await this.read(p.id, d.key);
          }),
      ),
    );
    this.feed();
  }

  private async onChange(path: string): Promise<void> {
    const [, rawParticipant, rawKey] = DOC_PATH.exec(path) ?? [];
    if (!rawParticipant || !rawKey) return;
    const participant = decodeURIComponent(rawParticipant);
    if (!this.people.some((p) => p.id === participant)) return this.refresh();
    await this.read(participant, decodeURIComponent(rawKey));
    this.feed();
  }

  /** Reads one participant's document and keeps what it says of their progress. */
  private async read(participant: string, key: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    const path = `/api/workshops/${encodeURIComponent(client.workshop)}/participants/${encodeURIComponent(participant)}/documents/${encodeURIComponent(key)}`;
    const turn = (this.turns.get(path) ?? 0) + 1;
    this.turns.set(path, turn);
    let text: string | null;
    try {
      text = await client.read(this.token, path);
    } catch {
      return;
    }
    if (this.turns.get(path) !== turn) return; // a later read of the same document will tell
    const progress = { ...this.progress.get(participant) };
    const atpId = this.host.hub.state['atp-matrix']?.config.id;
    if (/:atp:/.test(key) && (!atpId || key.endsWith(`:atp:${atpId}`))) {
      const parsed = text === null ? null : parseSavedAtp(text);
      progress.atp = parsed === null ? undefined : parsed.ok ? parsed.data : 'unreadable';
    } else if (/:questionnaire:/.test(key)) {
      const parsed = text === null ? null : parseSaved(text);
      progress.answers =
        parsed === null ? undefined : parsed.ok ? Object.keys(parsed.saved.responses.answers).length : 'unreadable';
    } else return;
    this.progress.set(participant, progress);
  }

  /** Every readable grid, in the order participants joined, into the grid's Synthesis. */
  private feed(): void {
    const grids = this.people
      .map((p) => this.progress.get(p.id)?.atp)
      .filter((atp): atp is AtpData => typeof atp === 'object');
    this.grids = grids;
    this.applyGrids();
    this.host.requestUpdate();
  }

  private applyGrids(): void {
    const element = this.host.hub.state['atp-matrix']?.element as
      (HTMLElement & { participants?: AtpData[]; view?: string }) | undefined;
    if (!element || this.phase.kind !== 'facilitator') return;
    if (element.participants !== this.grids) element.participants = this.grids;
    if (this.grids.length >= 2 && !this.synthesisShown) {
      this.synthesisShown = true;
      element.view = 'synthesis';
    }
  }

  private onHubChange = (): void => {
    if (this.phase.kind === 'facilitator') this.applyGrids();
    if (this.phase.kind === 'join' || this.phase.kind === 'facilitator') this.host.requestUpdate();
  };

  private rows(): ParticipantRow[] {
    const atp = this.host.hub.state['atp-matrix'];
    return this.people.map((p) => {
      const progress = this.progress.get(p.id);
      const row: ParticipantRow = { id: p.id, name: p.name, group: p.group };
      const data = progress?.atp;
      if (data === 'unreadable') row.grid = data;
      else if (data) {
        const groups = atp ? analyseAtp(atp.config, data).groups : [];
        row.grid = {
          items: data.groups.reduce((n, g) => n + g.items.length, 0),
          complete: groups.filter((g) => g.complete).length,
          total: data.groups.length,
        };
      }
      if (progress?.answers !== undefined) row.answers = progress.answers;
      return row;
    });
  }

  render(): TemplateResult {
    const s = this.strings();
    const phase = this.phase;
    switch (phase.kind) {
      case 'connecting':
      case 'error':
        return renderWorkshop({ s, ...phase });
      case 'join':
        return renderWorkshop({
          s,
          ...phase,
          groups: this.host.hub.groups.map((g) => g.label),
          onJoin: (name, group) => void this.onJoin(name, group),
        });
      case 'participant':
        return renderWorkshop({
          s,
          kind: 'participant',
          workshop: phase.workshop,
          name: phase.me.participant?.name ?? '',
          group: phase.me.participant?.group ?? '',
        });
      case 'facilitator':
        return renderWorkshop({
          s,
          kind: 'facilitator',
          workshop: phase.workshop,
          live: this.live,
          rows: this.rows(),
          grids: this.grids.length,
        });
    }
  }
}

function readKept(workshop: string): string | null {
  try {
    return localStorage.getItem(participantTokenKey(workshop));
  } catch {
    return null;
  }
}

function keep(workshop: string, token: string): void {
  try {
    localStorage.setItem(participantTokenKey(workshop), token);
  } catch {
    // No localStorage (sandboxed frame): the participant joins again if the page is opened again.
  }
}
