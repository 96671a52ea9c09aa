import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  getStrings,
  hasCatalog,
  loadCatalog,
  localeTag,
  resolveLocale,
  type CoopStringOverrides,
  type Locale,
  type Strings,
} from '../../core/runtime.js';

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** Explicit `locale` attribute; wins over the page's `lang`. */
  locale?: string | undefined;
  /** A site's partial overrides of the library's strings. */
  strings?: CoopStringOverrides | undefined;
  /** Overrides given by an enclosing <coop-project>, used when the element has none of its own. */
  readonly inheritedStrings?: CoopStringOverrides | undefined;
}

/** The `lang` of the nearest ancestor, looking through shadow roots to their hosts. */
function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * Gives an element its locale (explicit `locale` > nearest `lang` > French) and strings, and re-renders it
 * when the page's `lang` changes (a portal's language switch often only sets `<html lang>`).
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;
  /** Locales whose catalog could not be loaded: shown in French rather than never. */
  private static failed = new Set<Locale>();

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  get locale(): Locale {
    return resolveLocale(this.host.locale, inheritedLang(this.host));
  }

  /** The tag that formats numbers and dates in this locale. */
  get tag(): string {
    return localeTag(this.locale);
  }

  /** A site's partial overrides as given (for the strings a lazily loaded part keeps outside the catalog). */
  get overrides(): CoopStringOverrides | undefined {
    return this.host.strings ?? this.host.inheritedStrings;
  }

  get strings(): Strings {
    return getStrings(this.locale, this.host.strings ?? this.host.inheritedStrings);
  }

  /**
   * Whether the locale's strings are at hand. English is loaded on demand in the embed bundle: until it is,
   * `strings` gives French, so a widget waits (see CoopConfigurable) rather than show a mix.
   */
  get ready(): boolean {
    const { locale } = this;
    return hasCatalog(locale) || LocaleController.failed.has(locale);
  }

  hostUpdate(): void {
    const { locale } = this;
    if (this.ready) return;
    loadCatalog(locale).then(
      () => this.host.requestUpdate(),
      (error: unknown) => {
        // The part could not be fetched (a partial copy of the bundle, a network fault): French, and say why.
        if (!LocaleController.failed.has(locale)) {
          LocaleController.failed.add(locale);
          console.warn(`coop-widgets: the "${locale}" strings could not be loaded; showing French.`, error);
        }
        this.host.requestUpdate();
      },
    );
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
