/**
 * The workshop mode of <coop-project> (attributes `server`, `workshop`, `token`): asks the server who the token
 * is, then
 * - an invitation: the join form (name, and a stakeholder group of the grid), then the participant's mode; the
 *   participant's token is kept in this browser's localStorage, so that the invitation link opened again
 *   continues the same participant;
 * - a participant: the project's storage becomes the participant's documents on the server (the HTTP adapter,
 *   live), so the widgets work as they do alone, saved to the server;
 * - the facilitator: the project's storage becomes the workshop's shared documents; the facilitator's view lists
 *   who joined and how far each has got (workshop-progress.ts, read again as soon as the live stream announces a
 *   change), manages their access (workshop-access.ts), feeds every participant's grid to the grid's Synthesis
 *   (`participants`) and shows the collective outputs built from them (workshop-outputs.ts).
 * Loaded on demand by <coop-project>, only in workshop mode.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type {
  AtpConfig,
  AtpData,
  CoopReport,
  Locale,
  ProjectDocument,
  ReportStringOverrides,
  StorageAdapter,
} from '../../core/index.js';
import { workshopEn, workshopFr, workshopStrings, type WorkshopStrings } from '../../core/workshop.js';
import { CoopStorageErrorEvent } from '../events.js';
import type { ProjectHub } from '../shared/project-link.js';
import { WorkshopAccess } from './workshop-access.js';
import { createWorkshopClient, WorkshopRequestError, type WorkshopClient, type WorkshopMe } from './workshop-client.js';
import { outputsReport, renderOutputs, workshopProject } from './workshop-outputs.js';
import { WorkshopSharing } from './workshop-share.js';
import { ParticipantsProgress } from './workshop-progress.js';
import { adoptWorkshopStyles } from './workshop.styles.js';
import { renderWorkshop } from './workshop-view.js';
import { addProjectPartsStrings } from '../../core/catalogs/project-parts.js';

// The principles' and ATP analysis' words, which the provider's first paint leaves out.
addProjectPartsStrings();

/** What the controller needs of <coop-project>. */
export interface WorkshopHost extends ReactiveControllerHost, HTMLElement {
  server?: string;
  workshop?: string;
  token?: string;
  storage?: StorageAdapter;
  readonly hub: ProjectHub;
  getProject(): ProjectDocument;
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

/** How often the facilitator's overview is read again, for those who joined but wrote nothing yet. */
const OVERVIEW_MS = 10000;

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
  private live = false;
  private synthesisShown = false;
  private readonly progress = new ParticipantsProgress({
    client: () => this.client,
    token: () => this.token,
    atpConfig: () => this.atpConfig(),
    joined: (name) => this.options.announce(this.strings().wsJoined(name)),
    changed: () => this.feed(),
  });
  private readonly access: WorkshopAccess;
  private readonly sharing: WorkshopSharing;
  /** The collective outputs as last built, and what they were built from. */
  private outputs?: { from: unknown[]; project: ProjectDocument | undefined; report: CoopReport | undefined };

