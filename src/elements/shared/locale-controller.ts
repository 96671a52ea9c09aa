import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getStrings, localeTag, resolveLocale, type Locale, type Strings } from '../../core/index.js';

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** Explicit `locale` attribute; wins over the page's `lang`. */
  locale?: string | undefined;
  /** A site's partial overrides of the library's strings. */
  strings?: Partial<Strings> | undefined;
  /** Overrides given by an enclosing <coop-project>, used when the element has none of its own. */
  readonly inheritedStrings?: Partial<Strings> | undefined;
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

  get strings(): Strings {
    return getStrings(this.locale, this.host.strings ?? this.host.inheritedStrings);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
