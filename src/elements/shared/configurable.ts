import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  ConfigIssue,
  CoopStringOverrides,
  Locale,
  ParseOptions,
  ParseResult,
  Strings,
} from '../../core/runtime.js';
import { configIssueStrings, hasConfigIssueWording } from '../../core/catalogs/issue-wording.js';
import { CoopConfigErrorEvent } from '../events.js';
import { errorPanelStyles, loadIssuesPanel, renderConfigNotice } from './error-panel.js';
import { jsonAttribute } from './json-attribute.js';
import { partsPending, partsSettled, prefetchAfter } from './lazy-parts.js';
import { LocaleController } from './locale-controller.js';
import type { ProjectHub, ProjectHubEventMap, ProjectLink } from './project-link.js';
import { ProjectRequest } from './project-request.js';
import { tokens, utilities } from './tokens.js';

/** What a subclass's config source can be besides a value to parse. */
export const PENDING = Symbol('pending');
/** A source that could not be had: its one `fetch_failed` problem, worded when it is reported. */
export class SourceFailure {
  constructor(readonly message: (s: Strings) => string) {}
}

/**
 * @fires {CoopConfigErrorEvent} coop-config-error - The config is invalid. `detail: { issues }`.
 *
 * Base of every widget: a config source (the `config` attribute/property by default) → the core's parser →
 * either a valid model for `renderContent()` or, when it is broken, a neutral notice for visitors (the full
 * panel of problems with `show-config-errors`). A bad config never throws, never leaves the widget blank, fires
 * `coop-config-error` and logs one warning with every problem; the widget's user data is not touched. The words
 * of the problems load with the first one (the panel's module): the notice shows at once, the event and the
 * warning follow once the problems are worded (or with their codes, if the wording cannot be loaded).
 */
export abstract class CoopConfigurable<Config> extends LitElement {
  static override styles = [tokens, utilities, errorPanelStyles];

  /** The configuration, as an object or as JSON text (attribute `config`). */
  @property({ converter: jsonAttribute })
  config?: unknown;

  /** URL of a JSON config, fetched once (a failed fetch is shown as a config error). */
  @property()
  src?: string;

  /** Interface language, `fr` or `en`; defaults to the nearest `lang`, then French. */
  @property({ reflect: true })
  locale?: string;

  /**
   * Set it on a page being edited — a CMS's preview, Storybook, the preview of `<coop-config-editor>` (which
   * sets it): a broken config then shows the full panel, every problem in plain words with its JSON path. Off
   * by default, for a published page: its visitors read a neutral notice (« Cet outil est momentanément
   * indisponible. » / "This tool is temporarily unavailable.", `role="alert"`), and the problems go to the
   * `coop-config-error` event and the console only.
   */
  @property({ type: Boolean, attribute: 'show-config-errors' })
  showConfigErrors = false;

  /** Partial overrides of the library's interface strings (any key of any area). */
  @property({ attribute: false })
  strings?: CoopStringOverrides;

  /** The parsed config, or `undefined` while there is none or it is invalid. */
  @state()
  protected model?: Config;

  /** The problems of the current config, empty when it is valid. */
  @state()
  protected configIssues: ConfigIssue[] = [];

  constructor() {
    super();
    // Its parts and its document's rare code are fetched once it no longer waits on the network for what it
    // draws (its language's strings, a config at a URL, its default content): they would compete with that.
    prefetchAfter(this, () => this.i18n.ready && this.applied?.source !== PENDING);
  }

  /** The <coop-project> this widget is in, if any: its storage, strings and the other widgets. */
  @state()
  protected project?: ProjectLink;
  /** Asks for it when connected, and again when a provider arrives later (see project-request.ts). */
  private readonly projectRequest = new ProjectRequest(this, (link) => (this.project = link));

  /** The project's string overrides, used when the widget has none of its own. */
  get inheritedStrings(): CoopStringOverrides | undefined {
    return this.project?.strings;
  }

  protected readonly i18n = new LocaleController(this);
  private hubListeners: (() => void)[] = [];
  private joined?: ProjectHub;

  /** The text of a child `<script type="application/json">`, read when the element is connected. */
  private inline?: string;
  @state() private fetched: unknown = undefined;
  @state() private defaults: Partial<Record<Locale, Config>> = {};
  private defaultsFailed?: SourceFailure;

  /** The core's parser for this widget's config. */
  protected abstract parseConfig(input: string | object, options: ParseOptions): ParseResult<Config>;

