/**
 * The working document of a widget, the same for all three: opened under a key derived from the config,
 * restored, saved after every change (coalesced), followed across tabs, set aside when it cannot be read,
 * erased on request, its conflicts settled by the kind's policy, and (if the widget asks) its project told of
 * it after each change. The widget gives what is particular to its document as a {@link DocumentKind}; this
 * owns the rest, so that every widget keeps its data the same way.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { ConfigIssue, Locale, StorageAdapter, Strings } from '../../core/runtime.js';
import { AskPolicy, loadSettleCode } from './conflict-policy.js';
import type { MergePolicy } from './merge-policy.js';
import { StorageStatus, type StorageProblem } from './storage-status.js';
import { Persistence, type Resolution } from './persistence.js';
import { rare } from './persistence-state.js';
import type { LocaleController } from './locale-controller.js';
import { LazyParts, mayPrefetch, whenIdle } from './lazy-parts.js';
import { defaultStorage } from './storage.js';
import type { StorageTexts } from './storage-texts.js';

/** How the storage warning's view is fetched: the one door to it, which a test replaces to make it fail. */
export const storageViews = { warning: () => import('./storage-warning.js') };

/** What a widget's core offers for a document it reads. */
export type DataParseResult<Data> = { ok: true; data: Data } | { ok: false; issues: ConfigIssue[] };

/** How a conflict (the document changed elsewhere) is settled: the user chooses, or both versions are merged. */
export type ConflictKind<Config, Data, Stored> =
  | { kind: 'ask' }
  | {
      kind: 'merge';
      /**
       * The merge policy (merge-policy.ts) for this document, made with the widget's merge: made by the widget,
       * so that only its page carries the policy's code.
       */
      policy(doc: DocumentController<Config, Data, Stored>): MergePolicy<Config, Data, Stored>;
    };

/**
 * What is particular to a widget's document. `Stored` is what the saved text holds: the document itself, or
 * the document with some of the widget's state (the questionnaire saves its step too).
 */
export interface DocumentKind<Config, Data, Stored = Data> {
  /** What the console says is kept when storage fails ("data is kept in memory"). */
  keptWhat: string;
  /** The storage sentences of this kind of document. */
  texts(s: Strings): StorageTexts;
  /** Where focus goes when the button that settled a conflict is gone. */
  heading: string;
  conflicts: ConflictKind<Config, Data, Stored>;
  /** The key of the stored document for this config. */
  key(model: Config): string;
  /** A new, empty document for this config. */
  create(model: Config): Data;
  /** Reads a stored text (never throws). */
  parseStored(raw: string, locale: Locale): DataParseResult<Stored>;
  /** The document a stored version holds, as stored. */
  document(stored: Stored): Data;
  /** The text to store. */
  serialize(data: Data): string;
  /** Reads a document given by the host (never throws). */
  parseData(input: string | object, locale: Locale): DataParseResult<Data>;
  /** Fits a document to the config (read, or given by the host); must never drop the user's data. */
  fit(model: Config, data: Data): Data;
  /** Fits the open document to a new version of the config: the same object when it needs no change. Default: fit. */
  refit?(model: Config, data: Data): Data;
  /** When a document was last changed, if it says (shown as "Saved on …" once read). */
  savedAt?(data: Data): Date | undefined;
  /** The document was opened: `stored` is the version read, if any (the widget restores its own state from it). */
  opened?(stored: Stored | undefined): void;
  /** The document was erased (`reset()`): the widget starts afresh. */
  erased?(): void;
}

export interface DocumentOptions<Config, Data, Stored> {
  kind: DocumentKind<Config, Data, Stored>;
  /**
   * The host's property that holds the document: a change is reported under this name (`changed.has(...)`),
   * and the host's errors name the document by it (`Invalid data: …`).
   */
  property: string;
  model(): Config | undefined;
  /** The host's language: its locale (to read documents in) and its strings. */
  i18n: Pick<LocaleController, 'locale' | 'strings'>;
  /** The host's adapter, else its project's; undefined for this browser's localStorage. */
  storage(): StorageAdapter | undefined;
  /** True when nothing the page does may be written (a read-only view). Without it, what the host gives is. */
  readonly?(): boolean;
  announce(message: string): void;
  /** Runs `focus` after the next render (the element it moves to may be drawn by it). */
  focusAfterUpdate(focus: () => void): void;
  /**
   * Tells the widget's project its config and document: after each render that changed either, and when the
   * widget calls {@link DocumentController.publish}. Without it, the widget publishes its state itself.
   */
  publish?(model: Config, data: Data): void;
}

export class DocumentController<Config, Data, Stored = Data> implements ReactiveController {
  readonly kind: DocumentKind<Config, Data, Stored>;
  readonly status: StorageStatus;
  readonly persistence: Persistence;
  readonly policy: AskPolicy<Config, Data, Stored> | MergePolicy<Config, Data, Stored>;
  /** The storage warning's view, loaded when a problem is first shown (fetched once the browser is idle). */
  readonly views: LazyParts<{ warning: () => Promise<typeof import('./storage-warning.js')> }>;

