/**
 * Where the user is in the questionnaire: the step (moves fire `coop-step-change`), the focus moves that go
 * with each move (run once the new view is rendered), and the page address: `#<question-id>` opens that
 * question, and with `sync-hash` answering writes it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listQuestions, type QuestionnaireConfig, type QuestionnaireStep } from '../../core/runtime.js';
import { CoopStepChangeEvent } from '../events.js';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The element this controller moves through: its `step` and `sync-hash` properties. */
export interface StepsHost extends ReactiveControllerHost, HTMLElement {
  step: QuestionnaireStep;
  syncHash: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface StepsOptions {
  /** The questionnaire, while its answers are shown (not while they load). */
  model(): QuestionnaireConfig | undefined;
  /** The ids of the questions without an answer, in the questionnaire's order. */
  unanswered(): readonly string[];
  /** The user moved to another step. */
  stepChanged(): void;
  /** "Next unanswered" found every question answered. */
  allAnswered(): void;
  /**
   * Shows the page that holds a question or a heading (paged fill step); true when the page changed, and the
   * focus then waits for its render.
   */
  reveal(target: { question: string } | { heading: string }): boolean;
  /** "Next unanswered" led to this question: it is marked. */
  targeted(questionId: string): void;
}

export class StepsController implements ReactiveController {
  private focusAfterUpdate?: () => void;

  constructor(
    private readonly host: StepsHost,
    private readonly options: StepsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.followHash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.followHash);
  }

  hostUpdated(): void {
    const focus = this.focusAfterUpdate;
    // A step whose view is still loading (see LazyParts) shows "loading" and no heading yet: the focus move
    // waits for the render that draws the step.
    if (!focus || !this.host.renderRoot.querySelector('.step-heading')) return;
    this.focusAfterUpdate = undefined;
    focus();
  }

  /** Runs `focus` once the pending update is rendered: what it focuses may only be there then. */
  focusAfter(focus: () => void): void {
    this.focusAfterUpdate = focus;
  }

  /** Moves to `step` and then focuses its heading (or calls `focus`, which moves focus elsewhere). */
  goTo(step: QuestionnaireStep, focus?: () => void): void {
    const previous = this.host.step;
    if (step !== previous) {
      this.host.step = step;
      this.host.dispatchEvent(new CoopStepChangeEvent({ step, previous }));
      this.options.stepChanged();
    }
    this.focusAfterUpdate =
      focus ??
      (() => this.host.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus({ preventScroll: false }));
  }

  /** A question was answered: with `sync-hash`, the page address names it. */
  answered(questionId: string): void {
    if (this.host.syncHash) history.replaceState(history.state, '', `#${encodeURIComponent(questionId)}`);
  }

  /** `#<question-id>` in the page address opens that question (deep links from e-mails and reports). */
  followHash = (): void => {
    const model = this.options.model();
    if (!model) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && listQuestions(model).some((r) => r.question.id === id)) this.focusQuestion(id);
  };

  /** Shows a question on the fill step and focuses its answer (its first field when it has none). */
  focusQuestion(questionId: string): void {
    const go = () => {
      const fieldset = (this.host.renderRoot as ShadowRoot).getElementById(`q-${questionId}`);
      if (!fieldset) return;
      fieldset.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
      const target =
        fieldset.querySelector<HTMLElement>('input:checked') ?? fieldset.querySelector<HTMLElement>('input, textarea');
      target?.focus({ preventScroll: true });
    };
    this.onFill(this.options.reveal({ question: questionId }), go);
  }

  /** Runs `go` on the fill step: now, or once the step or its page (`moved`) is rendered. */
  private onFill(moved: boolean, go: () => void): void {
    if (this.host.step !== 'fill') this.goTo('fill', go);
    else if (moved) this.focusAfter(go);
    else go();
  }

  /** Scrolls to a heading (a section's, a step's) and focuses it, showing its page first. */
  focusHeading(id: string): void {
    const go = () => {
      const heading = (this.host.renderRoot as ShadowRoot).getElementById(id);
      heading?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
      heading?.focus({ preventScroll: true });
    };
    if (id === 'step-heading' || !this.options.reveal({ heading: id })) go();
    else this.focusAfter(go);
  }

  /** Focuses the first unanswered question after the one that has focus, wrapping round. */
  nextUnanswered = (): void => {
    const unanswered = this.options.unanswered();
    if (!unanswered.length) {
      this.options.allAnswered();
      return;
    }
    const active = (this.host.renderRoot as ShadowRoot).activeElement?.closest('fieldset')?.id.slice(2);
    const model = this.options.model();
    if (!model) return;
    const order = listQuestions(model).map((r) => r.question.id);
    const from = active ? order.indexOf(active) : -1;
    const next = unanswered.find((id) => order.indexOf(id) > from) ?? unanswered[0];
    if (!next) return;
    this.options.targeted(next);
    this.focusQuestion(next);
  };
}
