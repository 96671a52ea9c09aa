/**
 * The Postures view of <coop-atp-matrix>: each group's posture, the forces that push it and hold it back (a
 * two-arrow figure over the same facts in text), explanation and levers, the chart's figure
 * (the element's chart controller draws on its canvas with chart.ts) and the table of means the chart shows.
 * Loaded when the view is first shown (see LazyParts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addAtpMatrixPartsStrings } from '../../core/catalogs/atp-matrix-parts.js';
import {
  ATP_CATEGORIES,
  type AtpAnalysis,
  type AtpConfig,
  type AtpForce,
  type AtpGroupForces,
} from '../../core/runtime.js';
import type { PostureContext } from './posture-badge.js';
import { plansStyles } from './plans.styles.js';
import { posturesStyles } from './postures.styles.js';

// Its French strings, with it: out of the first paint.
addAtpMatrixPartsStrings();

/** Its styles, adopted when it loads (lazy-styles.ts): its own, then the lists' and narrow tables' it shares. */
export const styles = [posturesStyles, plansStyles];
/** The chart's controller comes with the view: the element makes it the first time the view is shown. */
export { posturesChart } from './postures-chart.js';
/** What pushes each group and what holds it back: computed with this view, out of the first paint. */
export { postureForces } from '../../core/runtime.js';

export interface PosturesViewContext extends PostureContext {
  model: AtpConfig;
  analysis: AtpAnalysis;
  /** What pushes each group and what holds it back, in the analysis' order. */
  forces: AtpGroupForces[];
  /** A mean as the locale writes it. */
  number: (value: number) => string;
  /** The chart could not be drawn: a notice takes the figure's place (the table still gives the numbers). */
  chartFailed: boolean;
}

/** The chart's numbers as a table: what a screen reader reads instead of the canvas. */
export function renderMeansTable(ctx: PosturesViewContext, caption: string): TemplateResult {
  const { model, analysis, s } = ctx;
  return html`<div class="table-scroll" role="region" aria-label=${caption} tabindex="0">
    <table class="means cards-when-narrow">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.amGroupColumn}</th>
          ${ATP_CATEGORIES.map((c) => html`<th scope="col" class="number">${model.categories[c].label}</th>`)}
          <th scope="col" class="number">${s.amTrust}</th>
        </tr>
      </thead>
      <tbody>
        ${analysis.groups.map(
          (g) =>
            html`<tr>
              <th scope="row">${g.label}</th>
              ${ATP_CATEGORIES.map(
                (c) =>
                  html`<td class="number">
                    <span class="cell-label" aria-hidden="true">${model.categories[c].label}</span>${ctx.number(
                      g.means[c],
                    )}
                  </td>`,
              )}
              <td class="number">
                <span class="cell-label" aria-hidden="true">${s.amTrust}</span>${
                  g.trust === null ? '—' : ctx.number(g.trust)
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * An arrow as long as the force is strong on its scale: forward for what pushes, backward for what holds back,
 * dashed when the grid says nothing. Drawn in currentColor, so forced colours keep it; hidden from screen
 * readers, which read the text beside it.
 */
function arrow(value: number | null, top: number, push: boolean): TemplateResult {
  const length = 10 + (34 * (value ?? 0)) / (top || 1);
  const tip = push ? 2 + length : 46 - length;
  const back = push ? tip - 7 : tip + 7;
  return html`<svg class="force-arrow" viewBox="0 0 48 16" width="48" height="16" aria-hidden="true" focusable="false">
    <line
      x1=${push ? 2 : 46}
      y1="8"
      x2=${back}
      y2="8"
      stroke="currentColor"
      stroke-width="3"
      stroke-dasharray=${value === null ? '3 2' : 'none'}
    ></line>
    <polygon points="${tip},8 ${back},2 ${back},14" fill="currentColor"></polygon>
  </svg>`;
}

function renderForce(f: AtpForce, push: boolean, ctx: PosturesViewContext): TemplateResult {
  const { s, model } = ctx;
  const { value, category } = f;
  const levels = (category === 'trust' ? model.trust : model.intensity).levels;
  let fact: string | TemplateResult;
  if (value === null) {
    fact = category === 'trust' ? s.amTrustUnset : s.amForceMissing(model.categories[category].label);
  } else {
    const level = s.amIntensity(levels.find((l) => l.value === value)?.label ?? ctx.number(value), value);
    fact = f.item ? html`<span class="force-item">${f.item.text}</span> — ${level}` : level;
  }
  const top = Math.max(...levels.map((l) => l.value));
  return html`<div class="force force--${push ? 'push' : 'hold'} force--${category}">
    <dt>${arrow(value, top, push)}${f.label}</dt>
    <dd>${fact}</dd>
  </div>`;
}

export function renderPostures(ctx: PosturesViewContext): TemplateResult {
  const { analysis, s } = ctx;
  return html`
    <h3>${s.amPosturesHeading}</h3>
    <p class="forces-intro">${s.amForcesIntro}</p>
    <ul class="posture-cards">
      ${analysis.groups.map((g, index) => {
        const forces = ctx.forces[index];
        return html`<li class="posture-card">
          <h4>${g.label}</h4>
          <p>
            <span class="posture posture--${g.posture}" part="posture posture--${g.posture}"
              >${ctx.postureText(g)}</span
            >
          </p>
          ${
            forces?.pushing && forces.restraining
              ? html`<dl class="forces" part="forces">
                  ${renderForce(forces.pushing, true, ctx)} ${renderForce(forces.restraining, false, ctx)}
                </dl>`
              : nothing
          }
          <p class="explanation">${g.explanation}</p>
          <p class="levers-title">${s.amLevers}</p>
          ${
            g.levers.length
              ? html`<ul class="levers">
                  ${g.levers.map((l) => html`<li>${l}</li>`)}
                </ul>`
              : html`<p class="muted">${s.amNoLevers}</p>`
          }
        </li>`;
      })}
    </ul>
    ${
      ctx.chartFailed
        ? html`<p class="notice">${s.amChartUnavailable}</p>`
        : html`<figure class="chart" part="chart">
            <div class="chart-box">
              <canvas class="postures-chart" role="img" aria-label=${s.amChartLabel}></canvas>
            </div>
            ${ATP_CATEGORIES.map((c) => html`<span class="swatch swatch--${c} chart-color" aria-hidden="true"></span>`)}
            <span class="chart-text" aria-hidden="true"></span><span class="chart-grid" aria-hidden="true"></span>
          </figure>`
    }
    ${renderMeansTable(ctx, s.amMeansCaption)}
  `;
}
