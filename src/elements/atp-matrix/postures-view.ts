/**
 * The Postures view of <coop-atp-matrix>: each group's posture, explanation and levers, the chart's figure
 * (the element's chart controller draws on its canvas with chart.ts) and the table of means the chart shows.
 * Loaded when the view is first shown (see LazyParts).
 */
import { html, type TemplateResult } from 'lit';
import { ATP_CATEGORIES, type AtpAnalysis, type AtpConfig } from '../../core/runtime.js';
import type { PostureContext } from './posture-badge.js';

export interface PosturesViewContext extends PostureContext {
  model: AtpConfig;
  analysis: AtpAnalysis;
  /** A mean as the locale writes it. */
  number: (value: number) => string;
  /** The chart could not be drawn: a notice takes the figure's place (the table still gives the numbers). */
  chartFailed: boolean;
}

/** The chart's numbers as a table: what a screen reader reads instead of the canvas. */
export function renderMeansTable(ctx: PosturesViewContext, caption: string): TemplateResult {
  const { model, analysis, s } = ctx;
  return html`<div class="table-scroll" role="region" aria-label=${caption} tabindex="0">
    <table class="means">
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
              ${ATP_CATEGORIES.map((c) => html`<td class="number">${ctx.number(g.means[c])}</td>`)}
              <td class="number">${g.trust === null ? '—' : ctx.number(g.trust)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderPostures(ctx: PosturesViewContext): TemplateResult {
  const { analysis, s } = ctx;
  return html`
    <h3>${s.amPosturesHeading}</h3>
    <ul class="posture-cards">
      ${analysis.groups.map(
        (g) =>
          html`<li class="posture-card">
            <h4>${g.label}</h4>
            <p>
              <span class="posture posture--${g.posture}" part="posture posture--${g.posture}"
                >${ctx.postureText(g)}</span
              >
            </p>
            <p class="explanation">${g.explanation}</p>
            <p class="levers-title">${s.amLevers}</p>
            ${
              g.levers.length
                ? html`<ul class="levers">
                    ${g.levers.map((l) => html`<li>${l}</li>`)}
                  </ul>`
                : html`<p class="muted">${s.amNoLevers}</p>`
            }
          </li>`,
      )}
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
