/**
 * The <coop-questionnaire> element: its properties and public API, the wiring of its controllers (saved
 * answers: answers-document.ts; answering: answers-controller.ts; steps, focus and the page address:
 * steps-controller.ts; printing: print-controller.ts; the chart: result-chart.ts, which comes with the result
 * step), and renderContent(), which picks the step's view with the context views.ts maps from them.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  QUESTIONNAIRE_STEPS,
  parseQuestionnaireConfig,
  type Locale,
  type ParseOptions,
  type QuestionnaireConfig,
  type QuestionnaireResult,
  type QuestionnaireStep,
  type Responses,
  type SavedQuestionnaire,
  type StorageAdapter,
} from '../../core/runtime.js';
import { CoopConfigurable } from '../shared/configurable.js';
import { DocumentController } from '../shared/document-controller.js';
import { Announcer } from '../shared/feedback.js';
import type { ProjectHub } from '../shared/project-link.js';
import { AnswersController } from './answers-controller.js';
import { answersDocument } from './answers-document.js';
import { PagesController, type QuestionnaireLayout } from './pages-controller.js';
import { PrintController } from './print-controller.js';
import { StepsController } from './steps-controller.js';
import { QuestionnaireViews, questionnaireParts } from './views.js';
import { LazyParts } from '../shared/lazy-parts.js';
import { renderStepper } from './stepper-view.js';
import { controlStyles } from '../shared/controls.styles.js';
import { questionnaireStyles } from './questionnaire.styles.js';

/**
 * The self-assessment « Prêts pour une coopération »: fill the questionnaire, see the result, validate it.
 * Answers are saved as they are typed (localStorage by default) and restored on the next visit.
 *
 * Config: the `config` attribute (JSON) or property (object), else a child
 * `<script type="application/json">`, else the `src` URL, else the default questionnaire of the locale.
 *
 * @tagname coop-questionnaire
 * @summary Self-assessment questionnaire with sections, scoring, a result page and validation.
 *
 * @fires {CoopAnswerChangeEvent} coop-answer-change - The user answered or cleared a question. `detail: { questionId, value, completion }`.
 * @fires {CoopStepChangeEvent} coop-step-change - The user moved to another step. `detail: { step, previous }`.
 * @fires {CoopCompleteEvent} coop-complete - The user's answer made every question answered. `detail: { result }`.
 * @fires {CoopValidateEvent} coop-validate - The user validated the result. `detail: { responses, result }`.
 * @fires {CoopConfigErrorEvent} coop-config-error - The config is invalid or could not be fetched. `detail: { issues }`.
 * @fires {CoopStorageErrorEvent} coop-storage-error - Saved data could not be read or written. `detail: { reason, operation, quarantineKey? }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart header - Title, last save time and the instructions button.
 * @csspart stepper - The three steps.
 * @csspart summary - The table of contents with each section's completion.
 * @csspart progress - The global progress bar.
 * @csspart section - A section of questions.
 * @csspart intro - The fill step's introduction (the config's instructions), folded once the user closes it.
 * @csspart scale-legend - Above the questions: what each level of the answer scale means.
 * @csspart question - A question's fieldset; `question--target` when "next unanswered" led to it.
 * @csspart option - An answer (label with its radio); `option--selected` when chosen.
 * @csspart comment - A question's comment field.
 * @csspart button - Every button; `button--primary` for the main action of a step.
 * @csspart result - The global result box.
 * @csspart result-table - The table of section scores (also the chart's text alternative).
 * @csspart result-cards - Where the widget is narrow, the section scores as one summary list per section, in place of the table.
 * @csspart chart - The chart's figure.
 * @csspart warning - The storage warning; also the warning, with "Try again", when a view could not be loaded.
 * @csspart error - The panel that lists config problems.
 * @csspart error-item - One problem in that panel (its message, and its JSON path for developers).
 * @csspart dialog - The instructions and confirmation dialogs.
 *
 * @cssprop [--coop-color-accent=#000091] - Main colour: current step, selected answers, primary buttons, chart.
 * @cssprop [--coop-color-text=#161616] - Text colour.
 * @cssprop [--coop-color-muted=#3a3a3a] - Secondary text (help, dates).
 * @cssprop [--coop-color-surface=#ffffff] - Background of boxes and dialogs.
 * @cssprop [--coop-color-border=#929292] - Borders and progress tracks.
 * @cssprop [--coop-color-error=#ce0500] - Errors and warnings.
 * @cssprop [--coop-color-error-surface=#ffe9e9] - Background of error panels.
 * @cssprop [--coop-color-focus=#0a76f6] - Focus ring.
 * @cssprop [--coop-font-family=inherit] - Font of the widget.
 * @cssprop [--coop-font-family-mono=ui-monospace, monospace] - Font of the JSON paths in the config error panel.
 * @cssprop [--coop-radius=0.25rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 * @cssprop [--coop-questionnaire-max-width=60rem] - Maximum width of the widget's content.
 * @cssprop [--coop-content-visibility=visible] - How sections off screen are drawn. `auto` (opt-in) skips laying out what is off screen until it comes near: much faster for hundreds of questions, but Chromium then leaves that content out of the accessibility tree, so screen readers do not find it until it is scrolled near; keep the default `visible` wherever screen-reader users fill the widget.
 */
