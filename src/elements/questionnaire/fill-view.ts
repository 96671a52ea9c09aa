/**
 * The fill step: the introduction, the progress bar, the summary, the questions — one section per page with
 * Back / Continue (paged, the default) or every section on one page — and the actions (next unanswered, see the
 * result, erase the answers). Questions are numbered 1 to N across sections, as progress counts them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  listQuestions,
  type AnswerValue,
  type QuestionnaireConfig,
  type QuestionnaireResult,
  type QuestionnaireStep,
  type Responses,
  type Section,
  type Strings,
} from '../../core/runtime.js';
import { renderIntro, renderScaleLegend } from './intro-view.js';
import { renderQuestion } from './question-view.js';
import { renderSummary } from './summary-view.js';

export interface FillViewContext {
  model: QuestionnaireConfig;
  responses: Responses;
  result: QuestionnaireResult;
  s: Strings;
  /** The interface's language: a question is drawn again when it changes. */
  locale: string;
  /** The config's language when it differs from the interface's. */
  contentLang: string | undefined;
  /** The host made the widget read-only (said in a notice). */
  readonly: boolean;
  /** No answer can change: read-only, or the result is validated. */
  locked: boolean;
  /** The section shown when paged; `undefined` when every section is on one page. */
  page: number | undefined;
  /** The question "next unanswered" led to, marked. */
  target: string | undefined;
  /** Whether the introduction is unfolded. */
  introOpen: boolean;
  onIntroToggle(open: boolean): void;
  onAnswer(questionId: string, value: AnswerValue): void;
  onComment(questionId: string, comment: string): void;
  onClear(questionId: string): void;
  onNextUnanswered(): void;
  onFocusHeading(id: string): void;
  /** Shows another page (paged only). */
  onPage(section: number): void;
  onGoTo(step: QuestionnaireStep): void;
  onErase(): void;
}

/** Each question's number, 1 to N across sections, computed once per questionnaire (not at every answer). */
const numbering = new WeakMap<QuestionnaireConfig, Map<string, number>>();
function numbersOf(model: QuestionnaireConfig): Map<string, number> {
  let numbers = numbering.get(model);
  if (!numbers) {
    numbers = new Map(listQuestions(model).map((r, i) => [r.question.id, i + 1]));
    numbering.set(model, numbers);
  }
  return numbers;
}

export function renderFill(ctx: FillViewContext): TemplateResult {
  const { model, responses, result, s, locked: ro, page } = ctx;
  const { answered, total } = result.global;
  // One listener for every question. Radios are named after their question; comment fields carry it in
  // data-question.
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (input instanceof HTMLTextAreaElement) {
      if (input.dataset.question) ctx.onComment(input.dataset.question, input.value);
    } else if (input.name) {
      ctx.onAnswer(input.name, input.dataset.kind === 'level' ? Number(input.value) : input.value);
    }
  };
  const onInput = (event: Event) => {
    if (event.target instanceof HTMLTextAreaElement) onChange(event);
  };
  const numbers = numbersOf(model);
  const shown = page === undefined ? model.sections : model.sections.slice(page, page + 1);
  const first = page ?? 0;
  return html`
    <section class="step fill" aria-labelledby="step-heading">
      <h3 id="step-heading" class="step-heading" tabindex="-1">${s.stepFill}</h3>
      ${
        responses.status === 'validated'
          ? html`<p class="notice">${s.validatedNotice}</p>`
          : ctx.readonly
            ? html`<p class="notice">${s.readonlyNotice}</p>`
            : responses.history?.length
              ? html`<p class="notice">${s.reopenedNotice}</p>`
              : nothing
      }
      ${renderIntro({ model, s, contentLang: ctx.contentLang, open: ctx.introOpen, onToggle: ctx.onIntroToggle })}
      <div class="progress" part="progress">
        <label for="global-progress">${s.progressLabel}</label>
        <progress id="global-progress" max=${total} .value=${answered}></progress>
        <span class="progress-text">${s.progressText(answered, total)}</span>
      </div>
      ${renderSummary({ model, result, s, contentLang: ctx.contentLang, page, onFocusHeading: ctx.onFocusHeading })}
      ${renderScaleLegend({ model, s, contentLang: ctx.contentLang })}
      <div class="questions" @change=${onChange} @input=${onInput}>
        ${shown.map((section, i) => renderSection(ctx, section, first + i, numbers, page !== undefined))}
      </div>
      ${renderActions(ctx, ro)}
    </section>
  `;
}

