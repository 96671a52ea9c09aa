/**
 * How a widget settles a conflict over its stored document (see ConflictPolicy): what every policy shares
 * (Settler, the code that settles, loaded after the first paint) and asking the user (AskPolicy). The merge is the
 * questionnaire's alone (merge-policy.ts), so that the other widgets' pages do not carry it.
 */
import type { DocumentController } from './document-controller.js';
import { rare } from './persistence-state.js';

/**
 * How a widget settles a conflict (its stored document changed elsewhere, or was there all along while this
 * page could not read it): the ATP grid and the checklist ask the user (keep mine / load the saved version),
 * the questionnaire merges both versions at once (its answers merge question by question) and follows every
 * other tab the same way. The policy also says what another tab's version does to this page's.
 */
export interface ConflictPolicy<Config, Data> {
  /** A try at settling is under way on the current document: the conflict is its own, not shown meanwhile. */
  readonly settling: boolean;
  /** Persistence reports a conflict: true when the policy takes it over (it is then neither shown nor reported). */
  onConflict(operation: 'read' | 'write' | 'remove'): boolean;
  /** Whether another tab's version is taken now. */
  followsOutside(): boolean;
  /** Another tab's readable version, as stored: true when what this page shows changed (it is announced). */
  takeOutside(model: Config, mine: Data, stored: Data): boolean;
}

/**
 * The code that settles conflicts, with the rest of the storage's rare paths (persistence-state.ts's `rare`: the
 * write that settles, set-asides, erases): they are rare, so it loads after the first paint, as soon as a
 * document opens.
 */
let settleCode: Promise<typeof import('./conflict-settle.js')> | undefined;
export function loadSettleCode(): Promise<typeof import('./conflict-settle.js')> {
  return (settleCode ??= Promise.all([import('./conflict-settle.js'), rare.load()]).then(
    ([code]) => code,
    (error: unknown) => {
      settleCode = undefined; // the network came back: the next try fetches it again
      throw error;
    },
  ));
}

/**
 * What both policies share: the era (see Persistence.era) of the try at settling under way, if any. Another
 * try on the same document waits for it; one left over from another document, or from before an erase, does
 * not count (it stands down by itself).
 */
export abstract class Settler<Config, Data, Stored> {
  private era?: number;

  /** The code a try at settling needs (the merge policy adds its merge). */
  protected load(): Promise<SettleCode> {
    return loadSettleCode();
  }

  constructor(protected readonly doc: DocumentController<Config, Data, Stored>) {}

  get settling(): boolean {
    return this.era === this.doc.persistence.era;
  }

  private mark(era: number | undefined): void {
    this.era = era;
    this.doc.host.requestUpdate();
  }

  /**
   * Runs a try at settling on the current document (never while one runs, nor during an erase, which settles
   * everything), with the settling code. `run` may resolve to a function: what to do once the try is over
   * (try again). When the code cannot be loaded, `unloaded` says so (the conflict stays held meanwhile).
   */
  protected async attempt(
    run: (code: SettleCode, era: number) => Promise<unknown>,
    unloaded?: () => void,
  ): Promise<void> {
    const persistence = this.doc.persistence;
    if (this.settling || persistence.erasing) return;
    const era = persistence.era;
    this.mark(era);
    let next: unknown;
    try {
      let code: SettleCode;
      try {
        code = await this.load();
      } catch {
        return unloaded?.();
      }
      next = await run(code, era);
    } finally {
      if (this.era === era) this.mark(undefined);
      if (typeof next === 'function') next();
    }
  }
}

export type SettleCode = typeof import('./conflict-settle.js');

/** The user chooses which version stands; another tab's version replaces this page's (each change is saved at once). */
export class AskPolicy<Config, Data, Stored>
  extends Settler<Config, Data, Stored>
  implements ConflictPolicy<Config, Data>
{
  /** A conflict is shown: the user settles it. */
  onConflict(): boolean {
    return false;
  }

  // After a conflict the user's version stays on screen until they choose: a newer version from elsewhere
  // must not replace it unseen.
  followsOutside(): boolean {
    return !this.doc.persistence.inConflict;
  }

  takeOutside(model: Config, _mine: Data, stored: Data): boolean {
    this.doc.persistence.dropPending();
    this.doc.show(this.doc.kind.fit(model, stored), true);
    return true;
  }

  /** "Keep my version" (see conflict-settle.ts). */
  keepMine = (): Promise<void> => {
    if (this.doc.data === undefined) return Promise.resolve();
    return this.attempt((code, era) => code.keepMine(this.doc, era));
  };

  /** "Load the saved version", confirmed (see conflict-settle.ts). */
  loadSaved = (): Promise<void> => {
    if (!this.doc.options.model()) return Promise.resolve();
    return this.attempt((code) => code.loadSaved(this.doc));
  };
}
