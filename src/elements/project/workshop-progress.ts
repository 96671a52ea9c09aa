/**
 * What the facilitator's view knows of the participants: who joined (the overview, read again on a timer and
 * when the live stream reconnects) and each one's documents as last read — the grid, the questionnaire's
 * answer count, the checklist's proposals — read again as soon as the live stream announces a change, each
 * document only when its version changed. Its rows feed the participants' table, its grids the Synthesis and
 * the collective outputs. Loaded with the workshop mode.
 */
import {
  analyseAtp,
  parseSaved,
  parseSavedAtp,
  parseSavedPrinciples,
  type AtpConfig,
  type AtpData,
  type PrinciplesData,
} from '../../core/runtime.js';
import type { ParticipantRegister } from '../../core/workshop.js';
import type { OverviewParticipant, WorkshopClient } from './workshop-client.js';
import type { ParticipantRow } from './workshop-facilitator-view.js';

/** One participant's documents as last read. */
interface Progress {
  atp?: AtpData | 'unreadable';
  answers?: number | 'unreadable';
  principles?: PrinciplesData | 'unreadable';
}

export interface ProgressSource {
  client(): WorkshopClient | undefined;
  token(): string;
  /** The page's grid config id: a participant's grid of another config is not theirs for this page. */
  atpConfig(): AtpConfig | undefined;
  /** A participant joined since the last overview. */
  joined(name: string): void;
  /** What was read changed: the grids, the rows. */
  changed(): void;
}

const DOC_PATH = /\/participants\/([^/]+)\/documents\/([^/]+)$/;

export class ParticipantsProgress {
  private people: OverviewParticipant[] = [];
  private progress = new Map<string, Progress>();
  /** Each document's ETag as last read (the overview's), so that a refresh reads only what changed. */
  private etags = new Map<string, string>();
  /** The last read started per document: an earlier read that ends after it is dropped. */
  private turns = new Map<string, number>();
  /** Participants removed here: an overview read before the removal must not bring them back. */
  private removed = new Set<string>();
  /** Every readable grid, in the order participants joined (a new array when anything was read). */
  grids: AtpData[] = [];
  /** Whose grid each of `grids` is. */
  gridNames: string[] = [];

  constructor(private readonly source: ProgressSource) {}

  get count(): number {
    return this.people.length;
  }

  /** The facilitator's overview read again: new participants, and the documents whose version changed. */
  async refresh(): Promise<void> {
    const client = this.source.client();
    if (!client) return;
    let overview;
    try {
      overview = await client.overview(this.source.token());
    } catch {
      return; // the stream's state says the server is away; the next refresh tries again
    }
    const people = overview.participants.filter((p) => !this.removed.has(p.id));
    const known = new Set(this.people.map((p) => p.id));
    for (const p of people) if (!known.has(p.id) && this.people.length) this.source.joined(p.name);
    this.people = people;
    await Promise.all(
      people.flatMap((p) =>
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

  /** The live stream named a document: read it again (an unknown participant: the overview first). */
  async onChange(path: string): Promise<void> {
    const [, rawParticipant, rawKey] = DOC_PATH.exec(path) ?? [];
    if (!rawParticipant || !rawKey) return;
    const participant = decodeURIComponent(rawParticipant);
    if (this.removed.has(participant)) return;
    if (!this.people.some((p) => p.id === participant)) return this.refresh();
    await this.read(participant, decodeURIComponent(rawKey));
    this.feed();
  }

  /** A participant removed with their documents: gone from the rows, the grids and the outputs at once. */
  forget(participant: string): void {
    this.removed.add(participant);
    this.people = this.people.filter((p) => p.id !== participant);
    this.progress.delete(participant);
    this.feed();
  }

  /** Reads one participant's document and keeps what it says of their progress. */
  private async read(participant: string, key: string): Promise<void> {
    const client = this.source.client();
    if (!client) return;
    const path = `/api/workshops/${encodeURIComponent(client.workshop)}/participants/${encodeURIComponent(participant)}/documents/${encodeURIComponent(key)}`;
    const turn = (this.turns.get(path) ?? 0) + 1;
    this.turns.set(path, turn);
    let text: string | null;
    try {
      text = await client.read(this.source.token(), path);
    } catch {
      return;
    }
    if (this.turns.get(path) !== turn || this.removed.has(participant)) return; // a later read will tell
    const progress = { ...this.progress.get(participant) };
    const atpId = this.source.atpConfig()?.id;
    if (/:atp:/.test(key) && (!atpId || key.endsWith(`:atp:${atpId}`))) {
      const parsed = text === null ? null : parseSavedAtp(text);
      progress.atp = parsed === null ? undefined : parsed.ok ? parsed.data : 'unreadable';
    } else if (/:questionnaire:/.test(key)) {
      const parsed = text === null ? null : parseSaved(text);
      progress.answers =
        parsed === null ? undefined : parsed.ok ? Object.keys(parsed.saved.responses.answers).length : 'unreadable';
    } else if (/:principles:/.test(key)) {
      const parsed = text === null ? null : parseSavedPrinciples(text);
      progress.principles = parsed === null ? undefined : parsed.ok ? parsed.data : 'unreadable';
    } else return;
    this.progress.set(participant, progress);
  }

  private feed(): void {
    const withGrid = this.people.filter((p) => typeof this.progress.get(p.id)?.atp === 'object');
    this.grids = withGrid.map((p) => this.progress.get(p.id)?.atp as AtpData);
    this.gridNames = withGrid.map((p) => p.name);
    this.source.changed();
  }

  /** The proposals each participant stated in their own checklist, in the order they joined. */
  registers(): ParticipantRegister[] {
    return this.people.flatMap((p) => {
      const data = this.progress.get(p.id)?.principles;
      return typeof data === 'object' ? [{ name: p.name, data }] : [];
    });
  }

  rows(): ParticipantRow[] {
    const config = this.source.atpConfig();
    return this.people.map((p) => {
      const progress = this.progress.get(p.id);
      const row: ParticipantRow = { id: p.id, name: p.name, group: p.group };
      if (p.revoked) row.revoked = true;
      const data = progress?.atp;
      if (data === 'unreadable') row.grid = data;
      else if (data) {
        const groups = config ? analyseAtp(config, data).groups : [];
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
}