  protected abstract renderContent(model: Config): TemplateResult;

  /**
   * The widget's default content in `locale`, loaded with `import()` only when the page gives no config of
   * its own, so that it stays out of the first paint of pages that bring theirs.
   */
  protected abstract loadDefaultConfig(locale: Locale): Promise<Config>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.project) this.join(this.project.hub);
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inline = script?.textContent?.trim() || undefined;
  }

  /**
   * The raw config to parse, from the first source given: the `config` attribute or property, a child
   * `<script type="application/json">`, the `src` URL, else the default content of the locale. PENDING while
   * a source loads, a SourceFailure when it could not be had.
   */
  protected configSource(): unknown {
    if (this.config !== undefined && this.config !== null && this.config !== '') return this.config;
    if (this.inline) return this.inline;
    if (this.src) return this.fetched;
    const locale = this.i18n.locale;
    const loaded = this.defaults[locale];
    if (loaded) return loaded;
    if (this.defaultsFailed) return this.defaultsFailed;
    this.loadDefaultConfig(locale).then(
      (config) => {
        this.defaults = { ...this.defaults, [locale]: config };
      },
      (error: unknown) => {
        // A page that copied the bundle without its folder of lazy parts: say so, never stay on "loading".
        const detail = error instanceof Error ? error.message : String(error);
        this.defaultsFailed = new SourceFailure((s) => s.issueFetchFailed('default-content', detail));
        this.requestUpdate();
      },
    );
    return PENDING;
  }

  private async fetchConfig(url: string): Promise<void> {
    this.fetched = PENDING;
    const fail = (detail: string) => new SourceFailure((s) => s.issueFetchFailed(url, detail));
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      const text = await response.text();
      if (this.src !== url) return;
      // A status is said in words ("not found", with the URL and the status), not as "HTTP 404".
      this.fetched = response.ok ? text : new SourceFailure((s) => s.issueFetchStatus(url, response.status));
    } catch (error) {
      if (this.src !== url) return;
      this.fetched = fail(error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Resolves once the widget has rendered, including the parts it is loading on demand (a step or a view
   * reached for the first time) and the wording of its config's problems: a host, a test or an assistive script
   * that awaits it finds the part drawn, and the problems reported.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (partsPending(this) || this.panelLoading) {
      await Promise.all([partsSettled(this), this.panelLoading]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The developer's panel of problems once loaded (see loadIssuesPanel); it brings the problems' wording. */
  private issuesPanel?: Awaited<ReturnType<typeof loadIssuesPanel>>;
  private panelLoading?: Promise<void> | undefined;
  /** A report (event and warning) waits for the problems' wording. */
  private reportWhenWorded = false;

  /** The panel if loaded; starts the load the first time (then the current problems are parsed again). */
  private panel(): Awaited<ReturnType<typeof loadIssuesPanel>> | undefined {
    if (!this.issuesPanel)
      this.panelLoading ??= loadIssuesPanel().then(
        (module) => {
          this.issuesPanel = module;
          this.panelLoading = undefined;
          this.worded();
          this.requestUpdate();
        },
        (error: unknown) => {
          // The notice stays; the problems go to the console and the coop-config-error event with their codes.
          this.panelLoading = undefined;
          console.warn('coop-widgets: the config problems panel could not be loaded', error);
          this.worded();
        },
      );
    return this.issuesPanel;
  }

  /**
   * The panel's module is here (with the problems' wording) or could not be: the current problems, found
   * without wording, are parsed again to be worded and reported if a report waits; without wording, reported
   * with their codes for messages rather than never.
   */
  private worded(): void {
    const report = this.reportWhenWorded;
    this.reportWhenWorded = false;
    const applied = this.applied;
    if (!applied || !this.configIssues.length) return; // a valid config came meanwhile: nothing to word
    if (hasConfigIssueWording()) this.applyConfig(applied.source, applied.strings, report);
    else if (report)
      this.report(this.configIssues.map((issue) => ({ ...issue, message: issue.message || issue.code })));
  }

  /** What is shown while the config or the data loads. */
  protected loadingText(s: Strings): string {
    return s.loading;
  }

  /** Called after the model changed (a new valid config, or none). */
  protected modelChanged(_model: Config | undefined, _previous: Config | undefined): void {}

  /** What the current model was built from; a new source or language means parsing again. */
  private applied?: { source: unknown; locale: string; strings: CoopStringOverrides | undefined };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leave();
  }

  /**
   * Called when the widget joins a project (or moves to another): subclasses listen to the hub here with
   * `listen()`, and publish their state. Listeners are removed when the widget leaves.
   */
  protected joinedProject(_hub: ProjectHub): void {}
  /** Called when the widget leaves its project (removed from the page, or the project goes away). */
  protected leftProject(_hub: ProjectHub): void {}

  protected listen<K extends keyof ProjectHubEventMap>(
    type: K,
    listener: (event: ProjectHubEventMap[K]) => void,
  ): void {
    const hub = this.joined;
    if (!hub) return;
    hub.addEventListener(type, listener);
    this.hubListeners.push(() => hub.removeEventListener(type, listener));
  }

  private join(hub: ProjectHub): void {
    if (this.joined === hub) return;
    this.leave();
    this.joined = hub;
    this.joinedProject(hub);
  }

  private leave(): void {
    const hub = this.joined;
    if (!hub) return;
    for (const remove of this.hubListeners) remove();
    this.hubListeners = [];
    this.joined = undefined;
    this.leftProject(hub);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed as Map<PropertyKey, unknown>).has('project')) {
      if (this.project) this.join(this.project.hub);
      else this.leave();
    }
    if (changed.has('src') && this.src && !this.config && !this.inline) void this.fetchConfig(this.src);
    // The language's strings are still loading (LocaleController asks for them): parse once they are here,
    // so that issues and content come in one language. Meanwhile the current model stays.
    if (!this.i18n.ready) return;
    const source = this.configSource();
    const locale = this.i18n.locale;
    // The widget's own overrides, else its project's: the issues speak as the rest of the widget does.
    const strings = this.strings ?? this.inheritedStrings;
    const previous = this.applied;
    if (previous && previous.source === source && previous.locale === locale && previous.strings === strings) return;
    this.applied = { source, locale, strings };
    const before = this.model;
    this.applyConfig(source, strings, !previous || previous.source !== source);
    if (this.model !== before) this.modelChanged(this.model, before);
  }

  /** `isNew` is false when only the language changed: messages are re-localised without a second report. */
  private applyConfig(source: unknown, strings: CoopStringOverrides | undefined, isNew: boolean): void {
    if (source === PENDING) {
      this.configIssues = [];
      this.model = undefined;
      return;
    }
    let result: ParseResult<Config>;
    if (source instanceof SourceFailure) {
      const message = source.message(configIssueStrings(this.i18n.strings));
      result = { ok: false, issues: [{ path: '', code: 'fetch_failed', message }] };
    } else if (source === undefined || source === null || source === '') {
      this.configIssues = [];
      this.model = undefined; // a widget with default content returns it from configSource()
      return;
    } else {
      const options = { locale: this.i18n.locale, strings };
      result = this.parseConfig(typeof source === 'object' ? source : String(source), options);
    }
    if (result.ok) {
      this.configIssues = [];
      this.model = result.config;
      return;
    }
    this.configIssues = result.issues;
    this.model = undefined;
    // Found without their wording: the notice shows at once, the report waits for the words (see worded()).
    if (!hasConfigIssueWording()) {
      this.reportWhenWorded ||= isNew;
      this.panel();
      return;
    }
    if (isNew) this.report(result.issues);
  }

  /** The developer's copy of the problems, one per line, whatever the visitor sees, and the event. */
  private report(issues: ConfigIssue[]): void {
    const lines = issues.map((i) => `\n- ${i.path || '(root)'}: ${i.where ? `${i.where}: ` : ''}${i.message}`);
    console.warn(`coop-widgets: <${this.localName}> has an invalid config:${lines.join('')}`, issues);
    this.dispatchEvent(new CoopConfigErrorEvent({ issues }));
  }

  protected override render(): TemplateResult {
    if (this.configIssues.length) {
      const s = this.i18n.strings;
      const lang = this.i18n.locale;
      // With show-config-errors, the visitor's notice until the panel's module is here (a moment, once).
      const panel = this.showConfigErrors ? this.panel() : undefined;
      return panel ? panel.renderIssues(this.configIssues, s, lang) : renderConfigNotice(s, lang);
    }
    if (this.model === undefined) {
      return html`<p class="loading" role="status">${this.loadingText(this.i18n.strings)}</p>`;
    }
    return this.renderContent(this.model);
  }
}
