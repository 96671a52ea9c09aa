import { css } from 'lit';
import { cardsWhenNarrow } from '../shared/cards.styles.js';

/**
 * The register's table: its sort buttons, its rows, and its narrow layout: below 40rem of the widget's width each
 * proposal is a card (DSFR cards, GOV.UK summary list), so nothing scrolls sideways at 320 px. Adopted when the
 * table's view loads (register-table-view.ts, shared/lazy-styles.ts): a register with no proposal draws no table.
 * The grid items a proposal answers, the item picker and the evaluation come with their view
 * (register-links.styles.ts), a row being edited with its own (register-edit.styles.ts).
 */
export const registerTableStyles = css`
  /* --coop-content-visibility: auto (opt-in) skips laying out the register's rows off screen until they come near (a register of 1,000 draws in about two thirds of the time). Not the
     default: Chromium then leaves the skipped content out of the accessibility tree (test/dist/offscreen.test.js). */
  .register-scroll {
    content-visibility: var(--coop-content-visibility, visible);
    contain-intrinsic-block-size: auto calc(var(--_rows, 1) * 3.5rem + 4rem);
  }
  .register select {
    width: auto;
    max-width: 100%;
  }
  .sort {
    font: inherit;
    font-weight: 700;
    border: none;
    background: none;
    padding: 0.25rem 0;
    color: inherit;
    cursor: pointer;
    /* Inline: a header that wraps keeps its arrow after its last word. */
    display: inline-block;
    text-align: start;
    min-height: 1.5rem;
  }
  .sort:hover {
    text-decoration: underline;
  }
  .sort-icon {
    color: var(--_muted);
    margin-inline-start: 0.25rem;
  }
  .nowrap {
    white-space: nowrap;
  }
  .reason {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
    margin-block-start: 0.25rem;
  }
  .check--compact {
    margin: 0;
    align-items: center;
  }
  .row-actions {
    white-space: nowrap;
  }
  .row-actions .link + .link {
    margin-inline-start: 0.75rem;
  }
  .print-only {
    display: none;
  }
  @container (max-width: 30rem) {
    /* Narrow, the text column wraps: rows are about three times as tall. */
    .register-scroll {
      contain-intrinsic-block-size: auto calc(var(--_rows, 1) * 10rem + 4rem);
    }
  }
  @media print {
    .register-scroll {
      content-visibility: visible;
    }
    .print-only {
      display: inline;
    }
  }
  /* Tables drawn as cards where narrow: the shared rule, before what this widget changes of it. */
  ${cardsWhenNarrow}
  /* Principle 5: the grid items a proposal answers are drawn under its text (register-links.styles.ts). */
  .proposal-text {
    display: block;
  }
  /*
   * Narrow (a phone, a sidebar): each proposal is a card — its date, its text, then each field under its own
   * label and its actions beside it (DSFR cards, GOV.UK summary list): the shared rule (cards.styles.ts), and here
   * what differs. The sort buttons stay above the cards (the header row shown, not only to screen readers); the
   * table's roles stay for screen readers, which still hear the column headers.
   */
  @container (max-width: 40rem) {
    .register-scroll {
      overflow-x: visible;
      background: none;
    }
    .register > thead {
      position: static;
      display: block;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
    }
    .register thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .register th {
      border: none;
      padding: 0;
    }
    .register th:not([aria-sort]) {
      display: none;
    }
    .register > tbody > tr {
      margin-block: var(--_space);
      padding: 0.5rem 0.75rem;
    }
    .register tbody td {
      padding: 0.25rem 0;
    }
    /* No line between a card's fields here: its labels and spacing set them apart. */
    .register tbody tr > :not(:first-child) {
      border: none;
    }
    .register .cell-date {
      color: var(--_muted);
    }
    .register .proposal-cell {
      padding-block: 0.5rem;
    }
    .register .proposal-text {
      font-weight: 700;
      font-size: 1.0625em;
    }
    .register .cell-label {
      color: var(--_muted);
    }
    .register .row-actions {
      white-space: normal;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      padding-block-start: 0.5rem;
    }
    .register .row-actions .link + .link {
      margin-inline-start: 0;
    }
  }
`;
