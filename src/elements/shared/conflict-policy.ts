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

/** The user chooses which version stands; another tab's version replaces this page's (each change is saved at once). */
export class AskPolicy<Config, Data, Stored> implements ConflictPolicy<Config, Data> {
  /**
   * The era (see Persistence.era) of the user's choice being carried out, if any: another click on the same
   * document waits for it; one left over from another document, or from before an erase, does not count.
   */
  private settlingEra?: number;

  constructor(private readonly doc: DocumentController<Config, Data, Stored>) {}

  get settling(): boolean {
    return this.settlingEra === this.doc.persistence.era;
  }

  private settle(era: number | undefined): void {
    this.settlingEra = era;
    this.doc.host.requestUpdate();
  }

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
  keepMine = async (): Promise<void> => {
    const { doc } = this;
    const persistence = doc.persistence;
    // While an erase runs, it settles everything (the warning goes when it ends).
    if (this.settling || doc.data === undefined || persistence.erasing) return;
    const era = persistence.era;
    this.settle(era);
    try {
      const result = await persistence.resolve(
        (stored) => doc.parse(stored).ok,
        () => (doc.data === undefined ? undefined : doc.kind.serialize(doc.data)),
      );
      // Erased or another document meanwhile: this try stood down, and there is nothing to say about it.
      if (era === persistence.era) this.afterResolve(result, doc.options.strings().widgetKeptMine);
    } finally {
      if (this.settlingEra === era) this.settle(undefined);
    }
  };

  /**
   * The user loads the saved version after a conflict (confirmed in a dialog): it replaces this page's
   * (unreadable saved data is set aside, and the widget starts afresh).
   */
  loadSaved = async (): Promise<void> => {
    const { doc } = this;
    const { persistence, kind } = doc;
    if (this.settling || !doc.options.model() || persistence.erasing) return;
    const era = persistence.era;
    this.settle(era);
    const token = doc.overtake();
    const locale = doc.options.locale();
    let loaded: Data | undefined;
    try {
      const result = await persistence.resolve(
        (stored) => kind.parseStored(stored, locale).ok,
        (stored) => {
          if (token !== doc.token) return undefined; // the host gave data meanwhile: still to settle
          const parsed = stored === null ? undefined : kind.parseStored(stored, locale);
          if (parsed?.ok) loaded = kind.document(parsed.data);
          return null;
        },
      );
      const model = doc.options.model();
      if (token !== doc.token || !model) return; // overtaken: the conflict stands (see StorageStatus.shown())
      if (result.ok) {
        doc.show(loaded ? kind.fit(model, loaded) : kind.create(model), !!loaded);
        doc.status.savedAt = undefined; // "Saved" (elsewhere), not when this page last saved
      }
      this.afterResolve(result, doc.options.strings().widgetLoadedSaved);
    } finally {
      if (this.settlingEra === era) this.settle(undefined);
    }
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
    const heading = () => host.renderRoot.querySelector<HTMLElement>(doc.kind.heading)?.focus();
    if (outcome === 'standing') {
      options.announce(options.strings().storageNotSettled);
      options.focusAfterUpdate(() => void ((host.renderRoot as ShadowRoot).activeElement || heading()));
    } else {
      if (outcome === 'settled') options.announce(settled);
      options.focusAfterUpdate(heading);
    }
    host.requestUpdate();
  }
}

/**
 * Both versions are merged (nothing is lost), whether the conflict came from a write or another tab's change,
 * and the merge is saved. When it cannot be (the stored version could not be read, or changed once more), the
 * conflict is shown, with "Merge again" ({@link MergePolicy.merge} with `retry`).
 */
export class MergePolicy<Config, Data, Stored> implements ConflictPolicy<Config, Data> {
  /**
   * The era (see Persistence.era) of the merge under way, if any. A merge left over from another document or
   * from before an erase stands down by itself: it does not count as under way for the current one.
   */
  private mergingEra?: number;

  constructor(
    private readonly doc: DocumentController<Config, Data, Stored>,
    private readonly mergeDocs: (model: Config, mine: Data, stored: Data) => Data,
  ) {}

  get settling(): boolean {
    return this.mergingEra === this.doc.persistence.era;
  }

  private settle(era: number | undefined): void {
    this.mergingEra = era;
    this.doc.host.requestUpdate();
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
  async merge(retry = false): Promise<void> {
    const { doc } = this;
    const { persistence, kind, host, options } = doc;
    if (this.settling || persistence.erasing) return;
    const token = doc.token;
    const era = persistence.era;
    this.settle(era);
    let changedHere = false;
    let again = false;
    try {
      const locale = options.locale();
      const result = await persistence.resolve(
        (stored) => kind.parseStored(stored, locale).ok,
        (stored) => {
          const model = options.model();
          const mine = doc.data;
          if (!model || mine === undefined || token !== doc.token) return undefined;
          const parsed = stored === null ? undefined : kind.parseStored(stored, locale);
          let next: Data = mine;
          if (parsed?.ok) {
            next = this.mergeDocs(model, mine, kind.document(parsed.data));
            changedHere = JSON.stringify(next) !== JSON.stringify(mine);
            doc.data = next;
          }
          return kind.serialize(next);
        },
      );
      if (token !== doc.token || era !== persistence.era) {
        const held = persistence.inConflict && doc.status.problem?.reason !== 'conflict';
        // The host gave other data meanwhile: merge that (unless the conflict is shown: the user has "Merge
        // again"). Erased (failing) or another document: this merge stood down; writes still held are shown
        // as the conflict this merge took over, and reported now (they never were).
        if (era === persistence.era) again = held;
        else if (held && !this.settling) doc.status.failed({ reason: 'conflict', operation: 'write' });
        return;
      }
      const outcome = doc.status.settle(result);
      if (outcome === 'settled' && changedHere) options.announce(options.strings().storageMerged);
      if (!retry) return;
      if (outcome === 'standing') return options.announce(options.strings().storageNotSettled);
      options.focusAfterUpdate(() => host.renderRoot.querySelector<HTMLElement>(kind.heading)?.focus());
      host.requestUpdate();
    } finally {
      if (this.mergingEra === era) this.settle(undefined);
      if (again) void this.merge(retry);
    }
  }
}
