import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ConfigIssue, Locale, StorageAdapter, Strings } from '../../core/runtime.js';
import { CoopConfigurable } from './configurable.js';
import {
  Announcer,
  downloadFile,
  renderStorageWarning,
  storageMessage,
  StorageStatus,
  type WarningAction,
} from './feedback.js';
import { Persistence, type Resolution } from './persistence.js';
import { defaultStorage } from './storage.js';
import type { ProjectHub } from './project-link.js';

/** What a widget's core offers for its stored document. */
export type DataParseResult<Data> = { ok: true; data: Data } | { ok: false; issues: ConfigIssue[] };

/**
 * Base of the widgets that keep one working document (the ATP grid, the principles checklist): it opens the
 * document under a key derived from the config's id, restores it, saves every change at once (coalesced),
 * follows other tabs, sets unreadable data aside instead of overwriting it, and shows storage faults with
 * the exports at hand. Subclasses supply the core's functions for their document and render it.
 */
export abstract class CoopDocumentWidget<Config extends { id: string }, Data> extends CoopConfigurable<Config> {
  /** Namespace of the saved data, for several documents of the same config on one site. */
  @property({ attribute: 'storage-key' })
  storageKey?: string;

  /** Shows the data without letting it change. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /** Where the data is saved. Default: this browser's localStorage. */
  @property({ attribute: false })
  storage?: StorageAdapter;

  /** The working document, `undefined` while it loads. */
  @state() protected data?: Data;

  /** A saved copy was read (at opening, or from elsewhere) though this page has not saved yet: "Saved". */
  @state() private storedCopy = false;

  @query('dialog.erase') private eraseDialog?: HTMLDialogElement;
  @query('dialog.load-saved') private loadSavedDialog?: HTMLDialogElement;
  /**
   * The era (see Persistence.era) of the user's choice being carried out, if any: another click on the same
   * document waits for it; one left over from another document, or from before an erase, does not count.
   */
  @state() private settlingEra?: number;
  private get settling(): boolean {
    return this.settlingEra === this.persistence.era;
  }

  private openKey?: string;
  private openedWith?: StorageAdapter;
  private loadToken = 0;
  private defaultAdapter?: StorageAdapter;
  /** Run once after the next render (focus moves that need the new DOM). */
  protected focusAfterUpdate?: () => void;

  private readonly announcer = new Announcer(this);
  protected readonly storageStatus = new StorageStatus(this, 'data is kept in memory', () =>
    this.announce(this.i18n.strings.storageRecovered),
  );
  protected readonly persistence = new Persistence(
    this,
    this.storageStatus.events(
      (raw) => this.externalChange(raw),
      undefined,
      (raw) => this.parseStored(raw, this.i18n.locale).ok,
    ),
  );

  /** The key of the stored document for this config (namespaced by `storage-key`). */
  protected abstract documentKey(model: Config): string;
  /** A new, empty document for this config. */
  protected abstract createData(model: Config): Data;
  /** Reads a stored document (never throws). */
  protected abstract parseStored(raw: string, locale: Locale): DataParseResult<Data>;
  /** The text to store. */
  protected abstract serialize(data: Data): string;
  /** Reads a document given by the host (`setData`) or imported (never throws). */
  protected abstract parseData(input: string | object, locale: Locale): DataParseResult<Data>;
  /** Fits a document to the config (a new config version); must never drop the user's data. */
  protected fitData(_model: Config, data: Data): Data {
    return data;
  }

  /** The adapter in force: the host's, else the project's (namespaced by its id), else localStorage. */
  private adapter(): StorageAdapter {
    return this.storage ?? this.project?.storage ?? (this.defaultAdapter ??= defaultStorage());
  }

  // ---------------------------------------------------------------- public API

  /** A copy of the current data, or `undefined` while it loads. */
  getData(): Data | undefined {
    return this.data === undefined ? undefined : (JSON.parse(JSON.stringify(this.data)) as Data);
  }

