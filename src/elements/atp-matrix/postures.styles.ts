import { css } from 'lit';

/**
 * The Postures view: each group's card with its explanation in sentences, the forces (each arrow in its column's
 * colour), the levers, the chart's box and the table of means. Not in the first paint: adopted when the view
 * loads (lazy-styles.ts); the posture badge the grid shows too is in posture-badge.styles.ts.
 */
export const posturesStyles = css`
  .posture-cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: var(--_space);
  }
  .posture-card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .posture-card h4 {
    margin-block-start: 0;
  }
  .levers-title {
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .levers {
    margin-block-start: 0;
    padding-inline-start: 1.25rem;
  }
  /* The forces: each arrow in its column's colour (trust's in the text's), the text says it all. */
  .forces {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.5rem;
    font-size: 0.875em;
  }
  .force svg {
    flex: none;
  }
  .force dt {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 700;
  }
  .force dd {
    margin: 0 0 0 3.5rem;
    overflow-wrap: anywhere;
  }
  .force--attractions svg {
    color: var(--_attractions);
  }
  .force--fears svg {
    color: var(--_fears);
  }
  .force--temptations svg {
    color: var(--_temptations);
  }
  .chart {
    margin: var(--_space) 0;
  }
  .chart-box {
    position: relative;
    height: 20rem;
  }
  .chart-color,
  .chart-text,
  .chart-grid {
    display: none;
  }
  .chart-text {
    color: var(--_text);
  }
  .chart-grid {
    color: var(--_border);
  }
  .number,
  .nowrap {
    white-space: nowrap;
  }
  .number {
    text-align: end;
  }
`;
