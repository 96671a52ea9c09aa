import { css } from 'lit';

/**
 * What the grid's first screen needs of the plans' styles: the lists of cards' common rule (`.actions` also sets
 * the rows of buttons), the undo notice after a deletion and a group's row menu. The rest of the Plans, Postures,
 * Synthesis and participants' styles is adopted when those views load (plans.styles.ts, lazy-styles.ts).
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
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_space);
    padding: 0.5rem 0.75rem;
    margin-block: 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .undo-message {
    margin: 0;
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
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
    .row-menu,
    .undo {
      display: none !important;
    }
  }
`;
