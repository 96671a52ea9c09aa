import { css } from 'lit';

/**
 * What the grid's first screen needs of the plans' styles: the lists of cards' common rule (`.actions` also sets
 * the rows of buttons) and a group's row menu. The rest of the Plans, Postures, Synthesis and participants' styles
 * is adopted when those views load (plans.styles.ts, lazy-styles.ts), and so are the item form's and the undo
 * notice's (item-form-view.ts, undo-controller.ts).
 */
export const gridExtrasStyles = css`
  .actions,
  .suggestions,
  .unanswered-groups,
  .participants-list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .row-menu {
    margin-block-start: 0.25rem;
  }
  .row-menu-button {
    font-size: 0.875em;
  }
  .row-menu-chevron {
    margin-inline-start: 0.35em;
  }
  ul.group-actions {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.125rem;
  }
  ul.group-actions[hidden] {
    display: none;
  }
  ul.group-actions .link {
    min-height: 1.5rem;
  }
  @media print {
    .row-menu {
      display: none !important;
    }
  }
`;
