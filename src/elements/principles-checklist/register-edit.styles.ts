import { css } from 'lit';

/**
 * A row of the register being edited, when the widget is narrow and the row is a card: its actions wrap, the
 * fields' labels (hidden beside column headers) are shown above each field, which takes the card's width.
 * Adopted when the edit view loads (register-edit-view.ts, shared/lazy-styles.ts): the first paint edits no row.
 */
export const registerEditStyles = css`
  @container (max-width: 40rem) {
    .register .row-actions form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
    }
    .register .cell-items:empty {
      display: none;
    }
    .register .row--editing label.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip: auto;
      clip-path: none;
      white-space: normal;
      display: block;
      font-weight: 700;
    }
    /* Above the table's own rules (register-table.styles.ts), whichever of the two sheets came first. */
    .register .row--editing .input,
    .register .row--editing textarea,
    .register .row--editing select {
      width: 100%;
      max-width: 100%;
      box-sizing: border-box;
    }
  }
`;