  private current?: Data;
  /** A saved copy was read (at opening, or from elsewhere) though this page has not saved yet: "Saved". */
  private storedCopy = false;
  private openKey?: string;
  private openedWith?: StorageAdapter;
  /** Bumped by whatever overtakes a read under way: another document, the host's data, an erase. */
  private loadToken = 0;
  private defaultAdapter?: StorageAdapter;
  /** The document or the config changed since the last render: the project is told after the next one. */
  private unpublished = false;
  /** Whether the code that settles conflicts was asked for (see hostUpdated). */
  private settleCodeAsked = false;

  constructor(
    readonly host: ReactiveElement,
    readonly options: DocumentOptions<Config, Data, Stored>,
  ) {
    this.kind = options.kind;
    const conflicts = options.kind.conflicts;
    this.policy = conflicts.kind === 'ask' ? new AskPolicy(this) : conflicts.policy(this);
    this.status = new StorageStatus(host, this.kind.keptWhat, () =>
      options.announce(options.i18n.strings.storageRecovered),
    );
    this.persistence = new Persistence(
      host,
      this.status.events(
        (raw) => this.externalChange(raw),
        (operation) => this.policy.onConflict(operation),
        (raw) => this.parse(raw).ok,
      ),
    );
    this.views = new LazyParts(host, { warning: () => storageViews.warning() });
    host.addController(this);
  }

  /** The working document, `undefined` while it loads. */
  get data(): Data | undefined {
    return this.current;
  }
  /** Shows another document (the host draws again, and sees its property changed). */
  set data(data: Data | undefined) {
    const old = this.current;
    this.current = data;
    if (data !== old) this.unpublished = true;
    this.host.requestUpdate(this.options.property, old);
  }

  /** A copy of the document that the caller may change freely, or `undefined` while it loads. */
  copy(): Data | undefined {
    return this.current === undefined ? undefined : (JSON.parse(JSON.stringify(this.current)) as Data);
  }

  /** When this page last saved, or when the version it read was saved (if the document says). */
  get savedAt(): Date | undefined {
    return this.status.savedAt;
  }
  /** True when a saved copy was read though this page has not saved since. */
  get hasStoredCopy(): boolean {
    return this.storedCopy;
  }

  /** The storage problem to show, if any (a conflict that no try is settling is always shown). */
  get problem(): StorageProblem | undefined {
    return this.status.shown(this.persistence.inConflict && !this.policy.settling);
  }

  texts(): StorageTexts {
    return this.kind.texts(this.options.i18n.strings);
  }

  /** The token a read checks to know it was not overtaken (see {@link overtake}). */
  get token(): number {
    return this.loadToken;
  }
  /** Whatever read is under way no longer decides what is shown. */
  overtake(): number {
    return ++this.loadToken;
  }

  /** Reads a stored text in the current locale. */
  parse(raw: string): DataParseResult<Stored> {
    return this.kind.parseStored(raw, this.options.i18n.locale);
  }

  /**
   * Settles a conflict (see persistence-resolve.ts): `decide` says what becomes of the stored text; a text this
   * widget cannot read is set aside first.
   */
  async resolve(decide: (stored: string | null) => string | null | undefined): Promise<Resolution> {
    const code = await rare.load(); // loaded with the code that settles conflicts, which calls this
    return code.resolve(this.persistence, (stored) => this.parse(stored).ok, decide);
  }

  /** Focus on the widget's heading (the button that settled a conflict is gone). */
  focusHeading(): void {
    this.host.renderRoot.querySelector<HTMLElement>(this.kind.heading)?.focus();
  }

  /** Shows a document read from storage (`stored`), or a new one in its place. */
  show(data: Data, stored: boolean): void {
    this.data = data;
    this.storedCopy = stored;
  }

  /** The adapter in force: the host's, else the project's (namespaced by its id), else localStorage. */
  private adapter(): StorageAdapter {
    return this.options.storage() ?? (this.defaultAdapter ??= defaultStorage());
  }

  // ---------------------------------------------------------------- what the host calls

  /**
   * Replaces the document with the host's and saves it. Throws a TypeError naming the JSON paths when the
   * input is not a valid document.
   */
  take(input: Data | string): void {
    const parsed = this.kind.parseData(input as string | object, this.options.i18n.locale);
    if (!parsed.ok) {
      // The code when the problems' wording is not loaded (it comes with the first config problem).
      const paths = parsed.issues.map((i) => `${i.path}: ${i.message || i.code}`).join('; ');
      throw new TypeError(`Invalid ${this.options.property}: ${paths}`);
    }
    const model = this.options.model();
    if (!model) throw new Error(`${this.host.localName}: no valid config yet`);
    this.loadToken++; // what the host gives wins over a saved copy still loading
    this.persistence.takeOver(); // and over an erase under way
    this.commit(this.kind.fit(model, parsed.data));
  }

