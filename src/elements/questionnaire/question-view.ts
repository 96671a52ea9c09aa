/**
 * One question of the fill step: its fieldset and legend (numbered the way progress counts, 1 to N), its help,
 * its answers as option tiles, "clear the answer" and its comment field. Drawn again only when its answer, the
 * lock, the questionnaire, the language or its mark as the target of "next unanswered" change (see fill-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { scaleOf, type Answer, type Question, type QuestionnaireConfig, type Strings } from '../../core/runtime.js';

export interface QuestionViewContext {
  model: QuestionnaireConfig;
  s: Strings;
  /** The config's language when it differs from the interface's. */
  contentLang: string | undefined;
  /** The interface's language (the mark of the target question is in it, inside the config's text). */
  locale: string;
  onClear(questionId: string): void;
}

export function renderQuestion(
  { model, s, contentLang: cl, locale, onClear }: QuestionViewContext,
  question: Question,
  number: number,
  answer: Answer | undefined,
  ro: boolean,
  target: boolean,
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
      class=${target ? 'question question--target' : 'question'}
      part=${target ? 'question question--target' : 'question'}
      id=${`q-${id}`}
      aria-describedby=${question.help ? `help-${id}` : nothing}
    >
      <legend lang=${ifDefined(cl)}>
        ${target ? html`<span class="target-mark" lang=${locale}>${s.targetQuestion}</span>` : nothing}
        <span class="question-number">${number}.</span> ${question.label}
      </legend>
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