function renderSection(
  ctx: FillViewContext,
  section: Section,
  si: number,
  numbers: Map<string, number>,
  paged: boolean,
): TemplateResult {
  const { model, responses, locked: ro, contentLang: cl } = ctx;
  return html`
    <section class="section" part="section" aria-labelledby=${`h-${section.id}`}>
      ${paged ? html`<p class="page-count">${ctx.s.pageOf(si + 1, model.sections.length)}</p>` : nothing}
      <h4 id=${`h-${section.id}`} tabindex="-1" lang=${ifDefined(cl)}>${si + 1}. ${section.title}</h4>
      ${section.description ? html`<p class="description" lang=${ifDefined(cl)}>${section.description}</p>` : nothing}
      ${section.subsections.map((sub, ui) => {
        const answers = sub.questions.map((q) =>
          Object.hasOwn(responses.answers, q.id) ? responses.answers[q.id] : undefined,
        );
        // An answer draws again its subsection's ten-odd questions, not the page's hundreds: a subsection is
        // drawn again only when one of its answers, the lock, the questionnaire, the language or the target of
        // "next unanswered" changes (then each question's directive changes only what differs in it).
        return guard([sub, ro, model, ctx.locale, ctx.target, si, ...answers], () => {
          return html`
            <h5 id=${`h-${sub.id}`} tabindex="-1" lang=${ifDefined(cl)}>${si + 1}.${ui + 1}. ${sub.title}</h5>
            ${sub.description ? html`<p class="description" lang=${ifDefined(cl)}>${sub.description}</p>` : nothing}
            ${sub.questions.map((question, qi) =>
              renderQuestion(ctx, question, numbers.get(question.id) ?? 0, answers[qi], ro, ctx.target === question.id),
            )}
          `;
        });
      })}
    </section>
  `;
}

/** Paged: Back and Continue (on the last page, "See my result"); then next unanswered and erase. */
function renderActions(ctx: FillViewContext, ro: boolean): TemplateResult {
  const { s, page, model } = ctx;
  const last = page === undefined || page >= model.sections.length - 1;
  const seeResult = html`<button
    type="button"
    class="button button--primary"
    part="button button--primary"
    @click=${() => ctx.onGoTo('result')}
  >
    ${s.seeResult}
  </button>`;
  return html`
    ${
      page === undefined
        ? nothing
        : html`<div class="actions pager">
            ${
              page > 0
                ? html`<button
                    type="button"
                    class="button button--secondary pager-back"
                    part="button"
                    @click=${() => ctx.onPage(page - 1)}
                  >
                    ${s.pageBack}
                  </button>`
                : nothing
            }
            ${
              last
                ? seeResult
                : html`<button
                    type="button"
                    class="button button--primary pager-next"
                    part="button button--primary"
                    @click=${() => ctx.onPage(page + 1)}
                  >
                    ${s.pageContinue}
                  </button>`
            }
          </div>`
    }
    <div class="actions">
      ${
        ro
          ? nothing
          : html`<button type="button" class="button" part="button" @click=${ctx.onNextUnanswered}>
              ${s.nextUnanswered}
            </button>`
      }
      ${page === undefined ? seeResult : last ? nothing : html`<button type="button" class="button" part="button" @click=${() => ctx.onGoTo('result')}>${s.seeResult}</button>`}
      ${
        ro
          ? nothing
          : html`<button type="button" class="button button--secondary" part="button" @click=${ctx.onErase}>
              ${s.eraseAnswers}
            </button>`
      }
    </div>
  `;
}
