/**
 * Persistence's "erase my answers": the stored document and every copy this session set aside, each in its
 * own storage; the copies an erase could not remove, tried again after each write that works; and the hand-over
 * when the host gives data while an erase runs. Nothing is written while an erase runs (see flush).
 */
import { PersistenceState, reasonOf } from './persistence-state.js';

export abstract class PersistenceErase extends PersistenceState {
  abstract dropPending(): void; // the writes' (persistence-writes.ts)

  /**
   * The host gives data while an erase runs (`setData()`, `setResponses()`, a project import): the erase goes
   * on with the stored document, but no longer owns the screen, nor drops what is pending; the host's data is
   * written (after the erase, with an adapter that keeps each key's calls in order, as every adapter must).
   */
  takeOver(): void {
    if (this.erasing) this.eras++;
  }

  /** True when a copy set aside under `key` is still there, as far as this page knows (not erased). */
  keepsCopy(key: string): boolean {
    return this.asideCopies.some((c) => c.key === key);
  }

  /**
   * Erases the stored document and the copies set aside this session ("erase my answers"), each in the storage
   * it was set aside in. False when some of it could not be erased (reported): the copies left are tried again
   * after each write that works, and until they are erased that write does not end the warning (the user must
   * never take the erase for done). Nothing is written while it runs: what was edited on the screen being
   * erased is dropped, never written back after the erase. During a conflict it erases the version from
   * elsewhere too (an erase that conflicts is one: erasing again erases it).
   */
  async remove(): Promise<boolean> {
    const { key, adapter } = this;
    if (!key || !adapter) return false; // nothing open: nothing this page could erase (see isOpen)
    const era = ++this.eras;
    const held = this.conflicted; // a conflict from before the erase ends with it; not one that comes up meanwhile
    this.dropPending();
    this.unerased = [...this.asideCopies];
    this.erasingEra = this.erasedAt = era;
    try {
      try {
        this.lastText = null;
        await this.send(async () => {
          // Erased while a conflict stands: the user erases the version from elsewhere too. It is read first
          // (an adapter that checks versions takes it as seen), or the erase would conflict again, forever.
          if (held) await adapter.load(key);
          await adapter.remove(key);
        });
      } catch (error) {
        const reason = reasonOf(error);
        // The document changed elsewhere since it was read: erasing it waits for the user, as a write would.
        if (reason === 'conflict' && this.eras === era) this.hold(true);
        else this.unsent = true;
        this.guard();
        this.events.onError(reason, 'remove', error);
        return false;
      }
      this.unsent = false;
      // The document is gone: nothing left to conflict with, nor to keep from being written over (unless
      // another one was opened meanwhile). What the host gave meanwhile (takeOver) may be written now.
      if (this.key === key && this.adapter === adapter) {
        this.blocked = this.unread = false;
        if (held) this.hold(false);
        if (this.snapshot && this.eras !== era) void this.flush();
      }
      return await this.eraseCopies(era);
    } finally {
      // What was edited on the screen being erased goes; not what was edited since in another document, or
      // after a later erase.
      if (this.erasingEra === era) {
        this.erasingEra = undefined;
        if (this.eras === era) this.dropPending();
      }
    }
  }

  /**
   * Erases the copies an erase left. Reports a failure only if nothing was erased or opened since `era` (a try
   * overtaken says nothing). Tries do not wait for each other: one that
   * never ends blocks nothing.
   */
  protected async eraseCopies(era: number): Promise<boolean> {
    for (const copy of [...this.unerased]) {
      try {
        await copy.adapter.remove(copy.key);
      } catch (error) {
        if (!this.unerased.includes(copy)) continue; // another try erased it meanwhile
        if (this.eras === era) this.events.onError(reasonOf(error), 'remove', error);
        return false;
      }
      this.unerased = this.unerased.filter((c) => c !== copy);
      this.asideCopies = this.asideCopies.filter((c) => c !== copy);
    }
    return true;
  }

  /**
   * A write went through: said so at once, unless an erase left copies. Those are tried now, and the write is
   * said only once they are erased (and if nothing was erased or opened since): until then the erase's warning
   * stays.
   */
  protected wrote(): void {
    if (!this.unerased.length) return this.events.onSaved(new Date());
    const era = this.eras;
    void this.eraseCopies(era).then((erased) => {
      if (erased && this.eras === era) this.events.onSaved(new Date());
    });
  }
}
