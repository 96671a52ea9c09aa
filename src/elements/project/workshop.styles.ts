/**
 * The workshop mode's styles, adopted into <coop-project>'s shadow root when the mode loads (the first paint of
 * a page without a server carries none of them): the access buttons and the new link, the confirmation dialog,
 * and the collective outputs drawn by the report's views (their tables, small print and the commitment).
 */
import { css, supportsAdoptingStyleSheets, type CSSResult } from 'lit';
import { cardsWhenNarrow } from '../shared/cards.styles.js';

export const workshopStyles: CSSResult = css`
  /* Tables drawn as cards where narrow: the shared rule, before what this widget changes of it. */
  ${cardsWhenNarrow}
  .ws-row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  /* The participants' table and the outputs' tables: one card per row where they are narrow (no sideways scroll at
     320 px), by the shared rule (cards.styles.ts), which measures the nearest container. */
  .workshop-facilitator,
  .ws-outputs {
    container-type: inline-size;
  }
  .ws-revoked {
    font-weight: 700;
  }
  .ws-link-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .ws-link-row input {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .ws-link {
    max-width: 48rem;
  }
  dialog h2 {
    margin-block-start: 0;
    font-size: 1.25rem;
  }
  .ws-outputs {
    margin-block: calc(var(--_space) * 2);
    overflow-wrap: break-word;
  }
  .ws-outputs h2 {
    font-size: 1.25rem;
  }
  .ws-outputs > summary {
    cursor: pointer;
  }
  .ws-outputs > summary > h2 {
    display: inline;
  }
  .ws-outputs h3 {
    font-size: 1.1rem;
  }
  .ws-outputs h4,
  .ws-outputs h5 {
    font-size: 1rem;
    margin-block: var(--_space) 0.25rem;
  }
  .ws-outputs .subtitle,
  .ws-outputs .small {
    color: var(--_muted, inherit);
  }
  .ws-outputs .small {
    font-size: 0.9em;
  }
  .ws-outputs .answer {
    display: block;
  }
  .ws-outputs .commitment dt {
    font-weight: 700;
  }
  .ws-outputs .commitment dd {
    margin: 0 0 0.5rem;
  }
`;

/** Adopts the workshop's styles after the element's own, once per shadow root. */
export function adoptWorkshopStyles(root: ShadowRoot | HTMLElement | DocumentFragment): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = workshopStyles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  if (root.querySelector('style[data-coop-workshop]')) return;
  // As Lit does where a shadow root cannot adopt sheets: a <style>, with the page's nonce (strict CSP).
  const element = document.createElement('style');
  element.dataset['coopWorkshop'] = '';
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) element.setAttribute('nonce', nonce);
  element.textContent = workshopStyles.cssText;
  root.appendChild(element);
}
