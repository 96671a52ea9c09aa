import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StorageError, quarantineKey, type StorageAdapter, type StorageErrorReason } from '../../core/runtime.js';

/**
 * How settling a conflict ended (see Persistence.resolve): the stored text it read, or what failed. A read
 * that fails, or a write that conflicts again, leaves the conflict standing.
 */
export type Resolution =
  { ok: true; stored: string | null } | { ok: false; reason: StorageErrorReason; operation: 'read' | 'write' };

/** How long changes are coalesced before they are written (a burst of clicks is one write). */
export const SAVE_DELAY_MS = 250;

export interface PersistenceEvents {
  /** A read or write failed; `key` is set when corrupt data was set aside under it. */
  onError(reason: StorageErrorReason, operation: 'read' | 'write' | 'remove', error: unknown, key?: string): void;
  /** A write succeeded (after a write failure, the widget clears its warning). */
  onSaved(at: Date): void;
  /** Another tab changed the stored value. */
  onExternalChange(raw: string | null): void;
  /** A document that could not be read at opening reads now: the read failure is over. */
  onReadable(): void;
  /**
   * Whether the widget can read a stored text. Text it cannot read, found after opening (a poll, another tab, a
   * read after a failed one), is set aside before anything is written; unreadable data that could not be set
   * aside blocks writes until a version it reads replaces it. Without this, any text found later counts as read.
   */
  readable?(raw: string): boolean;
}

/**
 * Keeps one stored document in step with the widget: coalesced writes (never later than SAVE_DELAY_MS),
 * flushed at once when the page is hidden or closed (`pagehide`, `visibilitychange`) and when the element
 * leaves the page; a failed write stays pending for the next of those; outside changes (another tab) reported;
 * corrupt or unreadable data never overwritten. After a conflict nothing is written (the edits stay pending)
 * until it is settled through {@link Persistence.resolve}.
 *
 * What is written is computed when it is written (`save()` takes a snapshot function), so a write that was
 * scheduled before another tab's change was merged writes the merged state, not a stale one.
 */