  /**
   * Replaces the data (e.g. from a host's back end) and saves it. Throws a TypeError naming the JSON paths
   * when the input is not a valid document.
   */
  setData(input: Data | string): void {
    const parsed = this.parseData(input as string | object, this.i18n.locale);
    if (!parsed.ok) {
      throw new TypeError(`Invalid data: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    }
    if (!this.model) throw new Error(`${this.localName}: no valid config yet`);
    this.loadToken++; // what the host gives wins over a saved copy still loading
    this.persistence.takeOver(); // and over an erase under way
    this.commit(this.fitData(this.model, parsed.data));
  }

  /**
   * Erases the saved data and starts afresh (no confirmation: the host asked). Resolves to false when the
   * stored copy could not be erased (a `coop-storage-error` says why), and, doing nothing, while no saved data
   * is open yet (the config has not arrived): call it once the widget shows it.
   */
  async reset(): Promise<boolean> {
    if (!this.persistence.isOpen) return false;
    this.loadToken++;
    const erasing = this.persistence.remove();
    const era = this.persistence.era;
    const erased = await erasing;
    // Another document opened meanwhile (or a later erase): its screen is not this erase's to clear.
    if (era !== this.persistence.era) return erased;
    if (this.model) this.data = this.createData(this.model);
    this.storageStatus.savedAt = undefined;
    this.storedCopy = false;
    if (erased) this.storageStatus.erased((key) => this.persistence.keepsCopy(key));
    return erased;
  }

  // ---------------------------------------------------------------- persistence

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another namespace or another adapter: what is shown must come from there (and be written there).
    if (this.model && this.openKey !== undefined) {
      const key = this.documentKey(this.model);
      if (key !== this.openKey || this.adapter() !== this.openedWith) this.openStorage(this.model);
    }
  }

  protected override modelChanged(model: Config | undefined): void {
    if (!model) return;
    if (this.documentKey(model) !== this.openKey) this.openStorage(model);
    else if (this.data !== undefined) {
      const fitted = this.fitData(model, this.data);
      if (fitted !== this.data) this.commit(fitted);
    }
  }

  private openStorage(model: Config): void {
    const key = this.documentKey(model);
    this.openKey = key;
    const token = ++this.loadToken;
    const adapter = this.adapter();
    this.openedWith = adapter;
    // open() first: it writes what is pending for the previous document before this one is forgotten.
    const opening = this.persistence.open(key, adapter);
    this.data = undefined;
    this.storedCopy = false;
    this.storageStatus.savedAt = undefined;
    this.storageStatus.resolved(); // a conflict was the previous document's
    const current = () => token === this.loadToken && !!this.model;
    void opening.then(async (raw) => {
      if (!current()) return;
      const locale = this.i18n.locale;
      const stored = await this.persistence.readFrom(raw, (text) => this.parseStored(text, locale), current);
      const model = this.model;
      if (!current() || !model) return;
      this.storedCopy = !!stored?.ok;
      this.data = stored?.ok ? this.fitData(model, stored.data) : this.createData(model);
    });
  }

  /** Applies a new document and saves it (a burst of changes is one write, never later than 250 ms). */
  protected commit(data: Data): void {
    this.data = data;
    if (this.readonly) return; // a read-only view never writes
    this.persistence.save(() => this.serialize(this.data ?? data));
  }

  // ---------------------------------------------------------------- conflicts

  /**
   * The user keeps this page's version after a conflict: the saved one is read again (an adapter that
   * checks versions takes it as seen) and this one is written over it; unreadable data is set aside first.
   */
  private keepMine = async (): Promise<void> => {
    // While an erase runs, it settles everything (the warning goes when it ends).
    if (this.settling || this.data === undefined || this.persistence.erasing) return;
    const era = this.persistence.era;
    this.settlingEra = era;
    try {
      const locale = this.i18n.locale;
      const result = await this.persistence.resolve(
        (stored) => this.parseStored(stored, locale).ok,
        () => (this.data === undefined ? undefined : this.serialize(this.data)),
      );
      // Erased or another document meanwhile: this try stood down, and there is nothing to say about it.
      if (era === this.persistence.era) this.afterResolve(result, this.i18n.strings.widgetKeptMine);
    } finally {
      if (this.settlingEra === era) this.settlingEra = undefined;
    }
  };

  /**
   * The user loads the saved version after a conflict (confirmed in a dialog): it replaces this page's
   * (unreadable saved data is set aside, and the widget starts afresh).
   */
  private loadSaved = async (): Promise<void> => {
    this.loadSavedDialog?.close();
    if (this.settling || !this.model || this.persistence.erasing) return;
    const era = this.persistence.era;
    this.settlingEra = era;
    const token = ++this.loadToken;
    const locale = this.i18n.locale;
    let loaded: Data | undefined;
    try {
      const result = await this.persistence.resolve(
        (stored) => this.parseStored(stored, locale).ok,
        (stored) => {
          if (token !== this.loadToken) return undefined; // the host gave data meanwhile: still to settle
          const parsed = stored === null ? undefined : this.parseStored(stored, locale);
          if (parsed?.ok) loaded = parsed.data;
          return null;
        },
      );
      if (token !== this.loadToken || !this.model) return; // overtaken: the conflict stands (see shown())
      if (result.ok) {
        this.data = loaded ? this.fitData(this.model, loaded) : this.createData(this.model);
        this.storedCopy = !!loaded;
        this.storageStatus.savedAt = undefined; // "Saved" (elsewhere), not when this page last saved
      }
      this.afterResolve(result, this.i18n.strings.widgetLoadedSaved);
    } finally {
      if (this.settlingEra === era) this.settlingEra = undefined;
    }
  };

  /**
   * How a try at settling a conflict ended. Settled: the warning goes, the choice is announced, focus moves
   * to the title (the button pressed is gone). Settled but not written (the network): the warning says so,
   * and the write is tried again as any other. Not settled: the conflict stands, and the user hears it
   * (focus goes to the title only if the button pressed is gone, replaced by a set-aside warning).
   */
  private afterResolve(result: Resolution, settled: string): void {
    const outcome = this.storageStatus.settle(result);
    const title = () => this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    if (outcome === 'standing') {
      this.announce(this.i18n.strings.storageNotSettled);
      this.focusAfterUpdate = () => void ((this.renderRoot as ShadowRoot).activeElement || title());
    } else {
      if (outcome === 'settled') this.announce(settled);
      this.focusAfterUpdate = title;
    }
    this.requestUpdate();
  }

  /** Another tab changed the stored document: its version is shown (each change is saved at once). */
  private externalChange(raw: string | null): void {
    if (!this.model || this.data === undefined) return;
    // After a conflict the user's version stays on screen until they choose: a newer version from elsewhere
    // must not replace it unseen.
    if (this.persistence.inConflict) return;
    if (raw === null) {
      // Erased in another tab: follow it, and do not write back what was pending here.
      this.persistence.dropPending();
      this.data = this.createData(this.model);
      this.storageStatus.savedAt = undefined;
      this.storedCopy = false;
      this.announce(this.i18n.strings.widgetRemoteUpdate);
      return;
    }
    const parsed = this.parseStored(raw, this.i18n.locale);
    if (!parsed.ok) return; // the other tab's problem; ours stays as it is
    this.persistence.dropPending();
    this.data = this.fitData(this.model, parsed.data);
    this.storedCopy = true;
    this.announce(this.i18n.strings.widgetRemoteUpdate);
  }

  // ---------------------------------------------------------------- helpers for subclasses

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    focus?.();
    const c = changed as Map<PropertyKey, unknown>;
    if (this.project && this.model && this.data && (c.has('data') || c.has('model'))) {
      this.publishState(this.project.hub, this.model, this.data);
    }
  }

  /** Tells the project this widget's state (its config and data), after every change. */
  protected publishState(_hub: ProjectHub, _model: Config, _data: Data): void {}

  protected override joinedProject(hub: ProjectHub): void {
    if (this.model && this.data) this.publishState(hub, this.model, this.data);
  }

  /** Polite announcements, coalesced: a burst of changes is announced once, when the user pauses. */
  protected announce(message: string, delay = 0): void {
    this.announcer.announce(message, delay);
  }

  /** Offers `content` as a file download (no server involved). */
  protected download(filename: string, type: string, content: string): void {
    downloadFile(this.renderRoot, filename, type, content);
  }

  /** The JSON export of the working document. */
  protected exportJson = (): void => {
    if (!this.model || this.data === undefined) return;
    const doc = { config: { id: this.model.id }, data: this.data, exportedAt: new Date().toISOString() };
    this.download(`${this.model.id}.json`, 'application/json', JSON.stringify(doc, null, 2));
  };

  /** The CSV export; subclasses that have one override it, with the label of its button. */
  protected exportCsv?: () => void;
  protected csvLabel(s: Strings): string {
    return s.exportCsv;
  }

  protected override loadingText(s: Strings): string {
    return s.widgetLoading;
  }

  /** "Last saved at …", in the user's locale. */
  protected renderSaved(s: Strings): TemplateResult {
    const at = this.storageStatus.savedAt;
    if (!at) return html`<p class="saved">${this.storedCopy ? s.widgetSaved : s.widgetNotSavedYet}</p>`;
    const locale = this.i18n.tag;
    const date = at.toLocaleDateString(locale);
    const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
    return html`<p class="saved">${s.savedAt(date, time)}</p>`;
  }

  /** The live region every announcement goes through. */
  protected renderAnnouncer(): TemplateResult {
    return this.announcer.render();
  }

  protected renderStorageWarning(s: Strings): TemplateResult | typeof nothing {
    const problem = this.storageStatus.shown(this.persistence.inConflict && !this.settling);
    const message = storageMessage(problem, {
      unavailable: s.widgetStorageUnavailable,
      denied: s.widgetStorageDenied,
      quota: s.widgetStorageQuota,
      corrupt: s.widgetStorageCorrupt,
      unknown: s.widgetStorageUnknown,
      conflict: s.widgetStorageConflict,
      conflictRead: s.widgetStorageConflictRead,
      notErased: s.storageNotErased,
    });
    const conflict = problem?.reason === 'conflict' && !this.readonly;
    const actions: WarningAction[] = conflict
      ? [
          { label: s.widgetKeepMine, run: () => void this.keepMine() },
          { label: s.widgetLoadSaved, run: () => this.loadSavedDialog?.showModal(), dialog: true },
        ]
      : [];
    actions.push({ label: s.widgetExportJson, run: this.exportJson });
    if (this.exportCsv) actions.push({ label: this.csvLabel(s), run: this.exportCsv });
    return html`${renderStorageWarning(message, actions)} ${conflict ? this.renderLoadSavedDialog(s) : nothing}`;
  }

  /** Asks before the saved version replaces this page's (which the user may export first). */
  private renderLoadSavedDialog(s: Strings): TemplateResult {
    return html`<dialog
      class="load-saved"
      part="dialog"
      aria-labelledby="load-saved-title"
      aria-describedby="load-saved-text"
    >
      <h2 id="load-saved-title">${s.widgetLoadSavedTitle}</h2>
      <p id="load-saved-text">${s.widgetLoadSavedText}</p>
      <p class="actions">
        <button type="button" class="button" part="button" @click=${() => this.loadSavedDialog?.close()}>
          ${s.cancel}
        </button>
        <button type="button" class="button" part="button" @click=${this.exportJson}>${s.widgetExportJson}</button>
        <button type="button" class="button button--danger" part="button" @click=${() => void this.loadSaved()}>
          ${s.widgetLoadSaved}
        </button>
      </p>
    </dialog>`;
  }

  /** The "erase everything" button and its confirmation dialog. */
  protected renderErase(s: Strings): TemplateResult {
    return html`
      <button
        type="button"
        class="button"
        part="button"
        aria-haspopup="dialog"
        ?disabled=${this.readonly}
        @click=${() => this.eraseDialog?.showModal()}
      >
        ${s.widgetErase}
      </button>
      <dialog class="erase" part="dialog" aria-labelledby="erase-title">
        <form method="dialog">
          <h2 id="erase-title">${s.widgetEraseTitle}</h2>
          <p>${s.widgetEraseText}</p>
          <p class="actions">
            <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
            <button
              type="submit"
              class="button button--danger"
              part="button"
              value="erase"
              @click=${() => void this.erase()}
            >
              ${s.widgetErase}
            </button>
          </p>
        </form>
      </dialog>
    `;
  }

  private async erase(): Promise<void> {
    if (await this.reset()) this.announce(this.i18n.strings.widgetErased);
  }
}
