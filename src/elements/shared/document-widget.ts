/** The base of the widgets whose document conflicts the user settles: a shell over DocumentController. */
import { type nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale, StorageAdapter, Strings } from '../../core/runtime.js';
import { CoopConfigurable } from './configurable.js';
import { DocumentController, type DataParseResult } from './document-controller.js';
import { Announcer, downloadFile } from './feedback.js';
import { dataTexts } from './storage-texts.js';
import { renderDocumentWarning, renderErase, renderSaved } from './storage-view.js';
import type { ProjectHub } from './project-link.js';

export type { DataParseResult } from './document-controller.js';

/**
 * Base of the widgets that keep one working document and let the user settle its conflicts (the ATP grid,
 * the principles checklist): a thin shell over a {@link DocumentController}, whose document kind it builds
 * from the subclass's functions, and the protected API its subclasses and their views use.
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

  /** Run once after the next render (focus moves that need the new DOM). */
  protected focusAfterUpdate?: () => void;

  private readonly announcer = new Announcer(this);
  protected readonly document = new DocumentController<Config, Data>(this, {
    kind: {
      keptWhat: 'data is kept in memory',
      texts: dataTexts,
      heading: '.title',
      conflicts: { kind: 'ask' },
      key: (model) => this.documentKey(model),
      create: (model) => this.createData(model),
      parseStored: (raw, locale) => this.parseStored(raw, locale),
      document: (data) => data,
      serialize: (data) => this.serialize(data),
      parseData: (input, locale) => this.parseData(input, locale),
      fit: (model, data) => this.fitData(model, data),
    },
    property: 'data',
    model: () => this.model,
    i18n: this.i18n,
    storage: () => this.storage ?? this.project?.storage,
    readonly: () => this.readonly,
    announce: (message) => this.announce(message),
    focusAfterUpdate: (focus) => (this.focusAfterUpdate = focus),
  });

  /** The working document, `undefined` while it loads. */
  protected get data(): Data | undefined {
    return this.document.data;
  }

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
    this.document.take(input);
  }

  /**
   * Erases the saved data and starts afresh (no confirmation: the host asked). Resolves to false when the
   * stored copy could not be erased (a `coop-storage-error` says why), and, doing nothing, while no saved data
   * is open yet (the config has not arrived): call it once the widget shows it.
   */
  reset(): Promise<boolean> {
    return this.document.reset();
  }

  // ---------------------------------------------------------------- the document

  protected override modelChanged(model: Config | undefined): void {
    this.document.modelChanged(model);
  }

  /** Applies a new document and saves it (a burst of changes is one write, never later than 250 ms). */
  protected commit(data: Data): void {
    this.document.commit(data);
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
    return renderSaved(this.document, s, this.i18n.tag);
  }

  /** The live region every announcement goes through. */
  protected renderAnnouncer(): TemplateResult {
    return this.announcer.render();
  }

  /** The storage warning, with the exports at hand and, after a conflict, "keep mine" / "load saved". */
  protected renderStorageWarning(s: Strings): TemplateResult | typeof nothing {
    const csv = this.exportCsv && { label: this.csvLabel(s), run: this.exportCsv };
    return renderDocumentWarning(this.document, s, { json: this.exportJson, csv }, this.readonly);
  }

  /** The "erase everything" button and its confirmation dialog. */
  protected renderErase(s: Strings): TemplateResult {
    return renderErase(this.document, s, this.readonly);
  }
}
