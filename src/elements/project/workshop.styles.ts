/**
 * The workshop mode's styles, adopted into <coop-project>'s shadow root when the mode loads (the first paint of
 * a page without a server carries none of them): the access buttons and the new link, the confirmation dialog,
 * and the collective outputs drawn by the report's views (their tables, small print and the commitment).
 */
import { css, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

export const workshopStyles: CSSResult = css`
  .ws-row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  /* The participants' table: one card per participant when the widget is narrow (no sideways scroll at 320 px);
     each cell then names its column, which the table's header says at wider sizes. */
  .workshop-facilitator {
    container-type: inline-size;
  }
  .ws-cell-label {
    display: none;
  }
  @container (max-width: 40rem) {
    .workshop-facilitator table,
    .workshop-facilitator tbody,
    .workshop-facilitator tr,
    .workshop-facilitator th,
    .workshop-facilitator td {
      display: block;
      inline-size: auto;
      min-inline-size: 0;
    }
    .workshop-facilitator thead {
      display: none;
    }
    .workshop-facilitator tr {
      margin-block-end: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .workshop-facilitator th,
    .workshop-facilitator td {
      border: none;
      border-block-end: 1px solid var(--_border);
      text-align: start;
    }
    .ws-cell-label {
      display: block;
      font-size: 0.875em;
      font-weight: 700;
    }
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
  .ws-outputs table.wide {
    min-inline-size: 34rem;
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
