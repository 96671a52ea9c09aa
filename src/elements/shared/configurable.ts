import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConfigIssue, ParseOptions, ParseResult, Strings } from '../../core/index.js';
import { CoopConfigErrorEvent } from '../events.js';
import { errorPanelStyles, renderIssues } from './error-panel.js';
import { jsonAttribute } from './json-attribute.js';
import { LocaleController } from './locale-controller.js';
import { tokens, utilities } from './tokens.js';

/** What a subclass's config source can be besides a value to parse. */
export const PENDING = Symbol('pending');
export class SourceFailure {
  constructor(readonly issues: ConfigIssue[]) {}
}

/**
 * @fires {CoopConfigErrorEvent} coop-config-error - The config is invalid. `detail: { issues }`.
 *
 * Base of every widget: a config source (the `config` attribute/property by default) → the core's parser →
 * either a valid model for `renderContent()` or the error panel. A bad config never throws, never leaves the
 * widget blank, fires `coop-config-error` and logs one warning; the widget's user data is not touched.
 */
export abstract class CoopConfigurable<Config> extends LitElement {
  static override styles = [tokens, utilities, errorPanelStyles];

  /** The configuration, as an object or as JSON text (attribute `config`). */
  @property({ converter: jsonAttribute })
  config?: unknown;

  /** Interface language, `fr` or `en`; defaults to the nearest `lang`, then French. */
  @property({ reflect: true })
  locale?: string;

  /** Partial overrides of the library's interface strings. */
  @property({ attribute: false })
  strings?: Partial<Strings>;

  /** The parsed config, or `undefined` while there is none or it is invalid. */
  @state()
  protected model?: Config;

  /** The problems of the current config, empty when it is valid. */
  @state()
  protected configIssues: ConfigIssue[] = [];

  protected readonly i18n = new LocaleController(this);

  /** The core's parser for this widget's config. */
  protected abstract parseConfig(input: string | object, options: ParseOptions): ParseResult<Config>;

  protected abstract renderContent(model: Config): TemplateResult;

  /**
   * The raw config to parse. Subclasses add sources (a URL, an inline script) by overriding this; they may
   * return PENDING while a source loads, a SourceFailure to report, or `undefined` for "none given".
   */
  protected configSource(): unknown {
    return this.config;
  }

  /** Called after the model changed (a new valid config, or none). */
  protected modelChanged(_model: Config | undefined, _previous: Config | undefined): void {}

  /** What the current model was built from; a new source or language means parsing again. */
  private applied?: { source: unknown; locale: string; strings: Partial<Strings> | undefined };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = this.configSource();
    const locale = this.i18n.locale;
    const { strings } = this;
    const previous = this.applied;
    if (previous && previous.source === source && previous.locale === locale && previous.strings === strings) return;
    this.applied = { source, locale, strings };
    const before = this.model;
    this.applyConfig(source, !previous || previous.source !== source);
    if (this.model !== before) this.modelChanged(this.model, before);
  }

  /** `isNew` is false when only the language changed: messages are re-localised without a second report. */
  private applyConfig(source: unknown, isNew: boolean): void {
    if (source === PENDING) {
      this.configIssues = [];
      this.model = undefined;
      return;
    }
    let result: ParseResult<Config>;
    if (source instanceof SourceFailure) {
      result = { ok: false, issues: source.issues };
    } else if (source === undefined || source === null || source === '') {
      this.configIssues = [];
      this.model = undefined; // a widget with default content returns it from configSource()
      return;
    } else {
      const options = { locale: this.i18n.locale, strings: this.strings };
      result = this.parseConfig(typeof source === 'object' ? source : String(source), options);
    }
    if (result.ok) {
      this.configIssues = [];
      this.model = result.config;
      return;
    }
    this.configIssues = result.issues;
    this.model = undefined;
    if (!isNew) return;
    console.warn(`coop-widgets: <${this.localName}> has an invalid config:`, result.issues);
    this.dispatchEvent(new CoopConfigErrorEvent({ issues: result.issues }));
  }

  protected override render(): TemplateResult {
    if (this.configIssues.length) return renderIssues(this.configIssues, this.i18n.strings);
    if (this.model === undefined) {
      return html`<p class="loading" role="status">${this.i18n.strings.loading}</p>`;
    }
    return this.renderContent(this.model);
  }
}
