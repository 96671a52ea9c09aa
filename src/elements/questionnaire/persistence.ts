import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StorageError, quarantineKey, type StorageAdapter, type StorageErrorReason } from '../../core/index.js';

/** How long changes are coalesced before they are written (a burst of clicks is one write). */
export const SAVE_DELAY_MS = 250;

export interface PersistenceEvents {
  /** A read or write failed; `key` is set when corrupt data was set aside under it. */
  onError(reason: StorageErrorReason, operation: 'read' | 'write' | 'remove', error: unknown, key?: string): void;
  /** A write succeeded (after a failure, the widget clears its warning). */
  onSaved(at: Date): void;
  /** Another tab changed the stored value. */
  onExternalChange(raw: string | null): void;
}

/**
 * Keeps one stored document in step with the widget: coalesced writes (never later than SAVE_DELAY_MS),
 * flushed at once when the page is hidden or closed (`pagehide`, `visibilitychange`) and when the element
 * leaves the page; outside changes (another tab) reported; corrupt data set aside, never overwritten.
 */
export class Persistence implements ReactiveController {
  private key?: string;
  private pending?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private unsubscribe?: () => void;
  /** True when corrupt data could not be set aside: the key must not be written over. */
  private blocked = false;
  /** The last text written or read, to recognise our own writes coming back as events. */
  private lastText?: string | null;

  constructor(
    host: ReactiveControllerHost,
    private readonly adapter: () => StorageAdapter,
    private readonly events: PersistenceEvents,
  ) {
    host.addController(this);
  }

  private readonly flushNow = () => void this.flush();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  hostConnected(): void {
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    void this.flush();
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * Opens `key`: returns its stored text (or null), `undefined` when it could not be read. Corrupt text is
   * recognised by the caller, which then calls `setAside()`.
   */
  async open(key: string): Promise<string | null | undefined> {
    await this.flush();
    this.unsubscribe?.();
    this.key = key;
    this.blocked = false;
    const adapter = this.adapter();
    this.unsubscribe = adapter.subscribe?.(key, (raw) => {
      if (raw === this.lastText) return;
      this.lastText = raw;
      this.events.onExternalChange(raw);
    });
    try {
      const text = await adapter.load(key);
      this.lastText = text;
      return text;
    } catch (error) {
      this.events.onError(reasonOf(error), 'read', error);
      return undefined;
    }
  }

  /** Copies unreadable stored text to a key of its own; until that succeeds the original is never overwritten. */
  async setAside(raw: string): Promise<void> {
    if (!this.key) return;
    const aside = quarantineKey(this.key);
    try {
      await this.adapter().save(aside, raw);
      this.events.onError('corrupt', 'read', undefined, aside);
    } catch (error) {
      this.blocked = true;
      this.events.onError('corrupt', 'read', error);
    }
  }

  /** Schedules `text` to be written; only the last text of a burst is written. */
  save(text: string): void {
    if (!this.key || this.blocked) return;
    this.pending = text;
    if (this.timer === undefined) this.timer = setTimeout(this.flushNow, SAVE_DELAY_MS);
  }

  /** Writes what is pending now. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const text = this.pending;
    const key = this.key;
    this.pending = undefined;
    if (text === undefined || !key || this.blocked) return;
    try {
      this.lastText = text;
      await this.adapter().save(key, text);
      this.events.onSaved(new Date());
    } catch (error) {
      this.events.onError(reasonOf(error), 'write', error);
    }
  }

  /** Erases the stored document (the user's "erase my answers"). */
  async remove(): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    if (!this.key) return true;
    try {
      this.lastText = null;
      await this.adapter().remove(this.key);
      return true;
    } catch (error) {
      this.events.onError(reasonOf(error), 'remove', error);
      return false;
    }
  }
}

function reasonOf(error: unknown): StorageErrorReason {
  return error instanceof StorageError ? error.reason : 'unknown';
}
