/** The two ways a widget settles a conflict over its stored document: ask the user, or merge (see ConflictPolicy). */
import type { Resolution } from './persistence.js';
import type { DocumentController } from './document-controller.js';

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
 * What both policies share: the era (see Persistence.era) of the try at settling under way, if any. Another
 * try on the same document waits for it; one left over from another document, or from before an erase, does
 * not count (it stands down by itself).
 */
abstract class Settler<Config, Data, Stored> {
  private era?: number;

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
   * everything). `run` may resolve to a function: what to do once the try is over (try again).
   */
  protected async attempt(run: (era: number) => Promise<unknown>): Promise<void> {
    const persistence = this.doc.persistence;
    if (this.settling || persistence.erasing) return;
    const era = persistence.era;
    this.mark(era);
    let next: unknown;
    try {
      next = await run(era);
    } finally {
      if (this.era === era) this.mark(undefined);
      if (typeof next === 'function') next();
    }
  }
}

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

  /**
   * The user keeps this page's version after a conflict: the saved one is read again (an adapter that
   * checks versions takes it as seen) and this one is written over it; unreadable data is set aside first.
   */
  keepMine = (): Promise<void> => {
    const { doc } = this;
    if (doc.data === undefined) return Promise.resolve();
    return this.attempt(async (era) => {
      const result = await doc.resolve(() => (doc.data === undefined ? undefined : doc.kind.serialize(doc.data)));
      // Erased or another document meanwhile: this try stood down, and there is nothing to say about it.
      if (era === doc.persistence.era) this.afterResolve(result, doc.options.strings().widgetKeptMine);
    });
  };

  /**
   * The user loads the saved version after a conflict (confirmed in a dialog): it replaces this page's
   * (unreadable saved data is set aside, and the widget starts afresh).
   */
  loadSaved = (): Promise<void> => {
    const { doc } = this;
    const { kind, options } = doc;
    if (!options.model()) return Promise.resolve();
    return this.attempt(async () => {
      const token = doc.overtake();
      let loaded: Data | undefined;
      const result = await doc.resolve((stored) => {
        if (token !== doc.token) return undefined; // the host gave data meanwhile: still to settle
        const parsed = stored === null ? undefined : doc.parse(stored);
        if (parsed?.ok) loaded = kind.document(parsed.data);
        return null;
      });
      const model = options.model();
      if (token !== doc.token || !model) return; // overtaken: the conflict stands (see StorageStatus.shown())
      if (result.ok) {
        doc.show(loaded ? kind.fit(model, loaded) : kind.create(model), !!loaded);
        doc.status.savedAt = undefined; // "Saved" (elsewhere), not when this page last saved
      }
      this.afterResolve(result, options.strings().widgetLoadedSaved);
    });
  };

  /**
   * How a try at settling a conflict ended. Settled: the warning goes, the choice is announced, focus moves
   * to the heading (the button pressed is gone). Settled but not written (the network): the warning says so,
   * and the write is tried again as any other. Not settled: the conflict stands, and the user hears it
   * (focus goes to the heading only if the button pressed is gone, replaced by a set-aside warning).
   */
  private afterResolve(result: Resolution, settled: string): void {
    const { doc } = this;
    const { host, options } = doc;
    const outcome = doc.status.settle(result);
    if (outcome === 'standing') {
      options.announce(options.strings().storageNotSettled);
      options.focusAfterUpdate(() => void ((host.renderRoot as ShadowRoot).activeElement || doc.focusHeading()));
    } else {
      if (outcome === 'settled') options.announce(settled);
      options.focusAfterUpdate(() => doc.focusHeading());
    }
    host.requestUpdate();
  }
}

/**
 * Both versions are merged (nothing is lost), whether the conflict came from a write or another tab's change,
 * and the merge is saved. When it cannot be (the stored version could not be read, or changed once more), the
 * conflict is shown, with "Merge again" ({@link MergePolicy.merge} with `retry`).
 */
export class MergePolicy<Config, Data, Stored>
  extends Settler<Config, Data, Stored>
  implements ConflictPolicy<Config, Data>
{
  constructor(
    doc: DocumentController<Config, Data, Stored>,
    private readonly mergeDocs: (model: Config, mine: Data, stored: Data) => Data,
  ) {
    super(doc);
  }

  /**
   * The stored document changed elsewhere (or was there all along, unread): merged at once, as another tab's
   * change is. A conflict while a merge is under way is that merge's to settle (its read comes after the
   * write that conflicted). An erase that conflicts is not merged (the erased data would come back): it is
   * shown, and `reset()` says it failed.
   */
  onConflict(operation: 'read' | 'write' | 'remove'): boolean {
    if (operation === 'remove') return false;
    if (this.settling) return true;
    if (!this.doc.options.model() || this.doc.data === undefined) return false;
    void this.merge();
    return true;
  }

  followsOutside(): boolean {
    return true;
  }

  takeOutside(model: Config, mine: Data, stored: Data): boolean {
    const { doc } = this;
    const merged: Data = this.mergeDocs(model, mine, stored);
    // Stored must become the merge whenever it differs from it, even if nothing changes on this screen.
    const changedHere = JSON.stringify(merged) !== JSON.stringify(mine);
    doc.data = merged;
    if (JSON.stringify(merged) !== JSON.stringify(stored)) doc.save();
    if (!changedHere) return false;
    if (doc.kind.savedAt) doc.status.savedAt = doc.kind.savedAt(merged);
    return true;
  }

  /**
   * Merges the stored document with this page's and saves the merge. `retry`: the user asked ("Merge again"),
   * and hears how it went; focus leaves the vanished button.
   */
  merge(retry = false): Promise<void> {
    const { doc } = this;
    const { persistence, kind, options } = doc;
    const token = doc.token;
    return this.attempt(async (era) => {
      let changedHere = false;
      const result = await doc.resolve((stored) => {
        const model = options.model();
        const mine = doc.data;
        if (!model || mine === undefined || token !== doc.token) return undefined;
        const parsed = stored === null ? undefined : doc.parse(stored);
        let next: Data = mine;
        if (parsed?.ok) {
          next = this.mergeDocs(model, mine, kind.document(parsed.data));
          changedHere = JSON.stringify(next) !== JSON.stringify(mine);
          doc.data = next;
        }
        return kind.serialize(next);
      });
      if (token !== doc.token || era !== persistence.era) {
        const held = persistence.inConflict && doc.status.problem?.reason !== 'conflict';
        // The host gave other data meanwhile: merge that (unless the conflict is shown: the user has "Merge
        // again"). Erased (failing) or another document: this merge stood down; writes still held are shown
        // as the conflict this merge took over, and reported now (they never were).
        if (era === persistence.era) return held ? () => void this.merge(retry) : undefined;
        if (held && !this.settling) doc.status.failed({ reason: 'conflict', operation: 'write' });
        return;
      }
      const outcome = doc.status.settle(result);
      if (outcome === 'settled' && changedHere) options.announce(options.strings().storageMerged);
      if (!retry) return;
      if (outcome === 'standing') return options.announce(options.strings().storageNotSettled);
      options.focusAfterUpdate(() => doc.focusHeading());
      doc.host.requestUpdate();
    });
  }
}
