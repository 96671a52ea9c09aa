/**
 * Styles of a lazily loaded part, added to the element's shadow root the first time the part renders: after the
 * element's own sheets (so the cascade is theirs, then the part's), once per root. Where a browser cannot adopt
 * style sheets, a <style> element carries them, with Lit's nonce when the page set one (as Lit itself does).
 */
import { supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const adopted = new WeakMap<ShadowRoot, Set<CSSResult>>();

export function adoptOnce(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  let done = adopted.get(root);
  if (!done) adopted.set(root, (done = new Set()));
  if (done.has(styles)) return;
  done.add(styles);
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.appendChild(style);
}