  constructor(
    private readonly host: WorkshopHost,
    private readonly options: WorkshopControllerOptions,
  ) {
    this.access = new WorkshopAccess({
      host,
      client: () => this.client,
      token: () => this.token,
      strings: () => this.strings(),
      announce: (message) => options.announce(message),
      removed: (participant) => this.progress.forget(participant),
    });
    this.sharing = new WorkshopSharing({
      host,
      client: () => this.client,
      token: () => this.token,
      strings: () => this.strings(),
      locale: () => options.locale(),
    });
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
    if (me.shared) this.sharing.at(me.shared);
    if (me.role === 'participant') {
      this.set({ kind: 'participant', me, workshop: me.workshop.name });
      // What the facilitator shares (principle 8), read again when the stream says it changed.
      this.stop.push(
        client.listen(this.token, me.events, {
          onChange: (path) => void (this.sharing.concerns(path) && this.sharing.read()),
          onState: (open) => void (open && this.sharing.read()),
        }),
      );
      return;
    }
    this.set({ kind: 'facilitator', workshop: me.workshop.name });
    this.stop.push(
      client.listen(this.token, me.events, {
        onChange: (path) => void this.progress.onChange(path),
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

  private atpConfig(): AtpConfig | undefined {
    return this.host.hub.state['atp-matrix']?.config;
  }

  private refresh(): Promise<void> {
    return this.progress.refresh();
  }

  /** What was read changed: the grid's Synthesis and the view follow. */
  private feed(): void {
    this.applyGrids();
    this.host.requestUpdate();
  }

  private applyGrids(): void {
    const element = this.host.hub.state['atp-matrix']?.element as
      (HTMLElement & { participants?: AtpData[]; participantNames?: string[]; view?: string }) | undefined;
    if (!element || this.phase.kind !== 'facilitator') return;
    const { grids, gridNames } = this.progress;
    // The names who joined gave: the Synthesis says who cited what with them (as text).
    if (element.participantNames !== gridNames) element.participantNames = gridNames;
    if (element.participants !== grids) element.participants = grids;
    if (grids.length >= 2 && !this.synthesisShown) {
      this.synthesisShown = true;
      element.view = 'synthesis';
    }
  }

  private onHubChange = (): void => {
    if (this.phase.kind === 'facilitator') this.applyGrids();
    if (this.phase.kind === 'join' || this.phase.kind === 'facilitator') this.host.requestUpdate();
  };

  /** The collective outputs, built again only when the grids, the registers, the configs or the language change. */
  private built(): { project: ProjectDocument | undefined; report: CoopReport | undefined } {
    const state = this.host.hub.state;
    const principles = state['principles-checklist'];
    const atp = this.atpConfig();
    const locale = this.options.locale();
    const from = [this.progress.grids, atp, principles?.config, principles?.data, locale];
    if (this.outputs?.from.every((value, i) => value === from[i])) return this.outputs;
    const strings = this.reportStrings();
    const project = workshopProject({
      project: this.host.getProject(),
      atp,
      grids: this.progress.grids,
      principles: principles && { config: principles.config, data: principles.data },
      registers: this.progress.registers(),
      locale,
      strings,
    });
    const report = project && outputsReport(project, { atp, principles: principles?.config }, locale, strings);
    this.outputs = { from, project, report };
    return this.outputs;
  }

  /** What the facilitator shared, drawn with this page's configs. */
  private sharedReport(): CoopReport | undefined {
    const project = this.sharing.shared();
    if (!project) return undefined;
    const state = this.host.hub.state;
    const configs = { atp: this.atpConfig(), principles: state['principles-checklist']?.config };
    const locale = this.options.locale();
    const from = [project, configs.atp, configs.principles, locale];
    if (this.sharedOutputs?.from.every((value, i) => value === from[i])) return this.sharedOutputs.report;
    const report = outputsReport(project, configs, locale, this.reportStrings());
    this.sharedOutputs = { from, report };
    return report;
  }
  private sharedOutputs?: { from: unknown[]; report: CoopReport };

  private reportStrings(): ReportStringOverrides | undefined {
    return this.options.overrides() as ReportStringOverrides | undefined;
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
        adoptWorkshopStyles(this.host.renderRoot);
        return renderWorkshop({
          s,
          kind: 'participant',
          workshop: phase.workshop,
          name: phase.me.participant?.name ?? '',
          group: phase.me.participant?.group ?? '',
          outputs: renderOutputs(
            this.sharedReport(),
            { title: s.wsSharedTitle, intro: s.wsSharedIntro, waiting: s.wsSharedWaiting },
            this.reportStrings(),
          ),
        });
      case 'facilitator': {
        adoptWorkshopStyles(this.host.renderRoot);
        const grids = this.progress.grids.length;
        const built = this.built();
        return renderWorkshop({
          s,
          kind: 'facilitator',
          workshop: phase.workshop,
          live: this.live,
          rows: this.progress.rows(),
          grids,
          access: this.access.state(),
          outputs: renderOutputs(
            built.report,
            {
              title: s.wsOutputsTitle,
              intro: s.wsOutputsIntro(grids),
              waiting: s.wsOutputsWaiting,
              share: this.sharing.state(() => this.built().project),
            },
            this.reportStrings(),
          ),
        });
      }
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
