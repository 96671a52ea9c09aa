/**
 * The controller that keeps a widget's stored document (Persistence): opening a document, following other tabs
 * and polls, the element's coming and going; and the public face over its parts: persistence-state.ts (what it
 * knows, the page's signals), -writes.ts (writes), -rare-paths.ts (the doors to the rare paths, whose code loads
 * on first use: -erase.ts, -set-aside.ts for unreadable data, -resolve.ts for conflicts).
 */
import type { StorageAdapter } from '../../core/runtime.js';
import { reasonOf } from './persistence-state.js';
import { PersistenceWrites } from './persistence-writes.js';

export type { PersistenceEvents } from './persistence-state.js';
export { SAVE_DELAY_MS } from './persistence-writes.js';
export type { Resolution } from './persistence-resolve.js';

/**
 * Keeps one stored document in step with the widget: coalesced writes (never later than SAVE_DELAY_MS),
 * flushed at once when the page is hidden or closed (`pagehide`, `visibilitychange`) and when the element
 * leaves the page; a failed write stays pending for the next of those; outside changes (another tab) reported;
 * corrupt or unreadable data never overwritten. After a conflict nothing is written (the edits stay pending)
 * until it is settled (persistence-resolve.ts).
 *
 * What is written is computed when it is written (`save()` takes a snapshot function), so a write that was
 * scheduled before another tab's change was merged writes the merged state, not a stale one.
 */
export class Persistence extends PersistenceWrites {
  private unsubscribe?: () => void;

  /**
   * True once a document is open (or being read): an erase before that, or while the previous document's
   * edits are written out before another one opens, has nothing (yet) of what is on screen to erase.
   */
  get isOpen(): boolean {
    return this.key !== undefined && this.switching === undefined;
  }
  /** The era of an open() still writing out the previous document. */
  private switching?: number;

  hostConnected(): void {
    this.connected = true;
    this.guard();
    window.addEventListener('pagehide', this);
    window.addEventListener('online', this);
    document.addEventListener('visibilitychange', this);
    // Moved in the page (a tab panel, a framework remount): follow other tabs again.
    if (this.key && this.adapter && !this.unsubscribe) this.subscribe(this.key, this.adapter);
  }

  hostDisconnected(): void {
    void this.flush();
    this.connected = false;
    this.guard();
    window.removeEventListener('pagehide', this);
    window.removeEventListener('online', this);
    document.removeEventListener('visibilitychange', this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private subscribe(key: string, adapter: StorageAdapter): void {
    this.unsubscribe = adapter.subscribe?.(key, (raw) => {
      const changed = raw !== this.lastText;
      if (changed) this.seen++;
      // The first view of a document that could not be read: a poll may bring it before any read does. So for
      // unreadable data this page could not set aside, replaced elsewhere, and for text the widget cannot read
      // (a newer format from another device): set aside before anything is written (see settle).
      const unreadable = changed && raw !== null && this.events.readable?.(raw) === false;
      const first = this.unread || (this.blocked && changed) || unreadable;
      if (first && this.key === key && this.adapter === adapter) {
        this.settleLater(raw, key, adapter);
        return;
      }
      if (raw === this.lastText) return;
      this.lastText = raw;
      this.events.onExternalChange(raw);
    });
  }

  /**
   * Opens `key` in `adapter`: what was pending for the previous key is written there first. Returns the
   * stored text (or null), `undefined` when it could not be read — then nothing is written to the key until
   * it reads (see {@link readAgain}).
   */
  async open(key: string, adapter: StorageAdapter): Promise<string | null | undefined> {
    // Edited on a screen being erased: dropped, not written to the erased document by the flush below.
    if (this.erasing) this.dropPending();
    this.eras++;
    const previous = this.key;
    const era = this.eras;
    this.switching = era;
    await this.flush();
    if (this.switching === era) this.switching = undefined;
    // What could not be written to the previous document (unreadable, or the write failed) belongs to it: never
    // to the next one, which this page has not read yet.
    if (previous !== undefined) this.dropPending();
    this.rereading = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.key = key;
    this.adapter = adapter;
    this.blocked = false;
    this.unread = false;
    this.failed = this.unsent = false;
    this.hold(false);
    this.subscribe(key, adapter);
    try {
      const text = await adapter.load(key);
      if (this.key === key && this.adapter === adapter) this.lastText = text;
      return text;
    } catch (error) {
      if (this.key === key && this.adapter === adapter) {
        this.blocked = true;
        this.unread = true;
      }
      this.events.onError(reasonOf(error), 'read', error);
      return undefined;
    }
  }
}
