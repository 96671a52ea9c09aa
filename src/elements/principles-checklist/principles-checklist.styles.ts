import { css } from 'lit';

/**
 * The checklist adapts to its own width (a sidebar, a column): every form stacks, nothing scrolls sideways at
 * 320 px; the register's table, a card per proposal when narrow, has its styles with its view
 * (register-table.styles.ts). The threshold mark of the gauge is placed by a custom property set through the
 * CSSOM (`--_threshold`), never by a style attribute.
 */
export const principlesChecklistStyles = css`
  :host {
    --_success: var(--coop-color-success, #18753c);
  }
  .base {
    max-width: var(--coop-principles-max-width, 60rem);
  }
  progress {
    accent-color: var(--_accent);
    width: 100%;
    height: 0.75rem;
  }
  .principle-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .principle {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
  }
  /* Nobody has said where it stands yet: a dashed edge (the checked "Not assessed yet" says it in words). */
  .principle--not-assessed {
    border-style: dashed;
  }
  .principle--in-progress {
    border-inline-start-color: var(--_accent);
  }
  .principle--in-place {
    border-inline-start-color: var(--_success);
  }
  .principle-title {
    margin-block: 0 0.5rem;
    display: grid;
    gap: 0.25rem;
  }
  .principle-number {
    font-size: 0.875em;
    color: var(--_muted);
    font-weight: 400;
  }
  .statuses {
    border: none;
    margin: 0;
    padding: 0;
  }
  .statuses legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .status-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.5rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option--selected {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 700;
  }
  .option input {
    accent-color: var(--_accent);
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
  }
  .principle-details {
    margin-block-start: 0.75rem;
  }
  .principle-details summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: 1.5rem;
  }
  .details-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    gap: 0 var(--_space);
  }
  .field--wide {
    grid-column: 1 / -1;
    max-width: none;
  }
  .field--inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .field--inline select {
    width: auto;
  }

  /* The commitment gauge: a native <meter>, with the threshold marked on its track. */
  .prerequisite {
    margin-block-start: calc(var(--_space) * 2);
  }
  .gauge {
    display: grid;
    gap: 0.25rem;
    max-width: 36rem;
  }
  .gauge-track {
    position: relative;
    padding-block: 0.25rem;
  }
  meter {
    display: block;
    width: 100%;
    height: 1.25rem;
  }
  .gauge-mark {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_threshold, 60%);
    width: 0;
    border-inline-start: 3px solid var(--_text);
  }
  .gauge-legend {
    display: flex;
    justify-content: space-between;
    margin: 0;
    font-size: 0.875em;
  }
  .gauge-value {
    font-weight: 700;
  }
  .commitment,
  .commitment-kept {
    font-weight: 700;
    padding: 0.75rem var(--_space);
    border-inline-start: 0.375rem solid var(--_border);
  }
  /* Kept, not yet: where the project stands while it carries proposals out, not an alarm (the border says so). */
  .commitment-kept--not-met {
    font-weight: 400;
  }
  .commitment--met,
  .commitment-kept--met {
    border-inline-start-color: var(--_success);
  }
  .commitment--not-met {
    border-inline-start-color: var(--_error);
  }

  /* Register */
  .proposal-form > fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    gap: 0 var(--_space);
  }
  .proposal-form > fieldset > legend {
    font-weight: 700;
  }
  .proposal-form .actions {
    grid-column: 1 / -1;
    margin-block: 0.5rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .filters .field {
    margin-block: 0.5rem;
  }
  .shown {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @container (max-width: 30rem) {
    .filters {
      display: grid;
    }
  }
  @media print {
    .screen-only,
    .warning:not([part='commitment-warning']) {
      display: none !important;
    }
    .principle {
      break-inside: avoid;
    }
    .principle-details:not([open]) {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .option--selected {
      outline: 2px solid Highlight;
    }
    .gauge-mark {
      border-color: CanvasText;
    }
  }
`;
