/**
 * Persistence's doors to its rare paths, whose code loads on first use (`rare`): unreadable stored
 * text set aside, the first view of a document that could not be read at opening, "erase my answers". Each door
 * holds writes while the code loads, and says what becomes of the data when it cannot be loaded: never written
 * over, never dropped, and the widget says so (its storage warning).
 */
import type { StorageAdapter } from '../../core/runtime.js';
import { PersistenceState, rare } from './persistence-state.js';

export abstract class PersistenceRarePaths extends PersistenceState {
  /** The read in flight for `unread`: a burst of changes waits for one read, not one each. */
  protected rereading?: Promise<boolean>;

  /**
   * What the widget can read of the document just opened, from `raw` (what open() gave) on: text `parse`
   * refuses (`ok` false) is set aside, and if another tab or a poll brought a newer version meanwhile, that one
   * is read instead. Undefined when nothing readable is there (the widget starts afresh), or when `current()`
   * says the widget moved on during a set-aside.
   */
  async readFrom<T extends { ok: boolean }>(
    raw: string | null | undefined,
    parse: (raw: string) => T,
    current: () => boolean,
  ): Promise<T | undefined> {
    while (raw) {
      const parsed = parse(raw);
      if (parsed.ok) return parsed;
      await this.setAside(raw);
      if (!current() || this.lastText === raw) return undefined;
      raw = this.lastText;
    }
    return undefined;
  }

  /**
   * Copies unreadable stored text to a key of its own (persistence-set-aside.ts); until that succeeds the
   * original is never overwritten. True when it was set aside. Without the code to do it, it is as if the copy
   * failed: the text is never written over, and the warning says so.
   */
  setAside(raw: string): Promise<boolean> {
    const { eras, seen } = this;
    return this.withRare(
      (error) => {
        if (this.eras !== eras || this.seen !== seen) return false; // nothing left to keep from being written over
        this.blocked = true;
        this.events.onError('corrupt', 'read', error);
        return false;
      },
      (code) => code.setAside(this, raw),
    );
  }

  /**
   * A poll or another tab shows `raw`, the first view of a document that could not be read (or unreadable
   * text): settled (persistence-set-aside.ts), then what is pending may be written. Writes wait meanwhile;
   * without the code, unreadable text is never written over (and the warning says so), and a document still
   * unread stays so (its edits pending) until the next view.
   */
  protected settleLater(raw: string | null, key: string, adapter: StorageAdapter): void {
    void this.withRare(
      (error) => {
        if (raw === null || this.events.readable?.(raw) !== false) return;
        this.blocked = true;
        this.events.onError('corrupt', 'read', error);
      },
      (code) => {
        if (this.key !== key || this.adapter !== adapter) return;
        if (code.settle(this, raw) && this.snapshot) void this.flush();
      },
    );
  }

  /** Reads, outside of a write, the document that could not be read at opening (back online). */
  protected override refresh(): Promise<void> {
    return this.withRare(
      () => undefined,
      (code) => code.refresh(this),
    );
  }

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
   * Erases the stored document and the copies set aside this session ("erase my answers", see
   * persistence-erase.ts). False when some of it could not be erased (reported). Nothing is written while it
   * runs, nor while its code loads. Without that code nothing is erased nor dropped: the erase no longer owns the
   * screen (the edits stay there, and are written), and the warning says it was not erased.
   */
  remove(): Promise<boolean> {
    const { key, adapter } = this;
    if (!key || !adapter) return Promise.resolve(false); // nothing open: nothing this page could erase (see isOpen)
    const era = ++this.eras;
    const held = this.conflicted; // a conflict from before the erase ends with it; not one that comes up meanwhile
    const erasedBefore = this.erasedAt;
    this.erasingEra = this.erasedAt = era;
    return this.withRare(
      (error) => {
        if (this.erasingEra === era) this.erasingEra = undefined;
        if (this.erasedAt === era) this.erasedAt = erasedBefore;
        if (this.eras === era) this.eras++;
        this.events.onError('unknown', 'remove', error);
        if (this.snapshot) void this.flush();
        return false;
      },
      (code) => code.erase(this, key, adapter, era, held),
    );
  }

  /**
   * A write went through: said so at once, unless an erase left copies. Those are tried now (the erase's code
   * is there: it left them), and the write is said only once they are erased: until then the erase's warning
   * stays.
   */
  wrote(): void {
    if (!this.unerased.length) return this.events.onSaved(new Date());
    void rare.load().then(
      (code) => code.wroteAfterErase(this),
      () => undefined,
    );
  }
}
