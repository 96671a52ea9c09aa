/**
 * The stepper: which of the three steps (fill, result, validate) is shown, which come next, and a button to
 * move to each other step (the current one is text: one Tab stop fewer before the questions, its name said once).
 */
import { html, type TemplateResult } from 'lit';
import { QUESTIONNAIRE_STEPS, type QuestionnaireStep, type Strings } from '../../core/runtime.js';

const STEP_LABEL: Record<QuestionnaireStep, keyof Strings> = {
  fill: 'stepFill',
  result: 'stepResult',
  validate: 'stepValidate',
};

export interface StepperViewContext {
  step: QuestionnaireStep;
  s: Strings;
  onGoTo(step: QuestionnaireStep): void;
}

export function renderStepper({ step: current, s, onGoTo }: StepperViewContext): TemplateResult {
  const index = QUESTIONNAIRE_STEPS.indexOf(current);
  const next = QUESTIONNAIRE_STEPS[index + 1];
  return html`
    <nav class="stepper" part="stepper" aria-label=${s.stepperLabel}>
      <p class="stepper-state">
        <span class="stepper-count">${s.stepOf(index + 1, QUESTIONNAIRE_STEPS.length)}</span>
      </p>
      <ol class="stepper-steps">
        ${QUESTIONNAIRE_STEPS.map(
          (step, i) =>
            html`<li class=${i <= index ? 'done' : ''}>
              ${
                step === current
                  ? html`<span class="stepper-step" aria-current="step"
                      >${i + 1}. ${s[STEP_LABEL[step]] as string}</span
                    >`
                  : html`<button type="button" class="stepper-step" @click=${() => onGoTo(step)}>
                      ${i + 1}. ${s[STEP_LABEL[step]] as string}
                    </button>`
              }
            </li>`,
        )}
      </ol>
      <p class="stepper-next">${next ? s.stepNext(s[STEP_LABEL[next]] as string) : s.stepLast}</p>
    </nav>
  `;
}
