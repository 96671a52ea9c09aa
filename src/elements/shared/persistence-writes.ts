/**
 * Persistence's writes: changes coalesced into one write (never later than SAVE_DELAY_MS) of what is computed
 * when it is written; `flush`, which the page hidden or closed (persistence-state.ts) and the element leaving
 * (persistence.ts) call at once; a write held (a conflict, unreadable data, an erase) or failed stays pending;
 * a document that could not be read is read again before anything is written to it. And the write that settles
 * a conflict (`resolve`): the stored document read again, then the widget's decision written over it, or not.
 */
import type { StorageAdapter, StorageErrorReason } from '../../core/runtime.js';
import { reasonOf } from './persistence-state.js';
import { PersistenceSetAside } from './persistence-set-aside.js';

/** How long changes are coalesced before they are written (a burst of clicks is one write). */
export const SAVE_DELAY_MS = 250;

/**
 * How settling a conflict ended (see Persistence.resolve): the stored text it read, or what failed. A read
 * that fails, or a write that conflicts again, leaves the conflict standing.
 */
export type Resolution =
  { ok: true; stored: string | null } | { ok: false; reason: StorageErrorReason; operation: 'read' | 'write' };

export abstract class PersistenceWrites extends PersistenceSetAside {
  private timer?: ReturnType<typeof setTimeout>;
  /** The read in flight for `unread`: a burst of changes waits for one read, not one each. */
  protected rereading?: Promise<boolean>;

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
      const reading: Promise<boolean> = (this.rereading ??= this.readAgain(key, adapter).finally(() => {
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

  /**
   * The stored document could not be read when it was opened: reads it again. True when it now reads as
   * absent, so that writing loses nothing. While it still cannot be read, the edits stay pending (the
   * warning already says so). See {@link settle} for a document found there.
   */
  private async readAgain(key: string, adapter: StorageAdapter): Promise<boolean> {
    let text: string | null;
    try {
      text = await adapter.load(key);
    } catch {
      return false;
    }
    if (this.key !== key || this.adapter !== adapter || !this.unread) return !this.unread;
    return this.settle(text);
  }

  /** Reads, outside of a write, the document that could not be read at opening (back online). */
  protected override async refresh(): Promise<void> {
    const { key, adapter } = this;
    if (!key || !adapter) return;
    let text: string | null;
    try {
      text = await adapter.load(key);
    } catch {
      return;
    }
    if (this.key !== key || this.adapter !== adapter || !this.unread) return;
    if (this.settle(text) && this.snapshot) await this.flush();
  }

  /**
   * Settles a conflict (the document changed elsewhere, or was there all along while this page could not
   * read it): reads it again (an adapter that checks versions takes the current one). A text `readable` refuses
   * is set aside first (the conflict stands if that fails) and counts as absent. Then `decide(stored)` says
   * what becomes of it: a text is written over it (it must hold the widget's edits: what was pending is
   * dropped); `null` writes nothing (the stored version wins: what was pending is dropped); `undefined` leaves
   * the conflict standing. Nothing else is written until this ends; edits made while the text is written are
   * written after it. Reports nothing: the widget says how it went (a failed try leaves the conflict standing,
   * but for a write that fails for another reason, which stays pending like any other).
   */
  async resolve(
    readable: (stored: string) => boolean,
    decide: (stored: string | null) => string | null | undefined,
  ): Promise<Resolution> {
    const { key, adapter, eras } = this;
    const moved = () => this.key !== key || this.adapter !== adapter || this.eras !== eras;
    const standing: Resolution = { ok: false, reason: 'conflict', operation: 'write' };
    if (!key || !adapter || this.erasing) return standing; // an erase is under way
    this.hold(true);
    let stored: string | null;
    try {
      stored = await adapter.load(key);
    } catch (error) {
      return { ok: false, reason: reasonOf(error), operation: 'read' };
    }
    if (moved()) return standing;
    this.unread = false;
    this.blocked = false;
    this.lastText = stored;
    this.events.onReadable(); // a read failure (the page opened offline) is over
    if (stored !== null && !readable(stored)) {
      if (!(await this.setAside(stored)) || moved()) return standing; // never written over
      stored = null;
    }
    const text = decide(stored);
    if (moved() || text === undefined) return standing;
    this.dropPending();
    if (text === null) {
      this.hold(false);
      return { ok: true, stored };
    }
    try {
      this.lastText = text;
      await this.send(() => adapter.save(key, text));
    } catch (error) {
      const reason = reasonOf(error);
      if (!moved()) {
        // The decided version is pending again: held if this write conflicted too, else tried as any write.
        this.snapshot ??= () => text;
        this.failed = true;
        if (reason !== 'conflict') this.hold(false);
        this.guard();
      }
      return { ok: false, reason, operation: 'write' };
    }
    if (moved()) return { ok: true, stored };
    this.failed = this.unsent = false;
    this.hold(false);
    this.wrote();
    if (this.snapshot) void this.flush();
    return { ok: true, stored };
  }
}
