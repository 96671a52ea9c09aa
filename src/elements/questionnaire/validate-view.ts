/**
 * The validate step: the global result, then either a review (the questions still unanswered, each a link, and
 * what validating freezes) with the validation form (a confirmation, the validator's name and role), or who
 * validated and when, with "reopen a new draft" (unless the config forbids it); the earlier validated versions
 * (history-view.ts); and the exports.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getQuestionnaireValidateStrings, type QuestionnaireStep, type Responses } from '../../core/index.js';
import { renderHistory, signer } from './history-view.js';
import { renderResultSummary, renderUnanswered, resultStrings, type ResultSummaryContext } from './result-view.js';

/** The styles of this part, adopted by the element when it first renders it. */
export { resultStyles } from './result.styles.js';
/** The exports, whose buttons are here: at hand the moment they are clicked (see views.ts). */
export { exportCsv, exportJson } from './exports.js';
/** What the validation form and "reopen" do to the answers' status (see AnswersController). */
export { reopenResponses, validateResponses } from '../../core/runtime.js';

/** Up to this many unanswered questions are listed as they are; more are folded into a disclosure. */
const FOLD_AFTER = 8;

/** What the validation form gives when submitted. */
export interface ValidateForm {
  confirmed: boolean;
  name: string;
  role: string;
}

export interface ValidateViewContext extends ResultSummaryContext {
  responses: Responses;
  /** The host made the widget read-only: no form. */
  readonly: boolean;
  /** The form was submitted without the confirmation: say it is required. */
  confirmMissing: boolean;
  /** A date as the interface's language writes it. */
  format(date: Date): { date: string; time: string };
  onConfirmChange(): void;
  onValidate(form: ValidateForm): void;
  onReopen(): void;
  onFocusQuestion(questionId: string): void;
  onGoTo(step: QuestionnaireStep): void;
  onExportJson(): void;
  onExportCsv(): void;
  onPrint(): void;
}

export function renderValidate(ctx: ValidateViewContext): TemplateResult {
  const { model, responses, result, s, confirmMissing } = ctx;
  const v = getQuestionnaireValidateStrings(ctx.locale, ctx.overrides);
  const validated = responses.status === 'validated';
  const at = responses.validatedAt ? ctx.format(new Date(responses.validatedAt)) : undefined;
  const by = signer(responses.validatedBy);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    ctx.onValidate({
      confirmed: !!data.get('confirm'),
      name: String(data.get('name') ?? ''),
      role: String(data.get('role') ?? ''),
    });
  };
  return html`
    <section class="step validate" aria-labelledby="step-heading">
      <h3 id="step-heading" class="step-heading" tabindex="-1">${v.validateHeading}</h3>
      ${renderResultSummary(ctx)}
      ${
        validated && at
          ? html`<p class="validated" tabindex="-1">${v.validatedOn(at.date, at.time, by)}</p>
              ${
                model.allowReopen && !ctx.readonly
                  ? html`<p>${v.reopenHint}</p>
                      <p>
                        <button type="button" class="button" part="button" @click=${ctx.onReopen}>${s.reopen}</button>
                      </p>`
                  : nothing
              }`
          : ctx.readonly
            ? html`<p class="notice">${s.readonlyNotice}</p>`
            : html`<div class="review">
                  ${
                    result.unanswered.length
                      ? html`<p class="notice">${v.validateIncomplete(result.unanswered.length)}</p>`
                      : html`<p>${s.allAnswered}</p>`
                  }
                  ${
                    // A long list is folded, so that the form stays near; a short one is shown as it is.
                    result.unanswered.length > FOLD_AFTER
                      ? html`<details class="review-list">
                          <summary>${resultStrings(ctx).unansweredHeading(result.unanswered.length)}</summary>
                          ${renderUnanswered(ctx, false)}
                        </details>`
                      : renderUnanswered(ctx)
                  }
                </div>
                <form class="validate-form" @submit=${submit} novalidate>
                  <p class="freeze">${v.validateIntro}</p>
                  <div class="check">
                    <input
                      type="checkbox"
                      id="confirm"
                      name="confirm"
                      value="yes"
                      aria-invalid=${confirmMissing ? 'true' : 'false'}
                      aria-describedby=${confirmMissing ? 'confirm-error' : nothing}
                      @change=${ctx.onConfirmChange}
                    />
                    <label for="confirm">${v.validateConfirm}</label>
                  </div>
                  ${confirmMissing ? html`<p id="confirm-error" class="field-error">${v.validateConfirmRequired}</p>` : nothing}
                  <div class="field">
                    <label for="validator-name">${v.validateName}</label>
                    <input id="validator-name" name="name" autocomplete="name" />
                  </div>
                  <div class="field">
                    <label for="validator-role">${v.validateRole}</label>
                    <input id="validator-role" name="role" autocomplete="organization-title" />
                  </div>
                  <button type="submit" class="button button--primary" part="button button--primary">
                    ${v.validateSubmit}
                  </button>
                </form>`
      }
      ${renderHistory({ responses, s: v, format: ctx.format })}
      ${responses.orphans.length ? html`<p class="notice">${v.orphansKept(responses.orphans.length)}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button" part="button" @click=${() => ctx.onGoTo('result')}>${s.stepResult}</button>
        <button type="button" class="button" part="button" @click=${ctx.onExportJson}>${s.exportJson}</button>
        <button type="button" class="button" part="button" @click=${ctx.onExportCsv}>${s.exportCsv}</button>
        <button type="button" class="button" part="button" @click=${ctx.onPrint}>${s.print}</button>
      </div>
    </section>
  `;
}
