import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  QUESTIONNAIRE_STEPS,
  answerLabel,
  createResponses,
  exportDocument,
  listQuestions,
  mergeResponses,
  migrateResponses,
  parseQuestionnaireConfig,
  parseResponses,
  parseSaved,
  questionnaireStorageKey,
  reopenResponses,
  responsesToCsv,
  scaleOf,
  scoreQuestionnaire,
  serializeSaved,
  setAnswer,
  setComment,
  validateResponses,
  type Answer,
  type AnswerValue,
  type Locale,
  type ParseOptions,
  type Question,
  type QuestionnaireConfig,
  type QuestionnaireResult,
  type QuestionnaireStep,
  type Responses,
  type SavedQuestionnaire,
  type StorageAdapter,
  type Strings,
} from '../../core/runtime.js';
import { CoopAnswerChangeEvent, CoopCompleteEvent, CoopStepChangeEvent, CoopValidateEvent } from '../events.js';
import { CoopConfigurable } from '../shared/configurable.js';
import { DocumentController } from '../shared/document-controller.js';
import { Announcer, downloadFile } from '../shared/feedback.js';
import { answerTexts } from '../shared/storage-texts.js';
import { renderDocumentWarning } from '../shared/storage-view.js';
import type { SectionChartData } from './chart.js';
import type { ProjectHub } from '../shared/project-link.js';
import { controlStyles } from '../shared/controls.styles.js';
import { questionnaireStyles } from './questionnaire.styles.js';

type Chart = { destroy(): void };

