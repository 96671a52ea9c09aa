/**
 * One question of the fill step: its fieldset and legend (numbered the way progress counts, 1 to N), its help,
 * its answers as option tiles, "clear the answer" and its comment field. Drawn again only when its answer, the
 * lock, the questionnaire, the language or its mark as the target of "next unanswered" change (see fill-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { answerOptions } from './answer-options.js';
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
  // The options' directive comes first in its tag: the template minifier drops a line break between two
  // expressions, which would join it to the attribute before it.
  return html`
    <fieldset
      class=${target ? 'question question--target' : 'question'}
      part=${target ? 'question question--target' : 'question'}
      id=${`q-${id}`}
      aria-describedby=${question.help ? `help-${id}` : nothing}
    >
      <legend lang=${ifDefined(cl)}>
        ${target ? html`<span class="target-mark" lang=${locale}>${s.targetQuestion}</span>` : nothing}
        <span class="question-number" .textContent=${`${number}.`}></span>${` ${question.label}`}
      </legend>
      ${question.help ? html`<p class="help" id=${`help-${id}`} lang=${ifDefined(cl)}>${question.help}</p>` : nothing}
      <div ${answerOptions(id, scale.levels, value, ro)} class="options" lang=${ifDefined(cl)}></div>
      ${
        scale.nonScored.length
          ? html`<div
              ${answerOptions(id, scale.nonScored, value, ro)}
              class="options options--other"
              role="group"
              aria-label=${s.notScoredGroup}
              lang=${ifDefined(cl)}
            ></div>`
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
