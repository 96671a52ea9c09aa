/**
 * Persistence's writes: changes coalesced into one write (never later than SAVE_DELAY_MS) of what is computed
 * when it is written; `flush`, which the page hidden or closed (persistence-state.ts) and the element leaving
 * (persistence.ts) call at once; a write held (a conflict, unreadable data, an erase) or failed stays pending;
 * a document that could not be read is read again before anything is written to it (persistence-set-aside.ts,
 * loaded then). The write that settles a conflict is persistence-resolve.ts's, the erase persistence-erase.ts's:
 * persistence-rare-paths.ts opens those doors.
 */
import { PersistenceRarePaths } from './persistence-rare-paths.js';
import { reasonOf } from './persistence-state.js';

/** How long changes are coalesced before they are written (a burst of clicks is one write). */
export const SAVE_DELAY_MS = 250;

export abstract class PersistenceWrites extends PersistenceRarePaths {
  private timer?: ReturnType<typeof setTimeout>;

  /** Schedules a write of what `snapshot()` returns at write time; a burst of changes is one write. */
  save(snapshot: () => string): void {
    this.snapshot = snapshot;
    if (this.timer === undefined) this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
    this.guard();
  }

  /** Forgets what was scheduled (the stored document was erased elsewhere). */
  dropPending(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.snapshot = undefined;
    this.failed = false;
    this.guard();
  }

  /** Writes what is pending now, to the key and adapter open at this moment. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { key, adapter, snapshot } = this;
    // Nothing is open yet: keep it for the key about to be opened.
    if (!snapshot || !key || !adapter) return;
    // Pending until the conflict is settled; dropped by an erase under way (it was edited on the screen being erased).
    if (this.conflicted || this.erasing) return;
    const era = this.eras;
    if (this.unread) {
      // Without its code, the edits stay pending, as while it cannot be read (the warning says so already).
      const again = () =>
        this.withRare(
          () => false,
          (code) => code.readAgain(this, key, adapter),
        );
      const reading: Promise<boolean> = (this.rereading ??= again().finally(() => {
        if (this.rereading === reading) this.rereading = undefined;
      }));
      if (!(await reading)) return;
    }
    if (this.snapshot !== snapshot || this.key !== key || this.adapter !== adapter) return; // superseded meanwhile
    // A poll found a version while the document was read again: a conflict, held. Or unreadable data that could
    // not be set aside: never written over. Either way the edits stay pending (and the page asks before closing).
    if (this.conflicted || this.blocked || this.settingAside) return this.guard();
    this.snapshot = undefined;
    const text = snapshot();
    try {
      this.lastText = text;
      await this.send(() => adapter.save(key, text));
      // Overtaken by an erase (the document was removed after it): nothing to say, the erase speaks.
      if (this.erasedAt > era) return;
      this.failed = this.unsent = false;
      // An erase left copies behind: erased now, or its warning stays (this write does not end it).
      this.wrote();
    } catch (error) {
      // Overtaken by an erase: what it would have written was erased, and is never brought back (nor merged).
      if (this.erasedAt > era) return;
      this.failed = true;
      // Still pending: the next change, the page being hidden or closed, or the element leaving tries again,
      // so that a passing fault (a full disk freed, a network back) loses nothing. After a conflict, only once
      // it is settled: the document changed elsewhere, and only the user (or the widget's merge) may write over it.
      const reason = reasonOf(error);
      if (reason === 'conflict') this.hold(true);
      this.snapshot ??= snapshot;
      this.events.onError(reason, 'write', error);
    }
    this.guard();
  }
}