const STEP_LABEL: Record<QuestionnaireStep, keyof Strings> = {
  fill: 'stepFill',
  result: 'stepResult',
  validate: 'stepValidate',
};

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

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
 * @csspart question - A question's fieldset.
 * @csspart option - An answer (label with its radio); `option--selected` when chosen.
 * @csspart comment - A question's comment field.
 * @csspart button - Every button; `button--primary` for the main action of a step.
 * @csspart result - The global result box.
 * @csspart result-table - The table of section scores (also the chart's text alternative).
 * @csspart chart - The chart's figure.
 * @csspart warning - The storage warning.
 * @csspart error - The panel that lists config problems.
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

  /** The current step: `fill`, `result` or `validate`. */
  @property({ reflect: true })
  step: QuestionnaireStep = 'fill';

  /** Form field name: inside a `<form>`, the responses are submitted as JSON under this name. */
  @property({ reflect: true })
  name?: string;

  /** When set, answering a question writes `#<question-id>` into the page address. */
  @property({ type: Boolean, attribute: 'sync-hash' })
  syncHash = false;

  /** Where answers are saved. Default: this browser's localStorage. */
  @property({ attribute: false })
  storage?: StorageAdapter;

  @state() private chartFailed = false;
  @state() private confirmMissing = false;
  @state() private printing = false;

  @query('dialog.instructions') private instructionsDialog?: HTMLDialogElement;
  @query('dialog.erase') private eraseDialog?: HTMLDialogElement;
  @query('canvas') private canvas?: HTMLCanvasElement;

  private result?: QuestionnaireResult;
  /** What `result` was computed from: it is recomputed only when either changes. */
  private scored?: { model: QuestionnaireConfig; responses: Responses };
  private internals?: ElementInternals;
  private chart?: Chart;
  private focusAfterUpdate?: () => void;
  /** True when the page's markup set `step`: then the saved step does not override it. */
  private hostChoseStep = false;

  private readonly announcer = new Announcer(this);
  /**
   * The saved answers: saved with the step (a reload comes back to the same place), merged with any other
   * version (question by question, the latest answer stands) rather than asking the user which one to keep.
   */
  private readonly doc = new DocumentController<QuestionnaireConfig, Responses, SavedQuestionnaire>(this, {
    kind: {
      keptWhat: 'answers are kept in memory',
      texts: answerTexts,
      heading: '.step-heading',
      conflicts: {
        kind: 'merge',
        merge: (model, mine, stored) => migrateResponses(model, mergeResponses(mine, stored)),
      },
      key: (model) => questionnaireStorageKey(model.id, this.storageKey),
      create: createResponses,
      parseStored: (raw, locale) => {
        const parsed = parseSaved(raw, { locale });
        return parsed.ok ? { ok: true, data: parsed.saved } : parsed;
      },
      document: (saved) => saved.responses,
      serialize: (responses) => serializeSaved(this.step, responses),
      parseData: (input, locale) => {
        const parsed = parseResponses(input, { locale });
        return parsed.ok ? { ok: true, data: parsed.responses } : parsed;
      },
      fit: migrateResponses,
      refit: (model, responses) =>
        responses.questionnaireVersion === model.version ? responses : migrateResponses(model, responses),
      savedAt: (responses) => new Date(responses.updatedAt),
      opened: (saved) => void this.opened(saved),
      erased: () => (this.step = 'fill'),
    },
    property: 'responses',
    model: () => this.model,
    i18n: this.i18n,
    storage: () => this.storage ?? this.project?.storage,
    // No `readonly`: a read-only questionnaire still saves the responses its host gives (setResponses).
    announce: (message) => this.announce(message),
    focusAfterUpdate: (focus) => (this.focusAfterUpdate = focus),
  });

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
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.destroyChart();
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
    return this.result && (JSON.parse(JSON.stringify(this.result)) as QuestionnaireResult);
  }

  /**
   * Erases the saved answers and starts afresh on the first step (no confirmation: the host asked).
   * Resolves to false when the stored copy could not be erased (a `coop-storage-error` says why), and, doing
   * nothing, while no saved answers are open yet (the config has not arrived): call it once the widget shows them.
   */
  reset(): Promise<boolean> {
    return this.doc.reset();
  }

  // ---------------------------------------------------------------- config sources

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
    this.rescore();
  }

  private rescore(): QuestionnaireResult | undefined {
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

  protected override modelChanged(model: QuestionnaireConfig | undefined): void {
    this.doc.modelChanged(model);
  }

  /** The saved answers were opened: their step comes back, then the question the address names. */
  private async opened(saved: SavedQuestionnaire | undefined): Promise<void> {
    // A step chosen by the page (a link straight to the result) wins over the saved one.
    if (saved && !this.hostChoseStep) this.step = saved.step;
    await this.updateComplete;
    this.followHash();
  }

  /** Applies new responses and saves them (with the step, so a reload comes back to the same place). */
  private commit(responses: Responses): void {
    this.doc.commit(responses);
  }

  // ---------------------------------------------------------------- user actions

  /**
   * The language of the config's texts when it differs from the interface's (an English questionnaire in a
   * French page): set on each element that shows config text, so screen readers pronounce it right.
   */
  private get contentLang(): string | undefined {
    const locale = this.model?.locale;
    return locale && locale !== this.i18n.locale ? locale : undefined;
  }

  private get isReadonly(): boolean {
    return this.readonly || this.responses?.status === 'validated';
  }

  private goTo(step: QuestionnaireStep, focus?: () => void): void {
    const previous = this.step;
    if (step !== previous) {
      this.step = step;
      this.dispatchEvent(new CoopStepChangeEvent({ step, previous }));
      if (!this.readonly) this.doc.save(); // a read-only view never writes
    }
    this.focusAfterUpdate =
      focus ?? (() => this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus({ preventScroll: false }));
  }

  private onAnswerInput = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    // Radios are named after their question; comment fields carry it in data-question.
    const questionId = input instanceof HTMLTextAreaElement ? input.dataset.question : input.name;
    if (!questionId || !this.model || !this.responses || this.isReadonly) return;
    if (input instanceof HTMLTextAreaElement) {
      this.commit(setComment(this.model, this.responses, questionId, input.value));
      return;
    }
    const value: AnswerValue = input.dataset.kind === 'level' ? Number(input.value) : input.value;
    this.answer(questionId, value);
  };

  private answer(questionId: string, value: AnswerValue): void {
    if (!this.model || !this.responses) return;
    const wasComplete = this.result?.complete ?? false;
    this.commit(setAnswer(this.model, this.responses, questionId, value));
    const result = this.rescore();
    if (!result) return;
    this.dispatchEvent(new CoopAnswerChangeEvent({ questionId, value, completion: result.global.completion }));
    this.announce(this.i18n.strings.progressText(result.global.answered, result.global.total), 1000);
    if (result.complete && !wasComplete) this.dispatchEvent(new CoopCompleteEvent({ result }));
    if (this.syncHash) history.replaceState(history.state, '', `#${encodeURIComponent(questionId)}`);
  }

  /** Clears an answer; the button goes with it, so focus moves to the question's first answer. */
  private clearAnswer(questionId: string): void {
    this.answer(questionId, null);
    this.announce(this.i18n.strings.answerCleared);
    this.focusAfterUpdate = () =>
      (this.renderRoot as ShadowRoot).getElementById(`q-${questionId}`)?.querySelector<HTMLElement>('input')?.focus();
  }

  /** Polite announcements, coalesced: a burst of answers is announced once, when the user pauses. */
  private announce(message: string, delay = 0): void {
    this.announcer.announce(message, delay);
  }

  private focusQuestion(questionId: string): void {
    const go = () => {
      const fieldset = (this.renderRoot as ShadowRoot).getElementById(`q-${questionId}`);
      if (!fieldset) return;
      fieldset.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
      const target =
        fieldset.querySelector<HTMLElement>('input:checked') ?? fieldset.querySelector<HTMLElement>('input, textarea');
      target?.focus({ preventScroll: true });
    };
    if (this.step === 'fill') go();
    else this.goTo('fill', go);
  }

  // ---------------------------------------------------------------- project

  protected override joinedProject(hub: ProjectHub): void {
    this.listen('focus-request', (event) => {
      const request = event.request;
      if (request.widget !== 'questionnaire') return;
      const section = request.id && this.model?.sections.find((s) => s.id === request.id);
      const go = () => (section ? this.focusHeading(`h-${section.id}`) : this.focusHeading('step-heading'));
      if (this.step === 'fill') go();
      else this.goTo('fill', go);
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
    const { model, responses, result } = this;
    if (!hub || !model || !responses || !result) return;
    if (changed && !['responses', 'model', 'step'].some((k) => changed.has(k))) return;
    hub.publish('questionnaire', { element: this, config: model, responses, result, step: this.step });
  }

  /** The checklist's principles that cover a section, when the checklist is in the same project. */
  private principlesFor(sectionId: string): { id: string; number: number }[] {
    const checklist = this.project?.hub.state['principles-checklist'];
    if (!checklist) return [];
    return checklist.config.principles
      .filter((p) => p.relatesTo?.sections?.includes(sectionId))
      .map(({ id, number }) => ({ id, number }));
  }

  private focusHeading(id: string): void {
    const heading = (this.renderRoot as ShadowRoot).getElementById(id);
    heading?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    heading?.focus({ preventScroll: true });
  }

  private nextUnanswered = (): void => {
    const unanswered = this.result?.unanswered ?? [];
    if (!unanswered.length) {
      this.announce(this.i18n.strings.allAnswered);
      return;
    }
    // The first unanswered question after the one that has focus, wrapping round.
    const active = (this.renderRoot as ShadowRoot).activeElement?.closest('fieldset')?.id.slice(2);
    if (!this.model) return;
    const order = listQuestions(this.model).map((r) => r.question.id);
    const from = active ? order.indexOf(active) : -1;
    const next = unanswered.find((id) => order.indexOf(id) > from) ?? unanswered[0];
    if (next) this.focusQuestion(next);
  };

  private onHashChange = (): void => this.followHash();

  /** `#<question-id>` in the page address opens that question (deep links from e-mails and reports). */
  private followHash(): void {
    if (!this.model || !this.responses) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && listQuestions(this.model).some((r) => r.question.id === id)) this.focusQuestion(id);
  }

  private onValidate = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.model || !this.responses) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    if (!data.get('confirm')) {
      this.confirmMissing = true;
      this.focusAfterUpdate = () => form.querySelector<HTMLInputElement>('input[name="confirm"]')?.focus();
      return;
    }
    this.confirmMissing = false;
    const validated = validateResponses(this.responses, {
      name: String(data.get('name') ?? ''),
      role: String(data.get('role') ?? ''),
    });
    this.commit(validated);
    void this.doc.flush();
    const result = this.rescore();
    const copy = this.getResponses();
    if (result && copy) this.dispatchEvent(new CoopValidateEvent({ responses: copy, result }));
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.validated')?.focus();
  };

  private reopen = (): void => {
    if (!this.responses || !this.model?.allowReopen) return;
    this.commit(reopenResponses(this.responses));
    this.goTo('fill');
  };

  private download(filename: string, type: string, content: string): void {
    downloadFile(this.renderRoot, filename, type, content);
  }

  private exportJson = (): void => {
    if (!this.model || !this.responses) return;
    const doc = exportDocument(this.model, this.responses);
    this.download(`${this.model.id}.json`, 'application/json', JSON.stringify(doc, null, 2));
  };

  private exportCsv = (): void => {
    if (!this.model || !this.responses) return;
    const s = this.i18n.strings;
    const csv = responsesToCsv(this.model, this.responses, {
      locale: this.i18n.locale,
      labels: {
        section: s.csvSection,
        subsection: s.csvSubsection,
        question: s.csvQuestion,
        answer: s.csvAnswer,
        value: s.csvValue,
        comment: s.csvComment,
      },
    });
    this.download(`${this.model.id}.csv`, 'text/csv;charset=utf-8', csv);
  };

  private print = (): void => {
    this.onBeforePrint();
    window.print();
    this.onAfterPrint();
  };

  private onBeforePrint = (): void => {
    this.printing = true;
    // The browser lays the page out for print right after this handler: render the report now.
    this.performUpdate();
  };

  private onAfterPrint = (): void => {
    this.printing = false;
  };

  private openErase = (): void => this.eraseDialog?.showModal();

  private confirmErase = async (): Promise<void> => {
    this.eraseDialog?.close();
    await this.doc.erase();
    this.goTo('fill');
  };

  // ---------------------------------------------------------------- chart

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as PropertyValues).has('responses') && this.responses) {
      this.internals?.setFormValue(JSON.stringify(this.responses));
    }
    this.publish(changed as PropertyValues);
    if (this.focusAfterUpdate) {
      const focus = this.focusAfterUpdate;
      this.focusAfterUpdate = undefined;
      focus();
    }
    if (this.step === 'result' && this.result && this.canvas && !this.printing) void this.drawChart(this.canvas);
    else this.destroyChart();
  }

  private chartFor?: { canvas: HTMLCanvasElement; result: QuestionnaireResult; locale: string };

  private async drawChart(canvas: HTMLCanvasElement): Promise<void> {
    const { result, model } = this;
    if (!result || !model) return;
    const locale = this.i18n.locale;
    if (this.chartFor?.canvas === canvas && this.chartFor.result === result && this.chartFor.locale === locale) return;
    this.chartFor = { canvas, result, locale };
    try {
      const { drawSectionChart } = await import('./chart.js');
      if (this.chartFor?.canvas !== canvas || this.chartFor.result !== result) return;
      this.destroyChart(false);
      const style = (selector: string, property: 'color' | 'backgroundColor' = 'color') =>
        getComputedStyle(this.renderRoot.querySelector(selector) ?? this)[property];
      const data: SectionChartData = {
        // Numbers only: long titles do not fit round a radar on a phone; the table beside names them.
        labels: model.sections.map((_, i) => String(i + 1)),
        scores: result.sections.map((s) => s.score),
        colors: {
          accent: style('.chart-accent'),
          text: style('.chart-text'),
          grid: style('.chart-grid'),
          surface: style('.chart-text', 'backgroundColor'),
        },
        reducedMotion: reducedMotion(),
      };
      this.chart = drawSectionChart(canvas, data);
      this.chartFailed = false;
    } catch (error) {
      console.warn('coop-widgets: the result chart could not be drawn', error);
      this.chartFailed = true;
    }
  }

  private destroyChart(forget = true): void {
    this.chart?.destroy();
    this.chart = undefined;
    if (forget) this.chartFor = undefined;
  }

  // ---------------------------------------------------------------- rendering

  private format(date: Date): { date: string; time: string } {
    const tag = this.i18n.tag;
    return {
      date: new Intl.DateTimeFormat(tag, { dateStyle: 'short' }).format(date),
      time: new Intl.DateTimeFormat(tag, { timeStyle: 'short' }).format(date),
    };
  }

  private round(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale, { maximumFractionDigits: 0 }).format(value);
  }

  protected renderContent(model: QuestionnaireConfig): TemplateResult {
    const s = this.i18n.strings;
    if (!this.responses || !this.result) return html`<p class="loading" role="status">${s.loading}</p>`;
    const report = this.printing ? this.renderReport(model, this.responses, this.result) : nothing;
    const saved = this.doc.savedAt && this.format(this.doc.savedAt);
    return html`
      <div class=${this.printing ? 'base screen-only' : 'base'} part="base" lang=${this.i18n.locale}>
        <div class="header" part="header">
          <h2 class="title" lang=${ifDefined(this.contentLang)}>${model.title}</h2>
          <p class="saved">${saved ? s.savedAt(saved.date, saved.time) : s.notSavedYet}</p>
          ${
            model.instructions.length
              ? html`<button
                  type="button"
                  class="button"
                  part="button"
                  aria-haspopup="dialog"
                  @click=${() => this.instructionsDialog?.showModal()}
                >
                  ${s.instructions}
                </button>`
              : nothing
          }
        </div>
        ${this.renderStepper(s)} ${this.renderStorageWarning(s)} ${this.announcer.render()}
        ${
          this.step === 'fill'
            ? this.renderFill(model, this.responses, this.result, s)
            : this.step === 'result'
              ? this.renderResult(model, this.result, s)
              : this.renderValidate(model, this.responses, this.result, s)
        }
        ${this.renderInstructions(model, s)} ${this.renderEraseDialog(s)}
      </div>
      ${report}
    `;
  }

  private renderStepper(s: Strings): TemplateResult {
    const index = QUESTIONNAIRE_STEPS.indexOf(this.step);
    const next = QUESTIONNAIRE_STEPS[index + 1];
    return html`
      <nav class="stepper" part="stepper" aria-label=${s.stepperLabel}>
        <p class="stepper-state">
          <span class="stepper-count">${s.stepOf(index + 1, QUESTIONNAIRE_STEPS.length)}</span>
          <span class="stepper-current">${s[STEP_LABEL[this.step]] as string}</span>
        </p>
        <ol class="stepper-steps">
          ${QUESTIONNAIRE_STEPS.map(
            (step, i) =>
              html`<li class=${i <= index ? 'done' : ''}>
                <button
                  type="button"
                  class="stepper-step"
                  aria-current=${step === this.step ? 'step' : 'false'}
                  @click=${() => this.goTo(step)}
                >
                  ${i + 1}. ${s[STEP_LABEL[step]] as string}
                </button>
              </li>`,
          )}
        </ol>
        <p class="stepper-next">${next ? s.stepNext(s[STEP_LABEL[next]] as string) : s.stepLast}</p>
      </nav>
    `;
  }

  /** The storage warning, with the exports at hand whatever the step, and "Merge again" after a conflict. */
  private renderStorageWarning(s: Strings): TemplateResult | typeof nothing {
    const exports = { json: this.exportJson, csv: { label: s.exportCsv, run: this.exportCsv } };
    return renderDocumentWarning(this.doc, s, exports, this.readonly);
  }

  private renderFill(model: QuestionnaireConfig, responses: Responses, result: QuestionnaireResult, s: Strings) {
    const ro = this.isReadonly;
    const cl = this.contentLang;
    const { answered, total } = result.global;
    return html`
      <section class="step fill" aria-labelledby="step-heading">
        <h3 id="step-heading" class="step-heading" tabindex="-1">${s.stepFill}</h3>
        ${
          responses.status === 'validated'
            ? html`<p class="notice">${s.validatedNotice}</p>`
            : this.readonly
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
                ${this.summaryEntry(`${si + 1}. ${section.title}`, `h-${section.id}`, sr?.completion ?? 0, s)}
                <ol>
                  ${section.subsections.map(
                    (sub, ui) =>
                      html`<li>
                        ${this.summaryEntry(
                          `${si + 1}.${ui + 1}. ${sub.title}`,
                          `h-${sub.id}`,
                          sr?.subsections[ui]?.completion ?? 0,
                          s,
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
                <button type="button" class="button" part="button" @click=${this.nextUnanswered}>
                  ${s.nextUnanswered}
                </button>
              </p>`
        }
        <div class="questions" @change=${this.onAnswerInput} @input=${this.onCommentInput}>
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
                      return guard([answer, ro, model, this.i18n.locale], () =>
                        this.renderQuestion(model, question, `${qi + 1}.`, answer, ro, s),
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
            @click=${() => this.goTo('result')}
          >
            ${s.seeResult}
          </button>
          ${
            ro
              ? nothing
              : html`<button type="button" class="button button--secondary" part="button" @click=${this.openErase}>
                  ${s.eraseAnswers}
                </button>`
          }
        </div>
      </section>
    `;
  }

  private onCommentInput = (event: Event): void => {
    if (event.target instanceof HTMLTextAreaElement) this.onAnswerInput(event);
  };

  private summaryEntry(label: string, target: string, completion: number, s: Strings): TemplateResult {
    const percent = Math.round(completion);
    return html`<div class="summary-entry">
      <a
        href=${`#${target}`}
        lang=${ifDefined(this.contentLang)}
        @click=${(e: Event) => {
          e.preventDefault();
          this.focusHeading(target);
        }}
        >${label}</a
      >
      <span class="summary-percent">${s.percent(percent)}</span>
      <progress max="100" .value=${percent} aria-label=${s.completionOf(label)}></progress>
    </div>`;
  }

  private renderQuestion(
    model: QuestionnaireConfig,
    question: Question,
    number: string,
    answer: Answer | undefined,
    ro: boolean,
    s: Strings,
  ): TemplateResult {
    const scale = scaleOf(model, question);
    const value = answer?.value ?? null;
    const id = question.id;
    const cl = this.contentLang;
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
            ? html`<div
                class="options options--other"
                role="group"
                aria-label=${s.notScoredGroup}
                lang=${ifDefined(cl)}
              >
                ${scale.nonScored.map((o) => other(o.value, o.label))}
              </div>`
            : nothing
        }
        ${
          value !== null && !ro
            ? html`<button type="button" class="link" @click=${() => this.clearAnswer(id)}>
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

  private renderResultSummary(model: QuestionnaireConfig, result: QuestionnaireResult, s: Strings): TemplateResult {
    const { global } = result;
    const sectionTitle = (id: string) => model.sections.find((x) => x.id === id)?.title ?? id;
    return html`<div class="result-global" part="result">
      ${
        global.score === null
          ? html`<p>${s.resultNoScore}</p>`
          : html`<p class="score"><strong>${s.resultScore(this.round(global.score))}</strong></p>
              ${
                global.band
                  ? html`<p class="band">
                        ${s.resultBand} <strong lang=${ifDefined(this.contentLang)}>${global.band.label}</strong>
                      </p>
                      ${global.band.recommendation ? html`<p lang=${ifDefined(this.contentLang)}>${global.band.recommendation}</p>` : nothing}`
                  : nothing
              }`
      }
      ${(global.cappedBy ?? []).map(
        (hit) =>
          html`<p class="cap">
            ${
              hit.rule === 'sectionBelow'
                ? s.capSectionBelow(hit.sectionIds.map(sectionTitle).join(', '), hit.threshold)
                : s.capPrerequisiteNotMet
            }
          </p>`,
      )}
      <p>${s.resultCompletion(Math.round(global.completion))}</p>
    </div>`;
  }

  private renderResult(model: QuestionnaireConfig, result: QuestionnaireResult, s: Strings): TemplateResult {
    const titles = new Map(model.sections.map((x, i) => [x.id, `${i + 1}. ${x.title}`]));
    const questions = new Map(listQuestions(model).map((r) => [r.question.id, r.question.label]));
    return html`
      <section class="step result" aria-labelledby="step-heading">
        <h3 id="step-heading" class="step-heading" tabindex="-1">${s.resultHeading}</h3>
        ${this.renderResultSummary(model, result, s)}
        <h4>${s.resultSections}</h4>
        ${
          this.chartFailed
            ? html`<p class="notice">${s.chartUnavailable}</p>`
            : html`<figure class="chart" part="chart">
                <div class="chart-box"><canvas role="img" aria-label=${s.chartLabel}></canvas></div>
                <span class="chart-accent" aria-hidden="true"></span><span class="chart-text" aria-hidden="true"></span
                ><span class="chart-grid" aria-hidden="true"></span>
              </figure>`
        }
        ${this.renderTable(model, result, s)}
        ${
          result.recommendations.length
            ? html`<h4>${s.recommendationsHeading}</h4>
                <ol class="recommendations" lang=${ifDefined(this.contentLang)}>
                  ${result.recommendations.map(
                    (r) =>
                      html`<li>
                        <strong>${titles.get(r.sectionId)}</strong> — ${r.band.label}
                        (${s.resultScore(this.round(r.score))}). ${r.band.recommendation}
                        ${this.principlesFor(r.sectionId).map(
                          (p) =>
                            html` <button
                              type="button"
                              class="link principle-link"
                              @click=${() => this.project?.hub.focus({ widget: 'principles-checklist', id: p.id })}
                            >
                              ${s.cpSeePrinciple(p.number)}
                            </button>`,
                        )}
                      </li>`,
                  )}
                </ol>`
            : nothing
        }
        ${
          result.unanswered.length
            ? html`<h4>${s.unansweredHeading(result.unanswered.length)}</h4>
                <ul class="unanswered" lang=${ifDefined(this.contentLang)}>
                  ${result.unanswered.map(
                    (id) =>
                      html`<li>
                        <a
                          href=${`#${id}`}
                          @click=${(e: Event) => {
                            e.preventDefault();
                            this.focusQuestion(id);
                          }}
                          >${questions.get(id)}</a
                        >
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
        <div class="actions">
          <button type="button" class="button" part="button" @click=${() => this.goTo('fill')}>${s.backToFill}</button>
          <button
            type="button"
            class="button button--primary"
            part="button button--primary"
            @click=${() => this.goTo('validate')}
          >
            ${s.goToValidate}
          </button>
        </div>
      </section>
    `;
  }

  private renderTable(model: QuestionnaireConfig, result: QuestionnaireResult, s: Strings): TemplateResult {
    // In a scrolling region of its own (focusable, named by the caption) so that on a narrow screen the page
    // itself never scrolls sideways.
    return html`<div class="table-scroll" role="region" aria-labelledby="result-table-caption" tabindex="0">
      <table class="result-table" part="result-table">
        <caption id="result-table-caption">
          ${s.resultTableCaption}
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
          ${result.sections.map(
            (sr, i) =>
              html`<tr>
                <th scope="row" lang=${ifDefined(this.contentLang)}>${i + 1}. ${model.sections[i]?.title}</th>
                <td>${sr.score === null ? s.notScored : this.round(sr.score)}</td>
                <td lang=${ifDefined(this.contentLang)}>${sr.band?.label ?? '—'}</td>
                <td>${s.percent(Math.round(sr.completion))}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderValidate(
    model: QuestionnaireConfig,
    responses: Responses,
    result: QuestionnaireResult,
    s: Strings,
  ): TemplateResult {
    const validated = responses.status === 'validated';
    const at = responses.validatedAt ? this.format(new Date(responses.validatedAt)) : undefined;
    const by = [responses.validatedBy?.name, responses.validatedBy?.role && `(${responses.validatedBy.role})`]
      .filter(Boolean)
      .join(' ');
    return html`
      <section class="step validate" aria-labelledby="step-heading">
        <h3 id="step-heading" class="step-heading" tabindex="-1">${s.validateHeading}</h3>
        ${this.renderResultSummary(model, result, s)}
        ${
          validated && at
            ? html`<p class="validated" tabindex="-1">${s.validatedOn(at.date, at.time, by)}</p>
                ${
                  model.allowReopen
                    ? html`<p>
                        <button type="button" class="button" part="button" @click=${this.reopen}>${s.reopen}</button>
                      </p>`
                    : nothing
                }`
            : this.readonly
              ? html`<p class="notice">${s.readonlyNotice}</p>`
              : html`<form class="validate-form" @submit=${this.onValidate} novalidate>
                  <p>${s.validateIntro}</p>
                  ${result.unanswered.length ? html`<p class="notice">${s.validateIncomplete(result.unanswered.length)}</p>` : nothing}
                  <div class="check">
                    <input
                      type="checkbox"
                      id="confirm"
                      name="confirm"
                      value="yes"
                      aria-invalid=${this.confirmMissing ? 'true' : 'false'}
                      aria-describedby=${this.confirmMissing ? 'confirm-error' : nothing}
                      @change=${() => (this.confirmMissing = false)}
                    />
                    <label for="confirm">${s.validateConfirm}</label>
                  </div>
                  ${this.confirmMissing ? html`<p id="confirm-error" class="field-error">${s.validateConfirmRequired}</p>` : nothing}
                  <div class="field">
                    <label for="validator-name">${s.validateName}</label>
                    <input id="validator-name" name="name" autocomplete="name" />
                  </div>
                  <div class="field">
                    <label for="validator-role">${s.validateRole}</label>
                    <input id="validator-role" name="role" autocomplete="organization-title" />
                  </div>
                  <button type="submit" class="button button--primary" part="button button--primary">
                    ${s.validateSubmit}
                  </button>
                </form>`
        }
        ${responses.orphans.length ? html`<p class="notice">${s.orphansKept(responses.orphans.length)}</p>` : nothing}
        <div class="actions">
          <button type="button" class="button" part="button" @click=${() => this.goTo('result')}>
            ${s.stepResult}
          </button>
          <button type="button" class="button" part="button" @click=${this.exportJson}>${s.exportJson}</button>
          <button type="button" class="button" part="button" @click=${this.exportCsv}>${s.exportCsv}</button>
          <button type="button" class="button" part="button" @click=${this.print}>${s.print}</button>
        </div>
      </section>
    `;
  }

  /** What the browser prints: title, date, scores, the table and every answer, with no controls. */
  private renderReport(model: QuestionnaireConfig, responses: Responses, result: QuestionnaireResult): TemplateResult {
    const s = this.i18n.strings;
    const saved = this.format(new Date(responses.validatedAt ?? responses.updatedAt));
    const labelOf = (question: Question, value: AnswerValue) => answerLabel(scaleOf(model, question), value) || '—';
    return html`<article class="report" lang=${this.i18n.locale}>
      <h2 class="title">${model.title}</h2>
      <p>${s.savedAt(saved.date, saved.time)}</p>
      ${this.renderResultSummary(model, result, s)} ${this.renderTable(model, result, s)}
      ${model.sections.map(
        (section, si) =>
          html`<section>
            <h3>${si + 1}. ${section.title}</h3>
            <dl>
              ${section.subsections.flatMap((sub) =>
                sub.questions.map((q) => {
                  const answer = responses.answers[q.id];
                  return html`<dt>${q.label}</dt>
                    <dd>
                      ${answer ? labelOf(q, answer.value) : '—'}${
                        answer?.comment ? html`<br /><em>${answer.comment}</em>` : nothing
                      }
                    </dd>`;
                }),
              )}
            </dl>
          </section>`,
      )}
    </article>`;
  }

  private renderInstructions(model: QuestionnaireConfig, s: Strings): TemplateResult | typeof nothing {
    if (!model.instructions.length) return nothing;
    return html`<dialog class="instructions" part="dialog" aria-labelledby="instructions-title">
      <h3 id="instructions-title">${s.instructions}</h3>
      ${model.instructions.map((p) => html`<p lang=${ifDefined(this.contentLang)}>${p}</p>`)}
      <dl class="scale-legend" lang=${ifDefined(this.contentLang)}>
        ${model.scale.levels.map(
          (l) =>
            html`<dt>${l.label}</dt>
              <dd>${l.description ?? ''}</dd>`,
        )}
      </dl>
      <form method="dialog">
        <button class="button button--primary" part="button button--primary">${s.close}</button>
      </form>
    </dialog>`;
  }

  private renderEraseDialog(s: Strings): TemplateResult {
    return html`<dialog class="erase" part="dialog" aria-labelledby="erase-title" aria-describedby="erase-text">
      <h3 id="erase-title">${s.eraseTitle}</h3>
      <p id="erase-text">${s.eraseText}</p>
      <div class="actions">
        <button type="button" class="button" part="button" @click=${() => this.eraseDialog?.close()}>
          ${s.cancel}
        </button>
        <button type="button" class="button button--danger" part="button" @click=${this.confirmErase}>
          ${s.eraseConfirm}
        </button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-questionnaire': CoopQuestionnaire;
  }
}