export class Persistence implements ReactiveController {
  private key?: string;
  private adapter?: StorageAdapter;
  private snapshot?: () => string;
  private timer?: ReturnType<typeof setTimeout>;
  private unsubscribe?: () => void;
  /** True when stored data could not be read or set aside: the key must not be written over. */
  private blocked = false;
  /**
   * True when the stored document could not be read (a network down, storage refused): before anything is
   * written, it is read again, and the edits wait, pending, until it can be.
   */
  private unread = false;
  /**
   * True from a conflict until it is settled (`resolve`) or another document is opened: nothing is written
   * meanwhile, whatever brings a write (a change, the page hidden, `online`, a poll that gave the adapter the
   * current version), and the edits stay pending: the user's choice, or the widget's merge, decides.
   */
  private conflicted = false;
  /** The read in flight for `unread`: a burst of changes waits for one read, not one each. */
  private rereading?: Promise<boolean>;
  /** The last text written or read, to recognise our own writes coming back as events. */
  private lastText?: string | null;
  /** Where this session set corrupt data aside, and in which storage: "erase my answers" erases those copies too. */
  private asideCopies: Copy[] = [];
  /** True when the last write failed: what is pending exists only in this page until a write goes through. */
  private failed = false;
  /** True while the page asks before it closes (see {@link guard}). */
  private guarding = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly events: PersistenceEvents,
  ) {
    host.addController(this);
  }

  /** Holds writes (a conflict) or lets them go; the widget draws again, as what it shows depends on it. */
  private hold(on: boolean): void {
    if (this.conflicted === on) return;
    this.conflicted = on;
    this.guard();
    this.host.requestUpdate();
  }

  /**
   * True when edits exist only in this page: a write failed (and none went through since, nor were the edits
   * dropped); a write or an erase is under way, or an erase failed (until one works); or edits are pending that
   * no write can take now (the document could not be read or set aside, a conflict or an erase holds them).
   * Closing the page would lose them.
   */
  get unsaved(): boolean {
    const held = this.conflicted || this.unread || this.blocked || this.erasing || this.settingAside > 0;
    return this.failed || this.unsent || this.sending > 0 || (!!this.snapshot && held);
  }
  /** Writes and erases under way (an adapter may hold one behind another, or in a queue, until it is sent). */
  private sending = 0;
  /** An erase that failed (offline, an HTTP adapter may keep it queued in memory): the page asks until one works. */
  private unsent = false;

  /** Runs a write or an erase: the page asks before it closes until it is done. */
  private async send(run: () => Promise<void>): Promise<void> {
    this.sending++;
    this.guard();
    try {
      await run();
    } finally {
      this.sending--;
      this.guard();
    }
  }

  /**
   * While edits exist only in this page, the browser asks before the page closes or navigates away (its own
   * `beforeunload` prompt). Checked after each write and each update of the widget (every change of what is
   * pending or of the storage state draws it again); the listener is there only meanwhile, so that it never
   * costs the page its back/forward cache otherwise.
   */
  private guard(): void {
    const on = this.connected && this.unsaved;
    if (on === this.guarding) return;
    this.guarding = on;
    window[on ? 'addEventListener' : 'removeEventListener']('beforeunload', this.askFirst);
  }
  private connected = false;
  private readonly askFirst = (event: BeforeUnloadEvent) => {
    if (this.unsaved) event.preventDefault();
  };

  hostUpdated(): void {
    this.guard();
  }

  /** True from a conflict until it is settled: nothing is written meanwhile. */
  get inConflict(): boolean {
    return this.conflicted;
  }

  /**
   * Changes when another document is opened or the document is erased: a try at settling a conflict that
   * began before stands down (it would write over the erase, or into the wrong document).
   */
  get era(): number {
    return this.eras;
  }
  private eras = 0;

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
   * True once a document is open (or being read): an erase before that, or while the previous document's
   * edits are written out before another one opens, has nothing (yet) of what is on screen to erase.
   */
  get isOpen(): boolean {
    return this.key !== undefined && this.switching === undefined;
  }
  /** The era of an open() still writing out the previous document. */
  private switching?: number;

  /** The adapter the current key was opened with. */
  get openedAdapter(): StorageAdapter | undefined {
    return this.adapter;
  }

  private readonly flushNow = () => void this.flush();
  /** Back online: the pending edits are tried again; a document that could not be read is read now. */
  private readonly onOnline = () => void (this.unread && !this.snapshot ? this.refresh() : this.flush());
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  hostConnected(): void {
    this.connected = true;
    this.guard();
    window.addEventListener('pagehide', this.flushNow);
    window.addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisibility);
    // Moved in the page (a tab panel, a framework remount): follow other tabs again.
    if (this.key && this.adapter && !this.unsubscribe) this.subscribe(this.key, this.adapter);
  }

  hostDisconnected(): void {
    void this.flush();
    this.connected = false;
    this.guard();
    window.removeEventListener('pagehide', this.flushNow);
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisibility);
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
        if (this.settle(raw) && this.snapshot) void this.flush();
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
   * Copies unreadable stored text to a key of its own; until that succeeds the original is never overwritten
   * (nothing is written meanwhile, and after a failure nothing until another version replaces it). True when it
   * was set aside.
   */
  async setAside(raw: string): Promise<boolean> {
    const { key, adapter, eras, seen } = this;
    if (!key || !adapter) return false;
    const aside = quarantineKey(key);
    this.settingAside++; // nothing is written meanwhile: the data is not safe yet
    try {
      await adapter.save(aside, raw);
      const copy = { key: aside, adapter };
      this.asideCopies.push(copy);
      if (this.erasedAt > eras) {
        // Erased since it began: the copy goes too (the user asked for nothing to be left).
        this.unerased.push(copy);
        void this.eraseCopies(this.eras);
      } else if (this.eras === eras) this.events.onError('corrupt', 'read', undefined, aside);
      return true;
    } catch (error) {
      // Another document opened, an erase, or a version from elsewhere since it began: nothing left for this
      // try to keep from being written over (and a document opened again is another try's).
      if (this.eras !== eras || this.seen !== seen) return false;
      this.blocked = true;
      this.events.onError('corrupt', 'read', error);
      return false;
    } finally {
      this.settingAside--;
      if (!this.settingAside && this.snapshot) void this.flush();
      else this.guard();
    }
  }
  /** Set-asides under way: writes wait for them. */
  private settingAside = 0;
  /** Versions this page took from elsewhere (polls, other tabs, reads after a failed one). */
  private seen = 0;

  /** Schedules a write of what `snapshot()` returns at write time; a burst of changes is one write. */
  save(snapshot: () => string): void {
    this.snapshot = snapshot;
    if (this.timer === undefined) this.timer = setTimeout(this.flushNow, SAVE_DELAY_MS);
  }

  /** Forgets what was scheduled (the stored document was erased elsewhere). */
  dropPending(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.snapshot = undefined;
    this.failed = false;
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
  private async refresh(): Promise<void> {
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
   * The first view of a document that could not be read at opening (by a read again or a poll), of one that
   * replaces unreadable data, or of text the widget cannot read. True when it is absent: the pending edits may
   * be written. Text the widget cannot read is set aside first (writes held until then, and for good if it
   * cannot be). When there is one and the user has edits pending, this page never saw it: it is a conflict,
   * settled as any other (the edits stay pending until then). When there is one and nothing is pending, the
   * widget is given it, as if another tab had written it.
   */
  private settle(text: string | null): boolean {
    this.unread = false;
    this.seen++;
    const { eras, seen } = this;
    if (text !== null && this.events.readable?.(text) === false) {
      // Unreadable: never written over. Set aside, it counts as absent (as at opening); if it cannot be, writes
      // stay held until a version the widget reads replaces it.
      this.blocked = true;
      this.lastText = text;
      this.events.onReadable(); // a read failure is over: what comes of the set-aside is said next
      void this.setAside(text).then((aside) => {
        if (!aside || this.eras !== eras || this.seen !== seen) return;
        this.blocked = false;
        if (this.snapshot) void this.flush();
        else this.guard();
      });
      return false;
    }
    if (text === null) {
      this.blocked = false;
      this.lastText = null;
      this.events.onReadable();
      return true;
    }
    if (this.snapshot) {
      // Held by a conflict already (a version to settle could not be set aside): still a write's conflict.
      const operation = this.conflicted ? 'write' : 'read';
      this.hold(true);
      this.blocked = false;
      this.lastText = text;
      this.events.onError('conflict', operation, new StorageError('conflict', 'stored data this page could not read'));
      return false;
    }
    this.blocked = false;
    this.lastText = text;
    this.events.onReadable();
    this.events.onExternalChange(text);
    return false;
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

  /** The era of the erase under way, if any: nothing is written meanwhile (see {@link remove}). */
  private erasingEra?: number;

  /** True while an erase of the open document runs: nothing is written, and conflicts wait for it to end. */
  get erasing(): boolean {
    return this.erasingEra !== undefined && this.erasingEra === this.eras;
  }
  /** The era of the last erase: a write begun before it never brings back what it erased. */
  private erasedAt = 0;
  /** Copies set aside that "erase" could not remove yet (see {@link remove}). */
  private unerased: Copy[] = [];

  /**
   * Erases the copies an erase left. Reports a failure only if nothing was erased or opened since `era` (a try
   * overtaken says nothing). Tries do not wait for each other: one that
   * never ends blocks nothing.
   */
  private async eraseCopies(era: number): Promise<boolean> {
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
  private wrote(): void {
    if (!this.unerased.length) return this.events.onSaved(new Date());
    const era = this.eras;
    void this.eraseCopies(era).then((erased) => {
      if (erased && this.eras === era) this.events.onSaved(new Date());
    });
  }
}

/** A copy set aside: its key, and the storage it is in. */
interface Copy {
  key: string;
  adapter: StorageAdapter;
}

function reasonOf(error: unknown): StorageErrorReason {
  return error instanceof StorageError ? error.reason : 'unknown';
}
