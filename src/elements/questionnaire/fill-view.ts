/**
 * The fill step: the progress bar, the table of contents with each section's completion, every question
 * (its answers, its help, its comment field) and the actions (see the result, erase the answers).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  scaleOf,
  type Answer,
  type AnswerValue,
  type Question,
  type QuestionnaireConfig,
  type QuestionnaireResult,
  type QuestionnaireStep,
  type Responses,
  type Strings,
} from '../../core/runtime.js';

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
  onAnswer(questionId: string, value: AnswerValue): void;
  onComment(questionId: string, comment: string): void;
  onClear(questionId: string): void;
  onNextUnanswered(): void;
  onFocusHeading(id: string): void;
  onGoTo(step: QuestionnaireStep): void;
  onErase(): void;
}

/** The parts of the context a question reads: a question is drawn again only when its answer changes. */
type QuestionContext = Pick<FillViewContext, 'model' | 's' | 'contentLang' | 'onClear'>;

export function renderFill(ctx: FillViewContext): TemplateResult {
  const { model, responses, result, s, locked: ro } = ctx;
  const cl = ctx.contentLang;
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
  return html`
    <section class="step fill" aria-labelledby="step-heading">
      <h3 id="step-heading" class="step-heading" tabindex="-1">${s.stepFill}</h3>
      ${
        responses.status === 'validated'
          ? html`<p class="notice">${s.validatedNotice}</p>`
          : ctx.readonly
            ? html`<p class="notice">${s.readonlyNotice}</p>`
            : nothing
      }
      <div class="progress" part="progress">
        <label for="global-progress">${s.progressLabel}</label>
        <progress id="global-progress" max=${total} .value=${answered}></progress>
        <span class="progress-text">${s.progressText(answered, total)}</span>
      </div>
      <nav class="summary" part="summary" aria-labelledby="summary-heading">
        <h4 id="summary-heading">${s.summary}</h4>
        <ol>
          ${model.sections.map((section, si) => {
            const sr = result.sections[si];
            return html`<li>
              ${summaryEntry(ctx, `${si + 1}. ${section.title}`, `h-${section.id}`, sr?.completion ?? 0)}
              <ol>
                ${section.subsections.map(
                  (sub, ui) =>
                    html`<li>
                      ${summaryEntry(
                        ctx,
                        `${si + 1}.${ui + 1}. ${sub.title}`,
                        `h-${sub.id}`,
                        sr?.subsections[ui]?.completion ?? 0,
                      )}
                    </li>`,
                )}
              </ol>
            </li>`;
          })}
        </ol>
      </nav>
      ${
        ro
          ? nothing
          : html`<p>
              <button type="button" class="button" part="button" @click=${ctx.onNextUnanswered}>
                ${s.nextUnanswered}
              </button>
            </p>`
      }
      <div class="questions" @change=${onChange} @input=${onInput}>
        ${model.sections.map(
          (section, si) => html`
            <section class="section" part="section" aria-labelledby=${`h-${section.id}`}>
              <h4 id=${`h-${section.id}`} tabindex="-1" lang=${ifDefined(cl)}>${si + 1}. ${section.title}</h4>
              ${section.description ? html`<p class="description" lang=${ifDefined(cl)}>${section.description}</p>` : nothing}
              ${section.subsections.map(
                (sub, ui) => html`
                  <h5 id=${`h-${sub.id}`} tabindex="-1" lang=${ifDefined(cl)}>${si + 1}.${ui + 1}. ${sub.title}</h5>
                  ${sub.description ? html`<p class="description" lang=${ifDefined(cl)}>${sub.description}</p>` : nothing}
                  ${sub.questions.map((question, qi) => {
                    const answer = Object.hasOwn(responses.answers, question.id)
                      ? responses.answers[question.id]
                      : undefined;
                    return guard([answer, ro, model, ctx.locale], () =>
                      renderQuestion(ctx, question, `${qi + 1}.`, answer, ro),
                    );
                  })}
                `,
              )}
            </section>
          `,
        )}
      </div>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          part="button button--primary"
          @click=${() => ctx.onGoTo('result')}
        >
          ${s.seeResult}
        </button>
        ${
          ro
            ? nothing
            : html`<button type="button" class="button button--secondary" part="button" @click=${ctx.onErase}>
                ${s.eraseAnswers}
              </button>`
        }
      </div>
    </section>
  `;
}

function summaryEntry(ctx: FillViewContext, label: string, target: string, completion: number): TemplateResult {
  const { s } = ctx;
  const percent = Math.round(completion);
  return html`<div class="summary-entry">
    <a
      href=${`#${target}`}
      lang=${ifDefined(ctx.contentLang)}
      @click=${(e: Event) => {
        e.preventDefault();
        ctx.onFocusHeading(target);
      }}
      >${label}</a
    >
    <span class="summary-percent">${s.percent(percent)}</span>
    <progress max="100" .value=${percent} aria-label=${s.completionOf(label)}></progress>
  </div>`;
}

function renderQuestion(
  { model, s, contentLang: cl, onClear }: QuestionContext,
  question: Question,
  number: string,
  answer: Answer | undefined,
  ro: boolean,
): TemplateResult {
  const scale = scaleOf(model, question);
  const value = answer?.value ?? null;
  const id = question.id;
  // Per-option bindings are kept few: a 500-question page has 3,000 of these. The radio's `name` is the
  // question id; scored levels say so with a static data attribute (no binding).
  const level = (optionValue: number, label: string) => {
    const selected = value === optionValue;
    return html`<label
      class=${selected ? 'option option--selected' : 'option'}
      part=${selected ? 'option option--selected' : 'option'}
    >
      <input
        type="radio"
        data-kind="level"
        name=${id}
        .value=${String(optionValue)}
        .checked=${selected}
        ?disabled=${ro}
      />
      <span>${label}</span>
    </label>`;
  };
  const other = (optionValue: string, label: string) => {
    const selected = value === optionValue;
    return html`<label
      class=${selected ? 'option option--selected' : 'option'}
      part=${selected ? 'option option--selected' : 'option'}
    >
      <input type="radio" name=${id} .value=${optionValue} .checked=${selected} ?disabled=${ro} />
      <span>${label}</span>
    </label>`;
  };
  return html`
    <fieldset
      class="question"
      part="question"
      id=${`q-${id}`}
      aria-describedby=${question.help ? `help-${id}` : nothing}
    >
      <legend lang=${ifDefined(cl)}><span class="question-number">${number}</span> ${question.label}</legend>
      ${question.help ? html`<p class="help" id=${`help-${id}`} lang=${ifDefined(cl)}>${question.help}</p>` : nothing}
      <div class="options" lang=${ifDefined(cl)}>${scale.levels.map((l) => level(l.value, l.label))}</div>
      ${
        scale.nonScored.length
          ? html`<div class="options options--other" role="group" aria-label=${s.notScoredGroup} lang=${ifDefined(cl)}>
              ${scale.nonScored.map((o) => other(o.value, o.label))}
            </div>`
          : nothing
      }
      ${
        value !== null && !ro
          ? html`<button type="button" class="link" @click=${() => onClear(id)}>
              ${s.clearAnswer}<span class="visually-hidden"> — ${question.label}</span>
            </button>`
          : nothing
      }
      ${
        question.allowComment
          ? html`<div class="comment" part="comment">
              <label for=${`c-${id}`}>${s.comment}</label>
              <textarea
                id=${`c-${id}`}
                data-question=${id}
                rows="2"
                .value=${live(answer?.comment ?? '')}
                ?readonly=${ro}
              ></textarea>
            </div>`
          : nothing
      }
    </fieldset>
  `;
}
