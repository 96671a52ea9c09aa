/**
 * What the user does to the answers: answer, clear, comment, validate (with its confirmation box), reopen;
 * and the result, scored again only when the answers or the questionnaire change. Each change is committed
 * to the saved answers, and answering announces the progress and fires `coop-answer-change`/`coop-complete`.
 */
import type { ReactiveElement } from 'lit';
import {
  scoreQuestionnaire,
  setAnswer,
  setComment,
  type AnswerValue,
  type QuestionnaireConfig,
  type QuestionnaireResult,
  type Responses,
} from '../../core/runtime.js';
import { CoopAnswerChangeEvent, CoopCompleteEvent, CoopValidateEvent } from '../events.js';
import type { Announcer } from '../shared/feedback.js';
import type { AnswersDocument } from './answers-document.js';
import type { StepsController } from './steps-controller.js';
import type { ValidateForm } from './validate-view.js';

/** The validate step's status changes (core/questionnaire/validate.ts), given by that step's module. */
export type StatusTransitions = Pick<typeof import('../../core/runtime.js'), 'validateResponses' | 'reopenResponses'>;

/** The element: its `readonly` property, and the copy of the responses its `coop-validate` carries. */
export interface AnswersHost extends ReactiveElement {
  readonly: boolean;
  getResponses(): Responses | undefined;
}

/**
 * Not a ReactiveController: it has no hook to run. The element calls rescore() from its willUpdate, before the
 * document controller's update, as it always has.
 */
export class AnswersController {
  /** The result of the answers on screen, `undefined` while they load. */
  result?: QuestionnaireResult;
  /** What `result` was computed from: it is recomputed only when either changes. */
  private scored?: { model: QuestionnaireConfig; responses: Responses };

  constructor(
    private readonly host: AnswersHost,
    readonly doc: AnswersDocument,
    readonly steps: StepsController,
    private readonly announcer: Announcer,
  ) {}

  /** The questionnaire answered. */
  get model(): QuestionnaireConfig | undefined {
    return this.doc.options.model();
  }

  /** The responses on screen, `undefined` while they load. */
  get responses(): Responses | undefined {
    return this.doc.data;
  }

  /** True when the answers may not change: a read-only view, or validated answers. */
  get locked(): boolean {
    return this.host.readonly || this.responses?.status === 'validated';
  }

  /** True when the user validated without ticking the confirmation box. */
  confirmMissing = false;

  /** The confirmation box changed: its error goes. */
  confirmChanged(): void {
    if (this.confirmMissing) {
      this.confirmMissing = false;
      this.host.requestUpdate();
    }
  }

  rescore(): QuestionnaireResult | undefined {
    const { model, responses } = this;
    if (!model || !responses) {
      this.scored = undefined;
      return (this.result = undefined);
    }
    if (this.scored?.model !== model || this.scored.responses !== responses) {
      this.scored = { model, responses };
      this.result = scoreQuestionnaire(model, responses);
    }
    return this.result;
  }

  /** The user typed in a comment field. */
  comment(questionId: string, comment: string): void {
    if (!this.model || !this.responses || this.locked) return;
    this.doc.commit(setComment(this.model, this.responses, questionId, comment));
  }

  answer(questionId: string, value: AnswerValue): void {
    if (!this.model || !this.responses) return;
    const wasComplete = this.result?.complete ?? false;
    this.doc.commit(setAnswer(this.model, this.responses, questionId, value));
    const result = this.rescore();
    if (!result) return;
    this.host.dispatchEvent(new CoopAnswerChangeEvent({ questionId, value, completion: result.global.completion }));
    this.announcer.announce(
      this.doc.options.i18n.strings.progressText(result.global.answered, result.global.total),
      1000,
    );
    if (result.complete && !wasComplete) this.host.dispatchEvent(new CoopCompleteEvent({ result }));
    this.steps.answered(questionId);
  }

  /** Clears an answer; the button goes with it, so focus moves to the question's first answer. */
  clear(questionId: string): void {
    this.answer(questionId, null);
    this.announcer.announce(this.doc.options.i18n.strings.answerCleared);
    this.steps.focusAfter(() =>
      (this.host.renderRoot as ShadowRoot)
        .getElementById(`q-${questionId}`)
        ?.querySelector<HTMLElement>('input')
        ?.focus(),
    );
  }

  /**
   * Validates the answers from the validate step's form; `transitions` is the code that changes their status,
   * which comes with that step's module (validate-view.ts), not with the first paint.
   */
  validate({ confirmed, name, role }: ValidateForm, transitions: StatusTransitions): void {
    if (!this.model || !this.responses) return;
    if (!confirmed) {
      if (!this.confirmMissing) this.host.requestUpdate();
      this.confirmMissing = true;
      this.steps.focusAfter(() =>
        this.host.renderRoot.querySelector<HTMLInputElement>('.validate-form input[name="confirm"]')?.focus(),
      );
      return;
    }
    this.confirmMissing = false; // the commit renders again
    this.doc.commit(transitions.validateResponses(this.responses, { name, role }));
    void this.doc.flush();
    const result = this.rescore();
    const copy = this.host.getResponses();
    if (result && copy) this.host.dispatchEvent(new CoopValidateEvent({ responses: copy, result }));
    this.steps.focusAfter(() => this.host.renderRoot.querySelector<HTMLElement>('.validated')?.focus());
  }

  /** Reopens a validated result as a new draft (the validate step's button: see `validate`). */
  reopen(transitions: StatusTransitions): void {
    if (!this.responses || !this.model?.allowReopen) return;
    this.doc.commit(transitions.reopenResponses(this.responses));
    this.steps.goTo('fill');
  }
}
