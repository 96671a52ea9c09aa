import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConfigIssue, ParseOptions, ParseResult, Strings } from '../../core/index.js';
import { CoopConfigErrorEvent } from '../events.js';
import { errorPanelStyles, renderIssues } from './error-panel.js';
import { jsonAttribute } from './json-attribute.js';
import { LocaleController } from './locale-controller.js';
import { tokens } from './tokens.js';

/**
 * Base of every widget: `config` (JSON attribute mirrored by an object property) → the core's parser →
 * either a valid model for `renderContent()` or the error panel. A bad config never throws, never leaves the
 * widget blank, fires `coop-config-error` and logs one warning; the widget's user data is not touched.
 */
export abstract class CoopConfigurable<Config> extends LitElement {
  static override styles = [tokens, errorPanelStyles];

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

  /** The config to use when none is given (the default content), or `undefined` to wait for one. */
  protected defaultConfig(): Config | undefined {
    return undefined;
  }

  protected abstract renderContent(model: Config): TemplateResult;

  /** What the current model was built from; a new config or language means parsing again. */
  private applied?: { config: unknown; locale: string; strings: Partial<Strings> | undefined };

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const locale = this.i18n.locale;
    const { config, strings } = this;
    const previous = this.applied;
    if (previous && previous.config === config && previous.locale === locale && previous.strings === strings) return;
    this.applied = { config, locale, strings };
    this.applyConfig(!previous || previous.config !== config);
  }

  /** `isNew` is false when only the language changed: messages are re-localised without a second report. */
  private applyConfig(isNew: boolean): void {
    const input = this.config;
    if (input === undefined || input === null || input === '') {
      this.configIssues = [];
      this.model = this.defaultConfig();
      return;
    }
    const options = { locale: this.i18n.locale, strings: this.strings };
    const result = this.parseConfig(typeof input === 'object' ? input : String(input), options);
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

  protected override render(): TemplateResult | typeof nothing {
    if (this.configIssues.length) return renderIssues(this.configIssues, this.i18n.strings);
    return this.model === undefined ? nothing : html`${this.renderContent(this.model)}`;
  }
}
