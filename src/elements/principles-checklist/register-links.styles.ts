import { css } from 'lit';

/**
 * Principle 5's parts of the register: the grid items a proposal answers, the item picker, and the evaluation of
 * a carried-out proposal. Adopted when their view loads (register-links-view.ts, shared/lazy-styles.ts), right after
 * the first paint, which draws none of them.
 */
export const registerLinksStyles = css`
  .answers {
    margin-block-start: 0.25rem;
    font-size: 0.875em;
  }
  .answers-label {
    color: var(--_muted);
  }
  .answers ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .item-removed {
    font-style: italic;
    color: var(--_error);
  }
  .evaluation {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    font-weight: 700;
  }
  .evaluation-note {
    display: block;
    font-weight: 400;
  }
  .evaluate {
    margin-block-start: 0.25rem;
    font-size: 0.875em;
  }
  .evaluate summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: 1.5rem;
  }
  .evaluate-form fieldset,
  .item-picker,
  .item-group {
    border: none;
    margin: 0;
    padding: 0;
  }
  .evaluate-form legend,
  .item-picker > legend,
  .item-group > legend {
    font-weight: 700;
    padding: 0;
  }
  .item-group {
    margin-block: 0.5rem;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: 0 var(--_space);
  }
  .item-picker .check,
  .evaluate-form .check {
    margin-block: 0.25rem;
    min-height: 1.5rem;
  }
`;
