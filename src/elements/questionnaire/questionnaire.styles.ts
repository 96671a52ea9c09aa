import { css } from 'lit';

/**
 * No inline style attributes anywhere (a strict CSP blocks them): every visual state is a class, and
 * progress is drawn by native <progress>. Layout reflows down to 320 px; forced colours keep every state
 * visible; print gets a clean report.
 */
export const questionnaireStyles = css`
  .base {
    max-width: var(--coop-questionnaire-max-width, 60rem);
  }
  .help,
  .progress-text,
  .summary-percent {
    color: var(--_muted);
  }

  /* Stepper, after the State design system's: "Étape 1 sur 3", the steps, the next one named. */
  .stepper {
    margin-block: var(--_space);
  }
  .stepper-state {
    margin: 0;
  }
  .stepper-count {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .stepper-steps {
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    gap: 0.25rem;
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
  }
  .stepper-steps li {
    border-block-start: 0.375rem solid var(--_border);
  }
  .stepper-steps li.done {
    border-block-start-color: var(--_accent);
  }
  .stepper-step {
    font: inherit;
    font-size: 0.875em;
    width: 100%;
    text-align: start;
    padding: 0.25rem 0;
    border: none;
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .stepper-step[aria-current='step'] {
    display: block;
    font-weight: 700;
    color: var(--_accent);
  }
  .stepper-next {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Progress */
  progress {
    accent-color: var(--_accent);
    width: 100%;
    height: 0.5rem;
  }
  .progress {
    display: grid;
    gap: 0.25rem;
    margin-block: var(--_space);
  }
  .summary ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .summary ol ol {
    padding-inline-start: 1.25rem;
  }
  .summary-entry {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 0.5rem;
    margin-block: 0.5rem;
  }
  .summary-entry progress {
    grid-column: 1 / -1;
    height: 0.25rem;
  }

  /* The introduction (the config's instructions) and what each answer level means. */
  .intro {
    margin-block: var(--_space);
    padding: 0.5rem var(--_space);
    border-inline-start: 0.25rem solid var(--_accent);
  }
  .intro summary,
  .summary--paged summary {
    cursor: pointer;
    font-weight: 700;
    padding-block: 0.5rem;
  }
  .intro-text p {
    margin-block: 0.5rem;
  }
  .scale-key {
    margin-block: var(--_space);
    font-size: 0.875em;
  }
  .scale-key-title {
    margin-block: 0 0.25rem;
    font-weight: 700;
  }
  .scale-key .scale-legend {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    gap: 0.5rem var(--_space);
    margin: 0;
  }
  .scale-key .scale-legend dd {
    margin: 0;
  }
  /* Paged: where the page stands, above its section heading; Back and Continue below. */
  .summary-where {
    font-weight: 400;
    color: var(--_muted);
  }
  .summary a[aria-current='page'] {
    font-weight: 700;
  }
  .page-count {
    margin-block: 0;
    color: var(--_muted);
  }
  .page-count + h4 {
    margin-block-start: 0.25rem;
  }
  .pager {
    justify-content: space-between;
  }

  /* Questions */
  /* Headings and questions reached by a link or "next unanswered" stop below the top edge, with their heading. */
  .section h4,
  .section h5,
  .step-heading {
    scroll-margin-block-start: var(--_space);
  }
  .question {
    scroll-margin-block-start: 5rem;
  }
  /* The question "next unanswered" led to: a thicker accent border and its words (not colour alone). */
  .question--target {
    border: 2px solid var(--_accent);
    border-inline-start-width: 0.375rem;
  }
  .target-mark {
    display: block;
    color: var(--_accent);
    font-size: 0.875em;
  }
  /* --coop-content-visibility: auto (opt-in) skips laying out sections off screen until they come near (a 500-question page renders in a third of the time). Not the
     default: Chromium then leaves the skipped content out of the accessibility tree (test/dist/offscreen.test.js). */
  .section {
    margin-block-start: calc(var(--_space) * 2);
    content-visibility: var(--coop-content-visibility, visible);
    contain-intrinsic-size: auto 40rem;
  }
  .question {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  /* A floated legend sits inside the box: long statements wrap cleanly instead of cutting the border. */
  legend {
    float: inline-start;
    width: 100%;
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 700;
  }
  legend + * {
    clear: both;
  }
  .help {
    margin-block: 0 0.5rem;
    font-size: 0.875em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .options--other {
    margin-block-start: 0.5rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    flex: 1 1 9rem;
  }
  .option--selected {
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  /* The focus ring outlines the whole tile, 2 px off it, rather than the 18 px radio alone. */
  .option:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .option input:focus {
    outline: none;
  }
  .option input {
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
  }
  /* No :has() here: on a 500-question page it makes every style recalculation check each option. */
  :host([readonly]) .option {
    cursor: default;
  }
  .comment {
    display: grid;
    gap: 0.25rem;
    margin-block-start: 0.75rem;
  }
  /* Headings above the questions' own size (a browser's h5 is smaller than the text). */
  h4 {
    font-size: 1.125em;
  }
  h5 {
    font-size: 1em;
  }
  .scale-legend dt {
    font-weight: 700;
  }
  .scale-legend dd {
    margin: 0 0 0.5rem;
  }

  @container (max-width: 30rem) {
    .stepper-step {
      font-size: 0.75em;
    }
    .option {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    .option--selected {
      border-color: Highlight;
    }
    .stepper-steps li.done {
      border-block-start-color: Highlight;
    }
    .button--primary {
      border: 2px solid ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
    }
  }
  /* While printing, the report is laid out beside the page, which stays (with its focus and form state). */
  .report {
    display: none;
  }
  @media print {
    .screen-only,
    .result-cards-box {
      display: none !important;
    }
    .result-table-box {
      display: block !important;
    }
    .report {
      display: block;
    }
    .stepper,
    .actions,
    .summary,
    button,
    dialog {
      display: none !important;
    }
    .report dt {
      font-weight: 700;
      margin-block-start: 0.5rem;
      break-after: avoid;
    }
    .report dd {
      margin-inline-start: 1rem;
    }
  }
`;
