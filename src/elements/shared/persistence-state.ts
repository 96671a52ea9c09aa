/**
 * What Persistence knows of the open document, shared by its layers (persistence-writes.ts, persistence.ts, and
 * the rare paths loaded on first use: persistence-erase.ts, -set-aside.ts, -resolve.ts, behind the doors of
 * persistence-rare-paths.ts): the key and adapter,
 * what is pending, what holds writes (unreadable data, a conflict, an erase), the era that tells a stale try.
 * Every field is set here, so that all exist before the host connects and no layer needs a constructor (the
 * split costs the first paint no bytes). And what follows from it at once: the page asks before it closes while
 * edits exist only in this page; the widget draws again when a conflict holds writes or lets them go; the page
 * hidden, closed or back online brings a write; the rare paths' code is loaded, writes held meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StorageError, type StorageAdapter, type StorageErrorReason } from '../../core/runtime.js';

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

export function reasonOf(error: unknown): StorageErrorReason {
  return error instanceof StorageError ? error.reason : 'unknown';
}

/** A copy set aside: its key, and the storage it is in. */
export interface Copy {
  key: string;
  adapter: StorageAdapter;
}

/**
 * The rare paths' code, loaded on first use (and fetched after the first paint, with the code that settles
 * conflicts): unreadable data set aside and a document read after a failed read (persistence-set-aside.ts), an
 * erase (persistence-erase.ts), a conflict's write (persistence-resolve.ts).
 */
export type RareCode = typeof import('./persistence-erase.js') &
  typeof import('./persistence-set-aside.js') &
  typeof import('./persistence-resolve.js');

let rareLoading: Promise<RareCode> | undefined;
/**
 * Loads the rare paths' code once (a failed load is tried again next time: the network came back). `load` is
 * the one door to it, which a test replaces to make the load fail.
 */
export const rare = {
  load(): Promise<RareCode> {
    return (rareLoading ??= Promise.all([
      import('./persistence-erase.js'),
      import('./persistence-set-aside.js'),
      import('./persistence-resolve.js'),
    ]).then(
      ([erase, setAside, resolve]) => ({ ...erase, ...setAside, ...resolve }),
      (error: unknown) => {
        rareLoading = undefined;
        throw error;
      },
    ));
  },
};

/**
 * The fields are public for the layer's own parts loaded on first use (see RareCode), which are functions
 * of it; widgets never touch them (they go through DocumentController).
 */
export abstract class PersistenceState implements ReactiveController {
  key?: string;
  adapter?: StorageAdapter;
  snapshot?: () => string;
  /** True when stored data could not be read or set aside: the key must not be written over. */
  blocked = false;
  /**
   * True when the stored document could not be read (a network down, storage refused): before anything is
   * written, it is read again, and the edits wait, pending, until it can be.
   */
  unread = false;
  /**
   * True from a conflict until it is settled (`resolve`) or another document is opened: nothing is written
   * meanwhile, whatever brings a write (a change, the page hidden, `online`, a poll that gave the adapter the
   * current version), and the edits stay pending: the user's choice, or the widget's merge, decides.
   */
  conflicted = false;
  /** The last text written or read, to recognise our own writes coming back as events. */
  lastText?: string | null;
  /** True when the last write failed: what is pending exists only in this page until a write goes through. */
  failed = false;
  /** True while the page asks before it closes (see {@link guard}). */
  private guarding = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly events: PersistenceEvents,
  ) {
    host.addController(this);
  }

  /** Holds writes (a conflict) or lets them go; the widget draws again, as what it shows depends on it. */
  hold(on: boolean): void {
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
  unsent = false;
  /** Set-asides under way: writes wait for them. */
  settingAside = 0;

  /** Runs a write or an erase: the page asks before it closes until it is done. */
  async send(run: () => Promise<void>): Promise<void> {
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
   * `beforeunload` prompt; see {@link handleEvent}). The listener is added once, when an edit is scheduled for a
   * write or edits become unsaved, and removed once everything is written: not added and removed around each
   * write, which a burst of edits written one after another made many times over. Checked when an edit is
   * scheduled, after each write and each update of the widget (every change of what is pending or of the storage
   * state draws it again); the listener is there only meanwhile, so that it never costs the page its
   * back/forward cache otherwise.
   */
  guard(): void {
    const on = this.connected && (this.unsaved || this.snapshot !== undefined);
    if (on === this.guarding) return;
    this.guarding = on;
    window[on ? 'addEventListener' : 'removeEventListener']('beforeunload', this);
  }
  connected = false;

  /**
   * What the page says (this object listens itself, one listener for all): before it closes, it asks while
   * edits exist only in this page (see {@link guard}); hidden or closed (`pagehide`, `visibilitychange`), what is
   * pending is written at once (see Persistence.flush); back online, the pending edits are tried again, and a
   * document that could not be read is read now.
   */
  handleEvent(event: Event): void {
    if (event.type === 'beforeunload') {
      // An edit only scheduled is written on `pagehide`, which follows: no need to ask for it.
      if (this.unsaved) event.preventDefault();
    } else if (event.type === 'online') void (this.unread && !this.snapshot ? this.refresh() : this.flush());
    else if (event.type !== 'visibilitychange' || document.visibilityState === 'hidden') void this.flush();
  }
  // The writes' (persistence-writes.ts).
  abstract flush(): Promise<void>;
  abstract dropPending(): void;
  protected abstract refresh(): Promise<void>;

  /**
   * Runs a rare path with its code, loaded on first use. Nothing is written while it loads (as while data is set
   * aside): what the rare path is about must not be written over. When it cannot be loaded, `unloaded` says what
   * becomes of it (the widget says so, and the user's edits stay pending).
   */
  protected async withRare<T>(unloaded: (error: unknown) => T, run: (code: RareCode) => T | Promise<T>): Promise<T> {
    let code: RareCode | undefined;
    let failure: unknown;
    this.settingAside++;
    try {
      code = await rare.load();
    } catch (error) {
      failure = error;
    } finally {
      this.settingAside--;
      this.guard();
    }
    return code ? run(code) : unloaded(failure);
  }

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
  eras = 0;

  /** Where this session set corrupt data aside, and in which storage: "erase my answers" erases those copies too. */
  asideCopies: Copy[] = [];
  /** The era of the last erase: a write begun before it never brings back what it erased. */
  erasedAt = 0;
  /** Copies set aside that "erase" could not remove yet (see Persistence.remove). */
  unerased: Copy[] = [];

  /** Versions this page took from elsewhere (polls, other tabs, reads after a failed one). */
  seen = 0;

  /** The era of the erase under way, if any: nothing is written meanwhile (see Persistence.remove). */
  erasingEra?: number;

  /** True while an erase of the open document runs: nothing is written, and conflicts wait for it to end. */
  get erasing(): boolean {
    return this.erasingEra !== undefined && this.erasingEra === this.eras;
  }
}