  /**
   * Erases the saved document and starts afresh. False when the stored copy could not be erased (a
   * `coop-storage-error` says why), and, doing nothing, while no document is open yet.
   */
  async reset(): Promise<boolean> {
    if (!this.persistence.isOpen) return false;
    this.loadToken++;
    const erasing = this.persistence.remove();
    const era = this.persistence.era;
    const erased = await erasing;
    // Another document opened meanwhile (or a later erase): its screen is not this erase's to clear.
    if (era !== this.persistence.era) return erased;
    const model = this.options.model();
    if (model) this.data = this.kind.create(model);
    this.kind.erased?.();
    this.status.savedAt = undefined;
    this.storedCopy = false;
    if (erased) this.status.erased((key) => this.persistence.keepsCopy(key));
    return erased;
  }

  /** The user confirmed "erase": it is announced only when it is true (else the storage warning says why). */
  async erase(): Promise<void> {
    if (await this.reset()) this.options.announce(this.texts().erased);
  }

  /** Applies a new document and saves it (a burst of changes is one write, never later than 250 ms). */
  commit(data: Data): void {
    this.data = data;
    if (this.options.readonly?.()) return; // a read-only view never writes
    this.save();
  }

  /** Schedules a write of the current document (computed when written, so it is never stale). */
  save(): void {
    const now = this.current;
    if (now === undefined) return;
    this.persistence.save(() => this.kind.serialize(this.current ?? now));
  }

  /** Writes what is pending now (the user validated: it must not wait). */
  flush(): Promise<void> {
    return this.persistence.flush();
  }

  /** Called from the host's `modelChanged`: another config opens its document, a new version fits it. */
  modelChanged(model: Config | undefined): void {
    this.unpublished = true;
    if (!model) return;
    if (this.kind.key(model) !== this.openKey) this.open(model);
    else if (this.current !== undefined) {
      const fitted = (this.kind.refit ?? this.kind.fit)(model, this.current);
      if (fitted !== this.current) this.commit(fitted);
    }
  }

  /** Before each render: another namespace or adapter means the document comes from there (and goes there). */
  hostUpdate(): void {
    const model = this.options.model();
    if (!model || this.openKey === undefined) return;
    if (this.kind.key(model) !== this.openKey || this.adapter() !== this.openedWith) this.open(model);
  }

  /**
   * After a render that changed the document or the config: the project learns of it. After the first render
   * once the host no longer waits on the network (see prefetchAfter), the code that settles conflicts is fetched
   * while the browser is idle, so that a conflict later is settled at once (and, offline later, still can be).
   */
  hostUpdated(): void {
    if (!this.settleCodeAsked && mayPrefetch(this.host)) {
      this.settleCodeAsked = true;
      whenIdle(() => void loadSettleCode().catch(() => undefined));
    }
    if (!this.unpublished) return;
    this.unpublished = false;
    this.publish();
  }

  /** Tells the project the config and the document now (see {@link DocumentOptions.publish}). */
  publish(): void {
    const model = this.options.model();
    if (model && this.current !== undefined) this.options.publish?.(model, this.current);
  }

  private open(model: Config): void {
    const key = this.kind.key(model);
    this.openKey = key;
    const token = ++this.loadToken;
    const adapter = this.adapter();
    this.openedWith = adapter;
    // open() first: it writes what is pending for the previous document before this one is forgotten.
    const opening = this.persistence.open(key, adapter);
    this.data = undefined;
    this.storedCopy = false;
    this.status.savedAt = undefined;
    this.status.resolved(); // a conflict was the previous document's
    const current = () => token === this.loadToken && !!this.options.model();
    void opening.then(async (raw) => {
      if (!current()) return;
      const stored = await this.persistence.readFrom(raw, (text) => this.parse(text), current);
      const model = this.options.model();
      if (!current() || !model) return;
      if (stored?.ok) {
        const document = this.kind.document(stored.data);
        this.show(this.kind.fit(model, document), true);
        if (this.kind.savedAt) this.status.savedAt = this.kind.savedAt(document);
      } else this.data = this.kind.create(model);
      this.kind.opened?.(stored?.ok ? stored.data : undefined);
    });
  }

  /** Another tab changed the stored document: the policy decides what becomes of this page's. */
  private externalChange(raw: string | null): void {
    const model = this.options.model();
    if (!model || this.current === undefined) return;
    if (!this.policy.followsOutside()) return;
    if (raw === null) {
      // Erased in another tab (a shared computer's "erase"): follow it, and do not write back what was
      // pending here, which would bring the erased data back.
      this.persistence.dropPending();
      this.show(this.kind.create(model), false);
      this.status.savedAt = undefined;
      this.options.announce(this.texts().remoteUpdate);
      return;
    }
    const parsed = this.parse(raw);
    if (!parsed.ok) return; // the other tab's problem; ours stays as it is
    if (this.policy.takeOutside(model, this.current, this.kind.document(parsed.data))) {
      this.options.announce(this.texts().remoteUpdate);
    }
  }
}
