import { css } from 'lit';
import { cardsWhenNarrow } from '../shared/cards.styles.js';

/**
 * The register's narrow layout and principle 5's parts: below 40rem of the widget's width each proposal is a
 * card (DSFR cards, GOV.UK summary list), so nothing scrolls sideways at 320 px. The grid items a proposal
 * answers, the item picker and the evaluation come with their view (register-links.styles.ts), a row being edited
 * with its own (register-edit.styles.ts).
 */
export const registerStyles = css`
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
