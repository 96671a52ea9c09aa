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
  type StorageAdapter,
  type Strings,
} from '../../core/runtime.js';
import { CoopAnswerChangeEvent, CoopCompleteEvent, CoopValidateEvent } from '../events.js';
import { CoopConfigurable } from '../shared/configurable.js';
import { Announcer, downloadFile, renderStorageWarning, storageMessage, StorageStatus } from '../shared/feedback.js';
import { defaultStorage } from '../shared/storage.js';
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
import { Persistence } from '../shared/persistence.js';
import type { FocusRequest, ProjectHub } from '../project/hub.js';
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

  @state() private responses?: Responses;
  @state() private confirmMissing = false;

  @query('dialog.instructions') private instructionsDialog?: HTMLDialogElement;
  @query('dialog.erase') private eraseDialog?: HTMLDialogElement;

  private result?: QuestionnaireResult;
  /** What `result` was computed from: it is recomputed only when either changes. */
  private scored?: { model: QuestionnaireConfig; responses: Responses };
  private internals?: ElementInternals;
  private openKey?: string;
  private loadToken = 0;
  private openedWith?: StorageAdapter;
  private defaultAdapter?: StorageAdapter;
  /** True when the page's markup set `step`: then the saved step does not override it. */
  private hostChoseStep = false;

  private readonly announcer = new Announcer(this);
  private readonly storageStatus = new StorageStatus(this, 'answers are kept in memory', () =>
    this.announce(this.i18n.strings.storageRecovered),
  );
  private readonly persistence = new Persistence(
    this,
    this.storageStatus.events(
      (raw) => this.externalChange(raw),
      (operation) => this.mergeOnConflict(operation),
      (raw) => parseSaved(raw, { locale: this.i18n.locale }).ok,
    ),
  );
  /**
   * The era (see Persistence.era) of the merge under way, if any. A merge left over from another document or
   * from before an erase stands down by itself: it does not count as under way for the current one.
   */
  @state() private mergingEra?: number;
  /** A merge is under way on the current document: a conflict meanwhile is its to settle. */
  private get merging(): boolean {
    return this.mergingEra === this.persistence.era;
  }

  /** The adapter in force: the host's, else the project's (namespaced by its id), else localStorage. */
  private adapter(): StorageAdapter {
    return this.storage ?? this.project?.storage ?? (this.defaultAdapter ??= defaultStorage());
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
    const parsed = parseResponses(input, { locale: this.i18n.locale });
    if (!parsed.ok) {
      throw new TypeError(`Invalid responses: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    }
    if (!this.model) throw new Error('coop-questionnaire: no valid config yet');
    this.loadToken++; // what the host gives wins over a saved copy still loading
    this.persistence.takeOver(); // and over an erase under way
    this.commit(migrateResponses(this.model, parsed.responses));
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
  async reset(): Promise<boolean> {
    if (!this.persistence.isOpen) return false;
    this.loadToken++;
    const erasing = this.persistence.remove();
    const era = this.persistence.era;
    const erased = await erasing;
    // Another document opened meanwhile (or a later erase): its screen is not this erase's to clear.
    if (era !== this.persistence.era) return erased;
    if (this.model) this.responses = createResponses(this.model);
    this.step = 'fill';
    this.storageStatus.savedAt = undefined;
    if (erased) this.storageStatus.erased((key) => this.persistence.keepsCopy(key));
    return erased;
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
    // Another namespace or another adapter: what is shown must come from there (and be written there).
    if (this.model && this.openKey !== undefined) {
      const key = questionnaireStorageKey(this.model.id, this.storageKey);
      if (key !== this.openKey || this.adapter() !== this.openedWith) this.openStorage(this.model);
    }
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
    if (!model) return;
    const key = questionnaireStorageKey(model.id, this.storageKey);
    if (key !== this.openKey) {
      this.openStorage(model);
    } else if (this.responses && this.responses.questionnaireVersion !== model.version) {
      this.commit(migrateResponses(model, this.responses));
    }
  }

  // ---------------------------------------------------------------- persistence

  private openStorage(model: QuestionnaireConfig): void {
    const key = questionnaireStorageKey(model.id, this.storageKey);
    this.openKey = key;
    const token = ++this.loadToken;
    const adapter = this.adapter();
    this.openedWith = adapter;
    // open() first: it writes what is pending for the previous document before this one is forgotten.
    const opening = this.persistence.open(key, adapter);
    this.responses = undefined;
    this.storageStatus.resolved(); // a conflict was the previous document's
    const current = () => token === this.loadToken && !!this.model;
    void opening.then(async (raw) => {
      if (!current()) return;
      const locale = this.i18n.locale;
      const parsed = await this.persistence.readFrom(raw, (text) => parseSaved(text, { locale }), current);
      const model = this.model;
      if (!current() || !model) return;
      let responses = createResponses(model);
      if (parsed?.ok) {
        const { saved } = parsed;
        responses = migrateResponses(model, saved.responses);
        // A step chosen by the page (a link straight to the result) wins over the saved one.
        if (!this.hostChoseStep) this.step = saved.step;
        this.storageStatus.savedAt = new Date(saved.responses.updatedAt);
      }
      this.responses = responses;
      await this.updateComplete;
      this.followHash();
    });
  }

  /** Applies new responses and saves them (with the step, so a reload comes back to the same place). */
  private commit(responses: Responses): void {
    this.responses = responses;
    this.saveSoon();
  }

  /** Schedules a write of the current state (computed when written, so it is never stale). */
  private saveSoon(): void {
    const now = this.responses;
    if (!now) return;
    this.persistence.save(() => serializeSaved(this.step, this.responses ?? now));
  }

  private externalChange(raw: string | null): void {
    if (!this.model || !this.responses) return;
    if (raw === null) {
      // Erased in another tab (a shared computer's "erase my answers"): follow it, and do not write back
      // what was pending here, which would bring the erased answers back.
      this.persistence.dropPending();
      this.responses = createResponses(this.model);
      this.storageStatus.savedAt = undefined;
      this.announce(this.i18n.strings.remoteUpdate);
      return;
    }
    const parsed = parseSaved(raw, { locale: this.i18n.locale });
    if (!parsed.ok) return; // the other tab's problem; ours stays as it is
    const remote = parsed.saved.responses;
    const merged = migrateResponses(this.model, mergeResponses(this.responses, remote));
    // Stored must become the merge whenever it differs from it, even if nothing changes on this screen.
    const changedHere = JSON.stringify(merged) !== JSON.stringify(this.responses);
    this.responses = merged;
    if (JSON.stringify(merged) !== JSON.stringify(remote)) this.saveSoon();
    if (!changedHere) return;
    this.storageStatus.savedAt = new Date(merged.updatedAt);
    this.announce(this.i18n.strings.remoteUpdate);
  }

  /**
   * The stored answers changed elsewhere (or were there all along, unread): they are merged with this page's
   * at once, as another tab's are, and the merge is saved. A conflict while a merge is under way is that
   * merge's to settle (its read comes after the write that conflicted). An erase that conflicts is not merged
   * (the erased answers would come back): it is shown, and `reset()` says it failed.
   */
  private mergeOnConflict(operation: 'read' | 'write' | 'remove'): boolean {
    if (operation === 'remove') return false;
    if (this.merging) return true;
    if (!this.model || !this.responses) return false;
    void this.merge();
    return true;
  }

  /**
   * Merges the stored answers with this page's and saves the merge (nothing is lost: see mergeResponses).
   * When it cannot (the answers could not be read, or changed once more), the conflict is shown, with "Merge
   * again" (`retry`: the user asked, and hears how it went; focus leaves the vanished button).
   */
  private async merge(retry = false): Promise<void> {
    if (this.merging || this.persistence.erasing) return;
    const token = this.loadToken;
    const era = this.persistence.era;
    this.mergingEra = era;
    let changedHere = false;
    let again = false;
    try {
      const locale = this.i18n.locale;
      const result = await this.persistence.resolve(
        (stored) => parseSaved(stored, { locale }).ok,
        (stored) => {
          const model = this.model;
          if (!model || !this.responses || token !== this.loadToken) return undefined;
          const parsed = stored === null ? undefined : parseSaved(stored, { locale });
          if (parsed?.ok) {
            const next = migrateResponses(model, mergeResponses(this.responses, parsed.saved.responses));
            changedHere = JSON.stringify(next) !== JSON.stringify(this.responses);
            this.responses = next;
          }
          return serializeSaved(this.step, this.responses);
        },
      );
      if (token !== this.loadToken || era !== this.persistence.era) {
        const held = this.persistence.inConflict && this.storageStatus.problem?.reason !== 'conflict';
        // The host gave other responses meanwhile: merge those (unless the conflict is shown: the user has
        // "Merge again"). Erased (failing) or another document: this merge stood down; writes still held are
        // shown as the conflict this merge took over, and reported now (they never were).
        if (era === this.persistence.era) again = held;
        else if (held && !this.merging) this.storageStatus.failed({ reason: 'conflict', operation: 'write' });
        return;
      }
      const outcome = this.storageStatus.settle(result);
      if (outcome === 'settled' && changedHere) this.announce(this.i18n.strings.storageMerged);
      if (!retry) return;
      if (outcome === 'standing') return this.announce(this.i18n.strings.storageNotSettled);
      this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
      this.requestUpdate();
    } finally {
      if (this.mergingEra === era) this.mergingEra = undefined;
      if (again) void this.merge(retry);
    }
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
      const request = (event as CustomEvent<FocusRequest>).detail;
      if (request.widget !== 'questionnaire') return;
      const section = request.id && this.model?.sections.find((s) => s.id === request.id);
      const go = () => (section ? this.steps.focusHeading(`h-${section.id}`) : this.steps.focusHeading('step-heading'));
      if (this.step === 'fill') go();
      else this.steps.goTo('fill', go);
    });
    // The checklist's principles are linked from the result: redraw when it comes or goes.
    this.listen('change', (event) => {
      if ((event as CustomEvent<string>).detail === 'principles-checklist') this.requestUpdate();
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
    void this.persistence.flush();
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
    // Only say "erased" when it is true; otherwise the storage warning says what went wrong.
    if (await this.reset()) this.announce(this.i18n.strings.erased);
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
      if (!this.readonly) this.saveSoon(); // a read-only view never writes
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
    const saved = this.storageStatus.savedAt && this.format(this.storageStatus.savedAt);
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

  private renderStorageWarning(s: Strings): TemplateResult | typeof nothing {
    const problem = this.storageStatus.shown(this.persistence.inConflict && !this.merging);
    const message = storageMessage(problem, {
      unavailable: s.storageUnavailable,
      denied: s.storageDenied,
      quota: s.storageQuota,
      corrupt: s.storageCorrupt,
      unknown: s.storageUnknown,
      conflict: s.storageConflict,
      conflictRead: s.storageConflict, // settled as any conflict: by merging
      notErased: s.storageNotErased,
    });
    // The warning says "export them": the exports are right there, whatever the step; after a conflict, so is
    // a new try of the merge.
    const conflict = problem?.reason === 'conflict' && !this.readonly;
    return renderStorageWarning(message, [
      ...(conflict ? [{ label: s.storageMergeAgain, run: () => void this.merge(true) }] : []),
      { label: s.exportJson, run: this.exportJson },
      { label: s.exportCsv, run: this.exportCsv },
    ]);
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
