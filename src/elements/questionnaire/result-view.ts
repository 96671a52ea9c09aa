/**
 * The result step: the global score and band, the section chart with its table (the chart's text
 * alternative), the recommendations (each linked to the checklist's principles for that section when the
 * project has a checklist) and the unanswered questions. The global box and the table also serve the
 * validate step and the print report. While the result is provisional (too few scored answers), it says so
 * first, shows no band and no recommendation, and lists the unanswered questions straight after.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import {
  listQuestions,
  type Principle,
  type QuestionnaireConfig,
  type QuestionnaireResult,
  type QuestionnaireStep,
  type Strings,
} from '../../core/runtime.js';
import {
  getQuestionnaireResultStrings,
  type Locale,
  type QuestionnaireResultStrings,
  type QuestionnaireStringOverrides,
} from '../../core/index.js';
import { addQuestionnairePartsStrings } from '../../core/catalogs/questionnaire-parts.js';

// The result table's and score caps' French, which the questionnaire's first paint leaves out.
addQuestionnairePartsStrings();

/** The styles of this part, adopted by the element when it first renders it. */
export { resultStyles } from './result.styles.js';
/** The chart's controller, created when the step is first drawn. */
export { createResultChart } from './result-chart.js';

/** The result's own strings (outside the catalog: see core/questionnaire/validate-strings.ts). */
export const resultStrings = (ctx: Pick<ResultSummaryContext, 'locale' | 'overrides'>): QuestionnaireResultStrings =>
  getQuestionnaireResultStrings(ctx.locale, ctx.overrides);

/** What the global box and the table show. */
export interface ResultSummaryContext {
  model: QuestionnaireConfig;
  result: QuestionnaireResult;
  s: Strings;
  /** The interface's language, and a site's overrides: the result's own strings are read with them. */
  locale: Locale;
  overrides: QuestionnaireStringOverrides | undefined;
  /** The config's language when it differs from the interface's. */
  contentLang: string | undefined;
  /** A score as the interface's language writes it, with no decimals. */
  round(value: number): string;
}

export interface ResultViewContext extends ResultSummaryContext {
  /** The chart could not be drawn: a notice stands in its place (the table still says it all). */
  chartFailed: boolean;
  /** The principles of the project's checklist, none when the project has no checklist. */
  principles: readonly Principle[];
  onOpenPrinciple(id: string): void;
  onFocusQuestion(id: string): void;
  onGoTo(step: QuestionnaireStep): void;
}

export function renderResultSummary(ctx: ResultSummaryContext): TemplateResult {
  const { model, result, s, contentLang, round } = ctx;
  const rs = resultStrings(ctx);
  const { global } = result;
  const sectionTitle = (id: string) => model.sections.find((x) => x.id === id)?.title ?? id;
  // A verdict from a few answers would mislead: while provisional, that comes first, and no band is shown.
  const { provisional } = global;
  return html`<div class="result-global" part="result">
    ${
      provisional
        ? html`<p class="provisional"><strong>${rs.resultProvisional(global.scoredAnswers, global.total)}</strong></p>
            <p>${rs.resultProvisionalHint(model.provisionalBelow)}</p>`
        : nothing
    }
    ${
      global.score === null
        ? html`<p>${rs.resultNoScore}</p>`
        : provisional
          ? // In the text's size: a provisional score must not read as a verdict.
            html`<p><strong>${rs.resultProvisionalScore(round(global.score))}</strong></p>`
          : html`<p class="score"><strong>${rs.resultScore(round(global.score))}</strong></p>
              ${
                global.band
                  ? html`<p class="band">
                        ${rs.resultBand} <strong lang=${ifDefined(contentLang)}>${global.band.label}</strong>
                      </p>
                      ${global.band.recommendation ? html`<p lang=${ifDefined(contentLang)}>${global.band.recommendation}</p>` : nothing}`
                  : nothing
              }`
    }
    ${(provisional ? [] : (global.cappedBy ?? [])).map(
      (hit) =>
        html`<p class="cap">
          ${
            hit.rule === 'sectionBelow'
              ? s.capSectionBelow(hit.sectionIds.map(sectionTitle).join(', '), hit.threshold)
              : s.capPrerequisiteNotMet
          }
        </p>`,
    )}
    <p>${rs.resultCompletion(Math.round(global.completion))}</p>
  </div>`;
}

/**
 * The sections' results: a table where the widget is wide, a summary list per section (a card) where it is
 * narrow (CSS container queries pick one; the other is not drawn, so screen readers meet one). Print keeps the
 * table.
 */
export function renderResultTable(ctx: ResultSummaryContext): TemplateResult {
  return html`${renderTable(ctx)}${renderCards(ctx)}`;
}

/** What a section's row says: its title, score, band and completion, as the interface writes them. */
function rows({ model, result, s, round }: ResultSummaryContext) {
  return result.sections.map((sr, i) => ({
    title: `${i + 1}. ${model.sections[i]?.title ?? ''}`,
    score: sr.score === null ? s.notScored : round(sr.score),
    band: (!result.global.provisional && sr.band?.label) || '—',
    completion: s.percent(Math.round(sr.completion)),
  }));
}

