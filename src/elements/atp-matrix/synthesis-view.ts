/**
 * The Synthesis view of <coop-atp-matrix>: several participants' grids merged into one, each item with how
 * many cited it, its mean intensity and a flag where they disagree; participants whose grid could not be read
 * are listed above it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { addAtpMatrixPartsStrings } from '../../core/catalogs/atp-matrix-parts.js';
import { addConfigIssueWording } from '../../core/catalogs/config-issues.js';
import { ATP_CATEGORIES, type AtpAnalysis, type AtpConfig, type AtpSynthesis } from '../../core/runtime.js';
import { renderActionSummary } from './action-view.js';
import { plansStyles } from './plans.styles.js';
import { renderPosture, type PostureContext } from './posture-badge.js';

// Its French strings, with it: out of the first paint. And the words of a grid's problems, which it shows.
addAtpMatrixPartsStrings();
addConfigIssueWording();

/** Its styles, adopted when it loads (lazy-styles.ts): the lists' it shares with the Plans view, then its own. */
export const styles = [
  plansStyles,
  css`
    .divergence {
      font-size: 0.875em;
      font-weight: 700;
      color: var(--_error);
    }
  `,
];
export { SynthesisMemo } from './synthesis-compute.js';

/** The participants' grids merged, what could not be read of them, and the merged grid's analysis. */
export interface SynthesisResult {
  merged: AtpSynthesis;
  problems: string[];
  /** For each grid merged, its index in `participants` (those that could not be read are left out). */
  kept: number[];
  analysis: AtpAnalysis;
}

export interface SynthesisViewContext extends PostureContext {
  model: AtpConfig;
  synthesis: SynthesisResult;
  number: (value: number) => string;
  /** Each participant's name, in `participants` order (the synthesis says who cited what). */
  names: readonly string[];
  /** Names joined the locale's way ("A, B et C"). */
  joinNames: (names: string[]) => string;
  dateLabel: (iso: string) => string;
}

export function renderSynthesis(ctx: SynthesisViewContext): TemplateResult {
  const { model, s } = ctx;
  const { merged, problems, analysis } = ctx.synthesis;
  const total = merged.participants;
  return html`<section class="synthesis" part="synthesis" aria-labelledby="synthesis-heading">
    <h3 id="synthesis-heading">${s.amSynthesisHeading(total)}</h3>
    ${problems.length ? html`<div class="warning" role="alert">${problems.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    <div class="grid-scroll">
      <table class="grid cards-when-narrow">
        <caption>
          ${s.amSynthesisCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="group-column">${s.amGroupColumn}</th>
            <th scope="col" class="posture-column">${s.amPostureColumn}</th>
            ${ATP_CATEGORIES.map((c) => html`<th scope="col">${model.categories[c].label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${merged.groups.map((group) => {
            const g = analysis.groups.find((a) => a.id === group.id);
            return html`<tr>
              <th scope="row" class="group-header"><span class="group-name">${group.label}</span></th>
              <td class="group">
                <span class="cell-label" aria-hidden="true">${s.amPostureColumn}</span>
                ${g ? renderPosture(g, ctx) : nothing}
                ${
                  group.trust.mean === null
                    ? html`<p class="muted">${s.amTrustNotRated}</p>`
                    : html`<p class="muted">${s.amTrustMean(ctx.number(group.trust.mean))}</p>`
                }
              </td>
              ${ATP_CATEGORIES.map(
                (category) =>
                  html`<td class="cell cell--${category}">
                    <span class="cell-label" aria-hidden="true">${model.categories[category].label}</span>
                    ${
                      group.cells[category].length
                        ? html`<ul class="items">
                            ${group.cells[category].map(
                              (item) =>
                                html`<li class="item" part="item">
                                  <span class="item-text">${item.text}</span>
                                  <span class="muted"
                                    >${s.amCitedBy(item.citedBy, total)} · ${s.amMean(ctx.number(item.mean))}</span
                                  >
                                  <span class="cited-by">${s.amCitedByNames(citedBy(ctx, item.citedByIndex))}</span>
                                  ${
                                    item.divergent
                                      ? html`<span class="divergence" part="divergence">
                                          <span aria-hidden="true">⚠ </span
                                          >${s.amDivergent(ctx.number(item.min), ctx.number(item.max))}
                                        </span>`
                                      : nothing
                                  }
                                </li>`,
                            )}
                          </ul>`
                        : html`<p class="empty">${s.amEmptyCell}</p>`
                    }
                  </td>`,
              )}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${
      merged.data.actions?.length
        ? html`<h4>${s.amSynthesisActions}</h4>
            <ul class="actions">
              ${merged.data.actions.map(
                (a) =>
                  html`<li class="action action--${a.state}" part="action">
                    ${renderActionSummary({ model, data: merged.data, s, dateLabel: ctx.dateLabel }, a)}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </section>`;
}

/** The names of the participants who cited an item (the merge's indexes are those of the grids it could read). */
function citedBy(ctx: SynthesisViewContext, indexes: readonly number[]): string {
  const { kept } = ctx.synthesis;
  return ctx.joinNames(
    indexes.map((i) => {
      const original = kept[i] ?? i;
      const name = ctx.names[original];
      return typeof name === 'string' && name.trim() ? name.trim() : ctx.s.amParticipantNumber(original + 1);
    }),
  );
}