export class CoopQuestionnaire extends CoopConfigurable<QuestionnaireConfig> {
  static formAssociated = true;
  static override styles = [...CoopConfigurable.styles, controlStyles, questionnaireStyles];

  /** Namespace of the saved answers, for several assessments of the same questionnaire on one site. */
  @property({ attribute: 'storage-key' })
  storageKey?: string;

  /** Shows the answers without letting them change. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /**
   * The current step: `fill`, `result` or `validate` (reflected). Set in the markup, it wins over the step saved
   * with the answers; any other value logs a warning and shows `fill`.
   */
  @property({ reflect: true })
  step: QuestionnaireStep = 'fill';

  /**
   * How the fill step shows its sections: `paged` (the default), one section per page with Continue / Back and
   * the summary as navigation; `single`, every section on one long page.
   */
  @property({ reflect: true })
  layout: QuestionnaireLayout = 'paged';

  /** Form field name: inside a `<form>`, the responses are submitted as JSON under this name. */
  @property({ reflect: true })
  name?: string;

  /** When set, answering a question writes `#<question-id>` into the page address. */
  @property({ type: Boolean, attribute: 'sync-hash' })
  syncHash = false;

  /**
   * Where the answers are saved: any `StorageAdapter` (`load`, `save`, `remove`, optional `subscribe`). Default: the
   * enclosing `<coop-project>`'s storage, else this browser's localStorage.
   */
  @property({ attribute: false })
  storage?: StorageAdapter;

  private internals?: ElementInternals;
  /** True when the page's markup set `step`: then the saved step does not override it. */
  private hostChoseStep = false;

  /** Polite announcements, coalesced: a burst of answers is announced once, when the user pauses. */
  private readonly announcer = new Announcer(this);
  private readonly doc = new DocumentController(this, {
    kind: answersDocument(this, (saved) => void this.opened(saved)),
    property: 'responses',
    model: () => this.model,
    i18n: this.i18n,
    storage: () => this.storage ?? this.project?.storage,
    // No `readonly`: a read-only questionnaire still saves the responses its host gives (setResponses).
    announce: (message) => this.announcer.announce(message),
    focusAfterUpdate: (focus) => this.steps.focusAfter(focus),
  });
  private readonly printer = new PrintController(this, () => this.performUpdate());
  private readonly pages = new PagesController(this, () => this.model);
  private readonly steps: StepsController = new StepsController(this, {
    model: () => (this.responses ? this.model : undefined),
    unanswered: () => this.answers.result?.unanswered ?? [],
    stepChanged: () => {
      if (!this.readonly) this.doc.save(); // a read-only view never writes
    },
    allAnswered: () => this.announcer.announce(this.i18n.strings.allAnswered),
    reveal: (target) =>
      'question' in target ? this.pages.showQuestion(target.question) : this.pages.showHeading(target.heading),
    targeted: (questionId) => this.pages.mark(questionId),
  });
  private readonly answers: AnswersController = new AnswersController(this, this.doc, this.steps, this.announcer);
  // The print report and the dialogs are fetched right after the first paint: printing cannot wait for the one,
  // and the others open the moment their buttons are pressed.
  private readonly parts = new LazyParts(this, questionnaireParts, ['report', 'dialogs']);
  private readonly views = new QuestionnaireViews(
    this,
    this.i18n,
    this.answers,
    this.printer,
    () => this.project?.hub,
    this.parts,
    this.pages,
    (message) => this.announcer.announce(message),
  );

  /** The responses on screen, `undefined` while they load. */
  private get responses(): Responses | undefined {
    return this.doc.data;
  }

  constructor() {
    super();
    // Form association is optional: a browser without ElementInternals still gets a working widget.
    if (typeof this.attachInternals === 'function') this.internals = this.attachInternals();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hostChoseStep ||= this.hasAttribute('step');
  }

  // ---------------------------------------------------------------- public API

  /** A copy of the current responses, or `undefined` while they load. */
  getResponses(): Responses | undefined {
    return this.responses && (JSON.parse(JSON.stringify(this.responses)) as Responses);
  }

  /**
   * Replaces the responses (e.g. from a host's back end), fitted to the current config version and saved.
   * Throws a TypeError naming the JSON paths when the data is not valid responses.
   */
  setResponses(input: Responses | string): void {
    this.doc.take(input);
  }

