import { css } from 'lit';

/**
 * The styles only the result and validate steps and the print report use (the global box, the recommendations,
 * the chart's colours, the section cards, the review list, the validation notice): adopted by the element's
 * shadow root when one of those parts first renders (adopt-styles.ts), so that the first screen does not carry
 * them. Everything the fill step, the header, the dialogs and the print switch use stays in
 * questionnaire.styles.ts.
 */
export const resultStyles = css`
  .review-list summary {
    cursor: pointer;
    font-weight: 700;
    padding-block: 0.5rem;
  }
  /* Result */
  .result-global {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
  }
  .result-global p {
    margin-block: 0.25rem;
  }
  .score {
    font-size: 2em;
  }
  .cap {
    color: var(--_error);
  }
  /* The order says which section is weakest: no rank number beside the sections' own numbers. */
  .recommendations {
    list-style: none;
    padding-inline-start: 0;
  }
  .recommendations li + li {
    margin-block-start: 0.75em;
  }
  .principle-link {
    margin-inline-start: 0.5em;
  }
  .chart {
    margin: 0 0 var(--_space);
  }
  .chart-box {
    position: relative;
  }
  .chart-accent {
    color: var(--_accent);
  }
  .chart-text {
    color: var(--_text);
  }
  .chart-grid {
    color: var(--_border);
  }
  td:nth-child(2),
  td:nth-child(4) {
    text-align: end;
    white-space: nowrap;
  }

  /* Validate */
  .validated {
    font-weight: 700;
    padding: 0.75rem var(--_space);
    border-inline-start: 0.375rem solid var(--_accent);
  }

  /* The sections' results as a summary list per section: drawn only where the table would not fit. */
  .result-cards-box {
    display: none;
  }
  .result-cards-title {
    font-weight: 700;
    margin-block: var(--_space) 0.5rem;
  }
  .result-cards {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .result-cards li {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .result-card-title {
    margin: 0 0 0.25rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .result-cards dl {
    margin: 0;
  }
  .result-cards dl div {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    border-block-start: 1px solid var(--_border);
    padding-block: 0.25rem;
  }
  .result-cards dd {
    margin: 0;
    text-align: end;
    overflow-wrap: anywhere;
  }

  @container (max-width: 30rem) {
    .result-table-box {
      display: none;
    }
    .result-cards-box {
      display: block;
    }
  }
`;
