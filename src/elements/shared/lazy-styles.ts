/**
 * Styles of the views loaded on first use (lazy-parts): a view's module exports `styles`, adopted into the
 * element's shadow root right after the render that follows its load — before the browser paints it — so that
 * they stay out of the first paint. Adopted after the element's own sheets, as when they were part of them.
 */
import { supportsAdoptingStyleSheets, type CSSResult, type ReactiveController, type ReactiveElement } from 'lit';

/** A view's `styles`: one sheet, or several adopted in their order. */
type Styles = CSSResult | readonly CSSResult[];

export class LazyStyles implements ReactiveController {
  private readonly adopted = new Set<CSSResult>();

  /** `names`: the parts whose module exports `styles`; each sheet is adopted once, when its part has loaded. */
  constructor(
    private readonly host: ReactiveElement,
    private readonly parts: { loaded(name: never): unknown },
    private readonly names: readonly string[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const loaded = this.parts.loaded as (this: unknown, name: string) => { styles?: Styles } | undefined;
    for (const name of this.names) {
      for (const style of [loaded.call(this.parts, name)?.styles ?? []].flat()) this.adopt(root, style);
    }
  }

  private adopt(root: ShadowRoot, style: CSSResult): void {
    if (this.adopted.has(style)) return;
    this.adopted.add(style);
    const sheet = style.styleSheet;
    if (supportsAdoptingStyleSheets && sheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } else {
      // As Lit does where a shadow root cannot adopt sheets: a <style>, with the page's nonce (strict CSP).
      const element = document.createElement('style');
      const nonce = (globalThis as { litNonce?: string }).litNonce;
      if (nonce !== undefined) element.setAttribute('nonce', nonce);
      element.textContent = style.cssText;
      root.appendChild(element);
    }
  }
}
