import { css } from 'lit';

/**
 * The Plans view's actions, suggestions and unanswered items, the participants' list and the postures' table of
 * means at 320 px: lists of cards, never tables, so that nothing scrolls sideways. Not in the first paint: the
 * element adopts them when one of its lazy views loads (lazy-styles.ts); what the grid's first screen needs (the
 * row menu, the lists' common rule) is in grid-extras.styles.ts.
 */
export const plansStyles = css`
  .action,
  .suggestion {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    overflow-wrap: anywhere;
  }
  .action p,
  .suggestion p {
    margin: 0 0 0.25rem;
  }
  .suggestion {
    border-style: dashed;
    border-inline-start-style: solid;
    border-inline-start-color: var(--_border);
  }
  .cited-by {
    display: block;
    font-size: 0.875em;
  }
  .action--done {
    border-inline-start-style: double;
  }
  .action--editing {
    border: none;
    padding: 0;
  }
  .action-text,
  .suggestion-item {
    font-weight: 700;
  }
  .action-facts,
  .action-answers {
    font-size: 0.875em;
  }
  .action-links {
    margin: 0 0 0.25rem;
    padding-inline-start: 1.25rem;
    font-size: 0.875em;
  }
  .link-removed {
    font-style: italic;
  }
  .action-result {
    font-weight: 700;
  }
  .answered {
    font-size: 0.875em;
    font-style: italic;
  }
  .action-form {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    margin-block-end: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .action-form .field {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .action-form textarea {
    width: 100%;
    box-sizing: border-box;
  }
  .action-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--_space);
  }
  .action-fields .field {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .action-items,
  .action-group,
  .action-evaluation {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.5rem;
    min-width: 0;
  }
  .action-items legend,
  .action-evaluation legend {
    font-weight: 700;
  }
  .action-group {
    margin-block: 0.5rem;
  }
  .action-form .choice {
    display: flex;
    align-items: flex-start;
    margin-inline-end: 0;
    overflow-wrap: anywhere;
  }
  .action-form .choice input {
    flex: none;
    margin-block-start: 0.2rem;
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
  }
  .new-action {
    margin-block-end: var(--_space);
  }
  .unanswered-count {
    font-weight: 700;
    margin: 0;
  }
  .unanswered-groups ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  /* The postures' table of means: a card per group when the widget is narrow (cards.styles.ts), each mean a line
     with its name before it. */
  @container (max-width: 40rem) {
    .means > tbody > tr {
      margin-block-end: 0.5rem;
    }
    .means > tbody > tr > td {
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .means .cell-label {
      display: inline;
    }
  }
  @media print {
    .new-action,
    .add-to-plan,
    .action .inline-actions {
      display: none !important;
    }
  }
`;