function renderTable(ctx: ResultSummaryContext): TemplateResult {
  const { s, contentLang } = ctx;
  const rs = resultStrings(ctx);
  // In a scrolling region of its own (focusable, named by the caption) so that on a narrow screen the page
  // itself never scrolls sideways.
  return html`<div
    class="table-scroll result-table-box"
    role="region"
    aria-labelledby="result-table-caption"
    tabindex="0"
  >
    <table class="result-table" part="result-table">
      <caption id="result-table-caption">
        ${rs.resultTableCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.columnSection}</th>
          <th scope="col">${s.columnScore}</th>
          <th scope="col">${s.columnBand}</th>
          <th scope="col">${s.columnCompletion}</th>
        </tr>
      </thead>
      <tbody>
        ${rows(ctx).map(
          (row) =>
            html`<tr>
              <th scope="row" lang=${ifDefined(contentLang)}>${row.title}</th>
              <td>${row.score}</td>
              <td lang=${ifDefined(contentLang)}>${row.band}</td>
              <td>${row.completion}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderCards(ctx: ResultSummaryContext): TemplateResult {
  const { s, contentLang } = ctx;
  const rs = resultStrings(ctx);
  return html`<div class="result-cards-box">
    <p class="result-cards-title">${rs.resultTableCaption}</p>
    <ul class="result-cards" part="result-cards">
      ${rows(ctx).map(
        (row) =>
          html`<li>
            <p class="result-card-title" lang=${ifDefined(contentLang)}>${row.title}</p>
            <dl>
              <div>
                <dt>${s.columnScore}</dt>
                <dd>${row.score}</dd>
              </div>
              <div>
                <dt>${s.columnBand}</dt>
                <dd lang=${ifDefined(contentLang)}>${row.band}</dd>
              </div>
              <div>
                <dt>${s.columnCompletion}</dt>
                <dd>${row.completion}</dd>
              </div>
            </dl>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The unanswered questions, each a link that takes the respondent to it (the result and validate steps). */
export function renderUnanswered(
  ctx: Pick<ResultViewContext, 'model' | 'result' | 'locale' | 'overrides' | 'contentLang' | 'onFocusQuestion'>,
  heading = true,
): TemplateResult | typeof nothing {
  const { model, result, contentLang } = ctx;
  const rs = resultStrings(ctx);
  if (!result.unanswered.length) return nothing;
  const questions = new Map(listQuestions(model).map((r) => [r.question.id, r.question.label]));
  return html`${heading ? html`<h4>${rs.unansweredHeading(result.unanswered.length)}</h4>` : nothing}
    <ul class="unanswered" lang=${ifDefined(contentLang)}>
      ${result.unanswered.map(
        (id) =>
          html`<li>
            <a
              href=${`#${id}`}
              @click=${(e: Event) => {
                e.preventDefault();
                ctx.onFocusQuestion(id);
              }}
              >${questions.get(id)}</a
            >
          </li>`,
      )}
    </ul>`;
}

/** The chart box's height follows its number of bars. Set through the CSSOM: a strict CSP blocks style attributes. */
const barCount = (count: number) => (el?: Element) => {
  if (el instanceof HTMLElement) el.style.height = `${count * 3 + 3}rem`;
};

export function renderResult(ctx: ResultViewContext): TemplateResult {
  const { model, result, s, contentLang, round } = ctx;
  const rs = resultStrings(ctx);
  const { provisional } = result.global;
  const titles = new Map(model.sections.map((x, i) => [x.id, `${i + 1}. ${x.title}`]));
  const principlesFor = (sectionId: string) => ctx.principles.filter((p) => p.relatesTo?.sections?.includes(sectionId));
  // The chart draws only the scored sections, one bar each.
  const bars = result.sections.filter((x) => x.score !== null).length;
  return html`
    <section class="step result" aria-labelledby="step-heading">
      <h3 id="step-heading" class="step-heading" tabindex="-1">${rs.resultHeading}</h3>
      ${renderResultSummary(ctx)} ${provisional ? renderUnanswered(ctx) : nothing}
      <h4>${rs.resultSections}</h4>
      ${
        ctx.chartFailed
          ? html`<p class="notice">${rs.chartUnavailable}</p>`
          : bars
            ? html`<figure class="chart" part="chart">
                <div class="chart-box" ${ref(barCount(bars))}>
                  <canvas role="img" aria-label=${rs.chartLabel}></canvas>
                </div>
                <span class="chart-accent" aria-hidden="true"></span><span class="chart-text" aria-hidden="true"></span
                ><span class="chart-grid" aria-hidden="true"></span>
              </figure>`
            : nothing
      }
      ${renderResultTable(ctx)}
      ${
        result.recommendations.length && !provisional
          ? html`<h4>${rs.recommendationsHeading}</h4>
              <ol class="recommendations" lang=${ifDefined(contentLang)}>
                ${result.recommendations.map(
                  (r) =>
                    html`<li>
                      <strong>${titles.get(r.sectionId)}</strong> — ${r.band.label} (${rs.resultScore(round(r.score))}).
                      ${r.band.recommendation}
                      ${principlesFor(r.sectionId).map(
                        (p) =>
                          html` <button
                            type="button"
                            class="link principle-link"
                            @click=${() => ctx.onOpenPrinciple(p.id)}
                          >
                            ${s.cpSeePrinciple(p.number)}
                          </button>`,
                      )}
                    </li>`,
                )}
              </ol>`
          : nothing
      }
      ${provisional ? nothing : renderUnanswered(ctx)}
      <div class="actions">
        <button type="button" class="button" part="button" @click=${() => ctx.onGoTo('fill')}>${s.backToFill}</button>
        <button
          type="button"
          class="button button--primary"
          part="button button--primary"
          @click=${() => ctx.onGoTo('validate')}
        >
          ${s.goToValidate}
        </button>
      </div>
    </section>
  `;
}
