import { css } from 'lit';

/**
 * The controls every widget draws the same way: headings, buttons, notices, fields, tables, dialogs. No
 * inline style attributes anywhere (a strict CSP blocks them): every visual state is a class.
 */
export const controlStyles = css`
  /* Each widget adapts to its own width (a sidebar, a column), not the window's; its max-width is its own. */
  .base {
    container-type: inline-size;
    overflow-wrap: break-word;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1rem;
  }
  .header .title {
    flex: 1 1 16rem;
  }
  .saved,
  .description,
  .muted {
    color: var(--_muted);
  }
  .saved {
    margin: 0;
    font-size: 0.875em;
  }
  h2,
  h3,
  h4,
  h5 {
    line-height: 1.25;
    margin-block: 1.5em 0.5em;
  }
  .title {
    margin-block-start: 0;
    font-size: 1.5em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Buttons */
  .button {
    font: inherit;
    cursor: pointer;
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }
  .button--primary {
    background: var(--_accent);
    color: var(--_surface);
  }
  .button--danger {
    border-color: var(--_error);
    background: var(--_error);
    color: var(--_surface);
  }
  .button:hover {
    text-decoration: underline;
  }
  .link {
    font: inherit;
    font-size: 0.875em;
    /* A 24 px target at least (WCAG 2.2, 2.5.8), even in a table's smaller text. */
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0.25rem 0;
    border: none;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  a {
    color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: calc(var(--_space) * 1.5);
  }

  .warning,
  .notice {
    padding: 0.75rem var(--_space);
    border-inline-start: 0.375rem solid var(--_error);
    background: var(--_error-surface);
  }
  .notice {
    border-inline-start-color: var(--_accent);
    background: transparent;
  }

  textarea,
  select,
  .field input,
  .input {
    font: inherit;
    width: 100%;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  /* Positioned, so that screen-reader-only text inside a wide table scrolls with it instead of widening the page. */
  .table-scroll {
    position: relative;
    overflow-x: auto;
    /* A shade on the side where more of the table is hidden (scroll shadows: covered at either end). */
    background:
      linear-gradient(to right, var(--_surface) 30%, transparent) left / 2.5rem 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 30%, transparent) right / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.75rem 100% no-repeat scroll;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin-block: var(--_space) 0.25rem;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: var(--_space);
    max-width: 30rem;
  }
  .field-error {
    color: var(--_error);
    font-weight: 700;
    margin-block: 0.25rem;
  }
  dialog {
    max-width: min(40rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog h3 {
    margin-block-start: 0;
  }
  /* What a config's levels mean (renderLegend) */
  .legend {
    margin-block: var(--_space);
  }
  .legend summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: 1.5rem;
  }
  .legend-title {
    margin-block: 0.75rem 0.25rem;
    font-weight: 700;
    font-size: 1.125em;
  }
  .legend dt {
    font-weight: 700;
  }
  .legend dd {
    margin: 0 0 0.5rem;
  }
`;
