import { css } from 'lit';

/**
 * The posture badge (posture-badge.ts) that the grid, the Postures view and the Synthesis put beside each group:
 * the posture's name in its colour, "Why?" and the explanation it opens on. Part of the element's own sheets (the
 * grid shows it at first paint); the rest of the Postures view's rules come with it (postures.styles.ts).
 */
export const postureBadgeStyles = css`
  .posture-details summary {
    cursor: pointer;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
    margin-block: 0.25rem;
  }
  .posture {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    font-size: 0.875em;
    font-weight: 700;
  }
  .posture--cooperative {
    color: var(--_attractions);
  }
  .posture--opportunist {
    color: var(--_temptations);
  }
  .posture--individualist {
    color: var(--_fears);
  }
  .posture--undetermined {
    color: var(--_muted);
    border-style: dashed;
  }
  .why {
    font-size: 0.875em;
    color: var(--_accent);
    text-decoration: underline;
  }
  .explanation {
    font-size: 0.875em;
    margin-block: 0.25rem;
  }
`;