  /** The current result (scores, bands, unanswered questions), or `undefined` while there is none. */
  getResult(): QuestionnaireResult | undefined {
    const result = this.answers.result;
    return result && (JSON.parse(JSON.stringify(result)) as QuestionnaireResult);
  }

  /**
   * Erases the saved answers and starts afresh on the first step (no confirmation: the host asked).
   * Resolves to false when the stored copy could not be erased (a `coop-storage-error` says why), and, doing
   * nothing, while no saved answers are open yet (the config has not arrived): call it once the widget shows them.
   */
  reset(): Promise<boolean> {
    return this.doc.reset();
  }

  // ---------------------------------------------------------------- config and lifecycle

  protected parseConfig(input: string | object, options: ParseOptions) {
    return parseQuestionnaireConfig(input, options);
  }

  protected loadDefaultConfig(locale: Locale): Promise<QuestionnaireConfig> {
    return import('./default-content.js').then(({ defaultQuestionnaire }) => defaultQuestionnaire(locale));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A typo in the markup (step="results") must not be saved: the saved document would no longer read.
    if (!(QUESTIONNAIRE_STEPS as readonly string[]).includes(this.step)) {
      console.warn(
        `coop-widgets: <coop-questionnaire> step="${this.step}" is not one of ${QUESTIONNAIRE_STEPS.join(', ')}; showing "fill".`,
      );
      this.step = 'fill';
    }
    super.willUpdate(changed);
    this.answers.rescore();
  }

  protected override modelChanged(model: QuestionnaireConfig | undefined): void {
    this.doc.modelChanged(model);
  }

  /** The saved answers were opened: their step comes back, then the question the address names. */
  private async opened(saved: SavedQuestionnaire | undefined): Promise<void> {
    // A step chosen by the page (a link straight to the result) wins over the saved one.
    if (saved && !this.hostChoseStep) this.step = saved.step;
    await this.updateComplete;
    this.steps.followHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as PropertyValues).has('responses')) this.setFormValue();
    this.publish(changed as PropertyValues);
  }

  /**
   * The responses as the form value, written only while the element is in a form: out of one, serialising every
   * answer at each click is work nobody reads. Entering a form writes it (formAssociatedCallback).
   */
  private setFormValue(): void {
    if (this.internals?.form && this.responses) this.internals.setFormValue(JSON.stringify(this.responses));
  }

  /** Called by the browser when the element enters or leaves a form. */
  formAssociatedCallback(): void {
    this.setFormValue();
  }

  // ---------------------------------------------------------------- project

  protected override joinedProject(hub: ProjectHub): void {
    this.listen('focus-request', (event) => {
      const request = event.request;
      if (request.widget !== 'questionnaire') return;
      const section = request.id && this.model?.sections.find((s) => s.id === request.id);
      const go = () => (section ? this.steps.focusHeading(`h-${section.id}`) : this.steps.focusHeading('step-heading'));
      if (this.step === 'fill') go();
      else this.steps.goTo('fill', go);
    });
    // The checklist's principles are linked from the result: redraw when it comes or goes.
    this.listen('change', (event) => {
      if (event.widget === 'principles-checklist') this.requestUpdate();
    });
    this.publish(undefined, hub);
  }

  protected override leftProject(hub: ProjectHub): void {
    hub.withdraw('questionnaire', this);
  }

  /** Tells the project where this questionnaire stands, after any change of answers, step or config. */
  private publish(changed?: PropertyValues, hub = this.project?.hub): void {
    const { model, responses } = this;
    const result = this.answers.result;
    if (!hub || !model || !responses || !result) return;
    if (changed && !['responses', 'model', 'step'].some((k) => changed.has(k))) return;
    hub.publish('questionnaire', { element: this, config: model, responses, result, step: this.step });
  }

  // ---------------------------------------------------------------- rendering

  protected renderContent(model: QuestionnaireConfig): TemplateResult {
    const { responses, step, views } = this;
    const result = this.answers.result;
    const s = this.i18n.strings;
    if (!responses || !result) return html`<p class="loading" role="status">${s.loading}</p>`;
    const printing = this.printer.printing;
    return html`
      <div class=${printing ? 'base screen-only' : 'base'} part="base" lang=${this.i18n.locale}>
        ${views.header(model)} ${renderStepper({ step, s, onGoTo: views.goTo })} ${views.warning()}
        ${this.announcer.render()}
        ${
          step === 'fill'
            ? views.fill(model, responses, result)
            : step === 'result'
              ? views.result(model, result)
              : views.validate(model, responses, result)
        }
        ${views.dialogs(model)}
      </div>
      ${printing ? views.report(model, responses, result) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-questionnaire': CoopQuestionnaire;
  }
}
