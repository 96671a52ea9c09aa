import { css } from 'lit';

/**
 * The one rule for tables that become cards where their container is narrow (below 40rem: a phone, a sidebar),
 * so that nothing scrolls sideways at 320 px: a table with the class `cards-when-narrow` shows each body row as
 * a bordered card, each cell under its column's name — a `<span class="cell-label" aria-hidden="true">` at the
 * start of the cell, hidden at wider sizes where the header row says it. The header row stays in the
 * accessibility tree (visually hidden), so screen readers still hear each cell's column header.
 *
 * Used by the grid's tables (grid, Synthesis, postures' means), the register, the workshop's participants and the
 * report's wide tables: placed first in the grid's, the register's and the workshop's stylesheets (not in the
 * shared controls: the questionnaire's first paint has no such table to pay for), and, through `cssText`, in the
 * archived report file. Each keeps only what differs (the register's sort buttons, the means' summary lines).
 * Every `var()` has a fallback: the archived file has none of the widgets' tokens. A container query: it needs an
 * ancestor with `container-type`.
 */
export const cardsWhenNarrow = css`
  .cell-label {
    display: none;
  }
  @container (max-width: 40rem) {
    .cards-when-narrow,
    .cards-when-narrow :is(caption, tbody, tr, th, td) {
      display: block;
      inline-size: auto;
      min-inline-size: 0;
    }
    .cards-when-narrow > thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .cards-when-narrow > tbody > tr {
      margin-block-end: var(--_space, 1rem);
      border: 1px solid var(--_border, currentColor);
      border-radius: var(--_radius, 0.25rem);
    }
    /* A line between fields, drawn above each but the first: an empty field left out leaves no double line. */
    .cards-when-narrow :is(tbody th, td) {
      border: none;
      text-align: start;
    }
    .cards-when-narrow tbody tr > :not(:first-child) {
      border-block-start: 1px solid var(--_border, currentColor);
    }
    .cards-when-narrow td.cell-empty {
      display: none;
    }
    .cards-when-narrow .cell-label {
      display: block;
      font-size: 0.875em;
      font-weight: 700;
    }
  }
`;
