import { css } from 'lit';
import { cardsWhenNarrow } from '../shared/cards.styles.js';

/**
 * The grid is a real table (row and column headers for screen readers). Below 40rem of the widget's own
 * width it reflows to one card per group: each cell then shows its category's name, which the table header
 * gives at wider sizes. Categories carry a colour and always their name: colour never says anything alone.
 */
export const atpMatrixStyles = css`
  /* Tables drawn as cards where narrow: the shared rule, before what this widget changes of it. */
  ${cardsWhenNarrow}
  :host {
    --_attractions: var(--coop-atp-attractions, #000091);
    --_fears: var(--coop-atp-fears, #b34000);
    --_temptations: var(--coop-atp-temptations, #6e445a);
  }
  .base {
    max-width: var(--coop-atp-max-width, 72rem);
  }
  .category-help,
  .note,
  .empty {
    color: var(--_muted);
  }

  /* Tabs */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
    margin-block: var(--_space);
  }
  .tab {
    font: inherit;
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid transparent;
    border-block-end: none;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_accent);
    margin-block-end: -1px;
  }
  .tab--selected {
    border-color: var(--_border);
    border-block-start: 3px solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
  }
  .panel:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }

  /* Grid */
  .grid-scroll {
    position: relative;
    overflow-x: auto;
  }
  .grid {
    table-layout: fixed;
    min-width: 40rem;
  }
  .grid th,
  .grid td {
    border: 1px solid var(--_border);
  }
  .grid .group-column {
    width: 14%;
  }
  .grid .posture-column {
    width: 19%;
  }
  .group-header {
    text-align: start;
  }
  .category {
    font-weight: 700;
  }
  .category-help {
    display: block;
    font-weight: 400;
    font-size: 0.875em;
  }
  .swatch {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    margin-inline-end: 0.375rem;
    border: 1px solid var(--_text);
    vertical-align: baseline;
  }
  .swatch--attractions {
    background: var(--_attractions);
    color: var(--_attractions);
  }
  .swatch--fears {
    background: var(--_fears);
    color: var(--_fears);
  }
  .swatch--temptations {
    background: var(--_temptations);
    color: var(--_temptations);
  }
  .group-name {
    display: block;
    font-weight: 700;
  }
  .trust {
    display: grid;
    gap: 0.125rem;
    margin-block: 0.5rem;
    font-size: 0.875em;
  }
  .group-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .inline-actions .link {
    margin-inline-end: 0.75rem;
  }
  .link[disabled] {
    color: var(--_muted);
    cursor: default;
    text-decoration: none;
  }
  /* Items in block layout, not grid: a grid of 12 groups × 40 items spends a quarter less time in layout.
     --coop-content-visibility: auto (opt-in) skips laying out lists off screen until they come near (a grid of 12 × 40 draws in about two thirds of the time). Not the
     default: Chromium then leaves the skipped content out of the accessibility tree (test/dist/offscreen.test.js). */
  .items {
    list-style: none;
    /* Room for the focus ring: content-visibility clips what is painted outside the list. */
    margin: 0 -0.25rem 0.5rem;
    padding: 0 0.25rem;
    content-visibility: var(--coop-content-visibility, visible);
    contain-intrinsic-block-size: auto calc(var(--_items, 1) * 5rem);
  }
  .items > li + li {
    margin-block-start: 0.5rem;
  }
  .item {
    padding-block-end: 0.5rem;
    border-block-end: 1px dashed var(--_border);
  }
  .item-text,
  .intensity,
  .note,
  .inline-actions {
    display: block;
  }
  .item .intensity,
  .item .note,
  .item .inline-actions {
    margin-block-start: 0.125rem;
  }
  .intensity,
  .note {
    font-size: 0.875em;
  }
  .intensity {
    font-weight: 700;
  }
  .cell-label {
    margin-block-end: 0.25rem;
  }
  .empty {
    margin: 0 0 0.5rem;
    font-size: 0.875em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 2rem;
    margin-inline-end: 0.75rem;
  }
  .choice input {
    accent-color: var(--_accent);
    width: 1.125rem;
    height: 1.125rem;
  }
  .rename-form {
    display: grid;
    gap: 0.25rem;
  }
  .add-group {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem var(--_space);
    margin-block: var(--_space);
  }
  .add-group .field {
    margin: 0;
    flex: 1 1 14rem;
  }

  /* One card per group when the widget is narrow: the shared rule (cards.styles.ts), the grid's own minimum width
     lifted (it comes after that rule). */
  @container (max-width: 40rem) {
    .grid {
      min-width: 0;
      table-layout: auto;
    }
  }
  @media print {
    .items {
      content-visibility: visible;
    }
    .screen-only,
    .inline-actions,
    .group-actions,
    .why {
      display: none !important;
    }
    .grid {
      min-width: 0;
    }
  }
  @media (forced-colors: active) {
    .tab--selected {
      border-block-start-color: Highlight;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
