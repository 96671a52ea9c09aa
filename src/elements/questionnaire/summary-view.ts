/**
 * The fill step's summary: each section and subsection with its completion, as links that open it. Paged, it is
 * the navigation between pages, folded into a disclosure that names the page shown (one Tab stop before the
 * questions); on a single page it is the table of contents, unfolded.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QuestionnaireConfig, QuestionnaireResult, Strings } from '../../core/runtime.js';

export interface SummaryViewContext {
  model: QuestionnaireConfig;
  result: QuestionnaireResult;
  s: Strings;
  contentLang: string | undefined;
  /** The section shown when paged; `undefined` on a single page. */
  page: number | undefined;
  onFocusHeading(id: string): void;
}

export function renderSummary(ctx: SummaryViewContext): TemplateResult {
  const { model, result, s, page } = ctx;
  const list = html`<ol>
    ${model.sections.map((section, si) => {
      const sr = result.sections[si];
      return html`<li>
        ${entry(ctx, `${si + 1}. ${section.title}`, `h-${section.id}`, sr?.completion ?? 0, page === si)}
        <ol>
          ${section.subsections.map(
            (sub, ui) =>
              html`<li>
                ${entry(ctx, `${si + 1}.${ui + 1}. ${sub.title}`, `h-${sub.id}`, sr?.subsections[ui]?.completion ?? 0, false)}
              </li>`,
          )}
        </ol>
      </li>`;
    })}
  </ol>`;
  if (page === undefined) {
    return html`<nav class="summary" part="summary" aria-labelledby="summary-heading">
      <h4 id="summary-heading">${s.summary}</h4>
      ${list}
    </nav>`;
  }
  return html`<nav class="summary summary--paged" part="summary" aria-labelledby="summary-heading">
    <details>
      <summary id="summary-heading">
        ${s.summary} <span class="summary-where">${s.pageOf(page + 1, model.sections.length)}</span>
      </summary>
      ${list}
    </details>
  </nav>`;
}

function entry(ctx: SummaryViewContext, label: string, target: string, completion: number, current: boolean) {
  const percent = Math.round(completion);
  return html`<div class="summary-entry">
    <a
      href=${`#${target}`}
      lang=${ifDefined(ctx.contentLang)}
      aria-current=${ifDefined(current ? 'page' : undefined)}
      @click=${(e: Event) => {
        e.preventDefault();
        ctx.onFocusHeading(target);
      }}
      >${label}</a
    >
    <span class="summary-percent">${ctx.s.percent(percent)}</span>
    <progress max="100" .value=${percent} aria-label=${ctx.s.completionOf(label)}></progress>
  </div>`;
}
