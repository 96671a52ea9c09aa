/**
 * The posture badge of <coop-atp-matrix> that the grid, the Postures view and the synthesis put beside each group:
 * the posture's name, opening on why the group is given it. On its own so that the grid's first paint does not
 * carry the views loaded later.
 */
import { html, type TemplateResult } from 'lit';
import type { AtpGroupAnalysis, Strings } from '../../core/runtime.js';

/** What a posture badge reads. */
export interface PostureContext {
  s: Strings;
  /** The posture's name with its qualifier, in the widget's language. */
  postureText: (g: AtpGroupAnalysis) => string;
}

/** A posture badge that opens on why the group is given it. */
export function renderPosture(g: AtpGroupAnalysis, ctx: PostureContext): TemplateResult {
  const { s } = ctx;
  return html`<details class="posture-details">
    <summary>
      <span class="posture posture--${g.posture}" part="posture posture--${g.posture}">
        <span class="visually-hidden">${s.amPostureOf(g.label)}</span>${ctx.postureText(g)}
      </span>
      <span class="why">${s.amWhy}</span>
    </summary>
    <p class="explanation">${g.explanation}</p>
  </details>`;
}
