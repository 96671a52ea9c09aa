/**
 * The <coop-questionnaire> element: its properties and public API, its saved answers, the answers' changes,
 * and renderContent(), which picks the step's view (the *-view.ts modules) and hands it what it shows and
 * what it may do. Steps, focus and the page address: steps-controller.ts; printing: print-controller.ts.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  QUESTIONNAIRE_STEPS,
  createResponses,
  exportDocument,
  mergeResponses,
  migrateResponses,
  parseQuestionnaireConfig,
  parseResponses,
  parseSaved,
  questionnaireStorageKey,
  reopenResponses,
  responsesToCsv,
  scoreQuestionnaire,
  serializeSaved,
  setAnswer,
  setComment,
  validateResponses,
  type AnswerValue,
  type Locale,
  type ParseOptions,
  type QuestionnaireConfig,
  type QuestionnaireResult,
  type QuestionnaireStep,
  type Responses,
  type SavedQuestionnaire,
  type StorageAdapter,
  type Strings,
} from '../../core/runtime.js';
import { CoopAnswerChangeEvent, CoopCompleteEvent, CoopValidateEvent } from '../events.js';
import { CoopConfigurable } from '../shared/configurable.js';
import { DocumentController } from '../shared/document-controller.js';
import { Announcer, downloadFile } from '../shared/feedback.js';
import { answerTexts } from '../shared/storage-texts.js';
import { renderDocumentWarning } from '../shared/storage-view.js';
import type { ProjectHub } from '../shared/project-link.js';
import { ChartController } from '../shared/chart-controller.js';
import { PrintController } from './print-controller.js';
import { StepsController } from './steps-controller.js';
import { renderHeader } from './header-view.js';
import { renderFill } from './fill-view.js';
import { renderStepper } from './stepper-view.js';
import { renderInstructions } from './instructions-view.js';
import { renderResult, type ResultSummaryContext } from './result-view.js';
import { renderReport } from './report-view.js';
import { renderValidate, type ValidateForm } from './validate-view.js';
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

  @state() private confirmMissing = false;

  @query('dialog.instructions') private instructionsDialog?: HTMLDialogElement;
  @query('dialog.erase') private eraseDialog?: HTMLDialogElement;

  private result?: QuestionnaireResult;
  /** What `result` was computed from: it is recomputed only when either changes. */
  private scored?: { model: QuestionnaireConfig; responses: Responses };
  private internals?: ElementInternals;
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

  // The persistence code above reaches the steps controller through these two.
  private followHash(): void {
    this.steps.followHash();
  }

  private set focusAfterUpdate(focus: () => void) {
    this.steps.focusAfter(focus);
  }

  /** The user typed in a comment field. */
  private comment(questionId: string, comment: string): void {
    if (!this.model || !this.responses || this.isReadonly) return;
    this.commit(setComment(this.model, this.responses, questionId, comment));
  }

  private answer(questionId: string, value: AnswerValue): void {
    if (!this.model || !this.responses) return;
    const wasComplete = this.result?.complete ?? false;
    this.commit(setAnswer(this.model, this.responses, questionId, value));
    const result = this.rescore();
    if (!result) return;
    this.dispatchEvent(new CoopAnswerChangeEvent({ questionId, value, completion: result.global.completion }));
    this.announce(this.i18n.strings.progressText(result.global.answered, result.global.total), 1000);
    if (result.complete && !wasComplete) this.dispatchEvent(new CoopCompleteEvent({ result }));
    this.steps.answered(questionId);
  }

  /** Clears an answer; the button goes with it, so focus moves to the question's first answer. */
  private clearAnswer(questionId: string): void {
    this.answer(questionId, null);
    this.announce(this.i18n.strings.answerCleared);
    this.steps.focusAfter(() =>
      (this.renderRoot as ShadowRoot).getElementById(`q-${questionId}`)?.querySelector<HTMLElement>('input')?.focus(),
    );
  }

  /** Polite announcements, coalesced: a burst of answers is announced once, when the user pauses. */
  private announce(message: string, delay = 0): void {
    this.announcer.announce(message, delay);
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
    const { model, responses, result } = this;
    if (!hub || !model || !responses || !result) return;
    if (changed && !['responses', 'model', 'step'].some((k) => changed.has(k))) return;
    hub.publish('questionnaire', { element: this, config: model, responses, result, step: this.step });
  }

  private validate({ confirmed, name, role }: ValidateForm): void {
    if (!this.model || !this.responses) return;
    if (!confirmed) {
      this.confirmMissing = true;
      this.steps.focusAfter(() =>
        this.renderRoot.querySelector<HTMLInputElement>('.validate-form input[name="confirm"]')?.focus(),
      );
      return;
    }
    this.confirmMissing = false;
    const validated = validateResponses(this.responses, { name, role });
    this.commit(validated);
    void this.doc.flush();
    const result = this.rescore();
    const copy = this.getResponses();
    if (result && copy) this.dispatchEvent(new CoopValidateEvent({ responses: copy, result }));
    this.steps.focusAfter(() => this.renderRoot.querySelector<HTMLElement>('.validated')?.focus());
  }

  private reopen(): void {
    if (!this.responses || !this.model?.allowReopen) return;
    this.commit(reopenResponses(this.responses));
    this.steps.goTo('fill');
  }

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

  private openErase = (): void => this.eraseDialog?.showModal();

  private confirmErase = async (): Promise<void> => {
    this.eraseDialog?.close();
    await this.doc.erase();
    this.steps.goTo('fill');
  };

  // ---------------------------------------------------------------- after each render

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as PropertyValues).has('responses') && this.responses) {
      this.internals?.setFormValue(JSON.stringify(this.responses));
    }
    this.publish(changed as PropertyValues);
  }

  // ---------------------------------------------------------------- controllers

  private readonly printer = new PrintController(this, () => this.performUpdate());
  private readonly steps = new StepsController(this, {
    model: () => (this.responses ? this.model : undefined),
    unanswered: () => this.result?.unanswered ?? [],
    stepChanged: () => {
      if (!this.readonly) this.doc.save(); // a read-only view never writes
    },
    allAnswered: () => this.announce(this.i18n.strings.allAnswered),
  });
  private readonly chart = new ChartController(this, {
    name: 'result chart',
    canvas: () => this.renderRoot.querySelector('canvas'),
    data: () =>
      this.step === 'result' && this.result && !this.printer.printing ? [this.result, this.i18n.locale] : undefined,
    load: () => import('./chart.js'),
    draw: ({ drawSectionChart }, canvas, reducedMotion) => {
      const { model, result } = this;
      if (!model || !result) return undefined;
      const style = (selector: string, property: 'color' | 'backgroundColor' = 'color'): string =>
        getComputedStyle(this.renderRoot.querySelector(selector) ?? this)[property];
      return drawSectionChart(canvas, {
        // Numbers only: long titles do not fit round a radar on a phone; the table beside names them.
        labels: model.sections.map((_, i) => String(i + 1)),
        scores: result.sections.map((s) => s.score),
        colors: {
          accent: style('.chart-accent'),
          text: style('.chart-text'),
          grid: style('.chart-grid'),
          surface: style('.chart-text', 'backgroundColor'),
        },
        reducedMotion,
      });
    },
  });

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

  private summaryContext(model: QuestionnaireConfig, result: QuestionnaireResult): ResultSummaryContext {
    return { model, result, s: this.i18n.strings, contentLang: this.contentLang, round: (v) => this.round(v) };
  }

  protected renderContent(model: QuestionnaireConfig): TemplateResult {
    const s = this.i18n.strings;
    if (!this.responses || !this.result) return html`<p class="loading" role="status">${s.loading}</p>`;
    const report = this.printer.printing
      ? renderReport({
          ...this.summaryContext(model, this.result),
          responses: this.responses,
          locale: this.i18n.locale,
          format: (date) => this.format(date),
        })
      : nothing;
    const saved = this.doc.savedAt && this.format(this.doc.savedAt);
    return html`
      <div class=${this.printer.printing ? 'base screen-only' : 'base'} part="base" lang=${this.i18n.locale}>
        ${renderHeader({
          model,
          s,
          contentLang: this.contentLang,
          saved,
          onInstructions: () => this.instructionsDialog?.showModal(),
        })}
        ${renderStepper({ step: this.step, s, onGoTo: (step) => this.steps.goTo(step) })}
        ${this.renderStorageWarning(s)} ${this.announcer.render()}
        ${
          this.step === 'fill'
            ? renderFill({
                model,
                responses: this.responses,
                result: this.result,
                s,
                locale: this.i18n.locale,
                contentLang: this.contentLang,
                readonly: this.readonly,
                locked: this.isReadonly,
                onAnswer: (id, value) => {
                  if (!this.isReadonly) this.answer(id, value);
                },
                onComment: (id, comment) => this.comment(id, comment),
                onClear: (id) => this.clearAnswer(id),
                onNextUnanswered: this.steps.nextUnanswered,
                onFocusHeading: (id) => this.steps.focusHeading(id),
                onGoTo: (step) => this.steps.goTo(step),
                onErase: this.openErase,
              })
            : this.step === 'result'
              ? renderResult({
                  ...this.summaryContext(model, this.result),
                  chartFailed: this.chart.failed,
                  principles: this.project?.hub.state['principles-checklist']?.config.principles ?? [],
                  onOpenPrinciple: (id) => this.project?.hub.focus({ widget: 'principles-checklist', id }),
                  onFocusQuestion: (id) => this.steps.focusQuestion(id),
                  onGoTo: (step) => this.steps.goTo(step),
                })
              : renderValidate({
                  ...this.summaryContext(model, this.result),
                  responses: this.responses,
                  readonly: this.readonly,
                  confirmMissing: this.confirmMissing,
                  format: (date) => this.format(date),
                  onConfirmChange: () => (this.confirmMissing = false),
                  onValidate: (form) => this.validate(form),
                  onReopen: () => this.reopen(),
                  onGoTo: (step) => this.steps.goTo(step),
                  onExportJson: this.exportJson,
                  onExportCsv: this.exportCsv,
                  onPrint: this.printer.print,
                })
        }
        ${renderInstructions({ model, s, contentLang: this.contentLang })} ${this.renderEraseDialog(s)}
      </div>
      ${report}
    `;
  }

  /** The storage warning, with the exports at hand whatever the step, and "Merge again" after a conflict. */
  private renderStorageWarning(s: Strings): TemplateResult | typeof nothing {
    const exports = { json: this.exportJson, csv: { label: s.exportCsv, run: this.exportCsv } };
    return renderDocumentWarning(this.doc, s, exports, this.readonly);
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
