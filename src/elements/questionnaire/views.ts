/**
 * The element's state mapped to each view's context: what the header, the steps, the storage warning, the
 * erase dialog and the print report read, and which controller each of their callbacks reaches. The element's
 * renderContent() picks among them; the views themselves (*-view.ts) only read what they are given.
 */
import { html, nothing, type CSSResult, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { QuestionnaireConfig, QuestionnaireResult, QuestionnaireStep, Responses } from '../../core/runtime.js';
import type { LocaleController } from '../shared/locale-controller.js';
import type { ProjectHub } from '../shared/project-link.js';
import { renderDocumentWarning } from '../shared/storage-view.js';
import type { AnswersController } from './answers-controller.js';
import { renderFill } from './fill-view.js';
import { renderHeader } from './header-view.js';
import { introOpen, rememberIntro } from './intro-memory.js';
import type { PagesController } from './pages-controller.js';
import type { PrintController } from './print-controller.js';
import type { ResultSummaryContext } from './result-view.js';
import { renderPart, type LazyParts } from '../shared/lazy-parts.js';
import { adoptOnce } from './adopt-styles.js';

/**
 * The steps after the first, the print report and the dialogs: loaded when first shown (see LazyParts). Each step
 * brings the styles only they use (`resultStyles`), adopted when it first renders. The report and the dialogs are
 * fetched right after the first paint (the element's `soon`): they are drawn the moment they are asked for.
 */
export const questionnaireParts = {
  result: () => import('./result-view.js'),
  validate: () => import('./validate-view.js'),
  report: () => import('./report-view.js'),
  dialogs: () => import('./dialogs.js'),
  /** Also brought by the validate step's module, where the export buttons are; this for the storage warning's. */
  exports: () => import('./exports.js'),
};
type Parts = typeof questionnaireParts;

/** The exports' module (exports.ts). */
type Exports = Pick<typeof import('./exports.js'), 'exportJson' | 'exportCsv'>;

/** The element: its `readonly` property and the shadow root that holds the dialogs. */
export interface ViewsHost extends HTMLElement, ReactiveControllerHost {
  readonly readonly: boolean;
  readonly step: QuestionnaireStep;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

export class QuestionnaireViews {
  constructor(
    private readonly host: ViewsHost,
    private readonly i18n: LocaleController,
    private readonly answers: AnswersController,
    private readonly printer: PrintController,
    /** The project's hub, while the element is in a <coop-project>. */
    private readonly hub: () => ProjectHub | undefined,
    private readonly parts: LazyParts<typeof questionnaireParts>,
    private readonly pages: PagesController,
    /** Says something to screen readers (a part that could not be loaded). */
    private readonly announce: (message: string) => void,
  ) {}

  /** A lazy part's view, its styles adopted first (once per shadow root). */
  private styled(styles: CSSResult, view: TemplateResult): TemplateResult {
    adoptOnce(this.host.renderRoot, styles);
    return view;
  }

  /** The result chart's controller, created with the result step's module (result-chart.ts). */
  private chart?: { readonly failed: boolean };

  goTo = (step: QuestionnaireStep): void => this.answers.steps.goTo(step);

  /**
   * The language of the config's texts when it differs from the interface's (an English questionnaire in a
   * French page): set on each element that shows config text, so screen readers pronounce it right.
   */
  contentLang(model: QuestionnaireConfig): string | undefined {
    const locale = model.locale;
    return locale && locale !== this.i18n.locale ? locale : undefined;
  }

  private dialog(name: 'instructions' | 'erase'): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(`dialog.${name}`);
  }

  /** Opens a dialog at its title (not at its last button): a screen reader starts reading there. */
  private open(name: 'instructions' | 'erase'): void {
    const dialog = this.dialog(name);
    if (!dialog) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('.dialog-title')?.focus();
  }

  /** The date and time formatters of the interface's language, made once per language (each costs a millisecond). */
  private formatters?: { tag: string; date: Intl.DateTimeFormat; time: Intl.DateTimeFormat };

  private format = (date: Date): { date: string; time: string } => {
    const tag = this.i18n.tag;
    if (this.formatters?.tag !== tag) {
      this.formatters = {
        tag,
        date: new Intl.DateTimeFormat(tag, { dateStyle: 'short' }),
        time: new Intl.DateTimeFormat(tag, { timeStyle: 'short' }),
      };
    }
    return { date: this.formatters.date.format(date), time: this.formatters.time.format(date) };
  };

  private summary(model: QuestionnaireConfig, result: QuestionnaireResult): ResultSummaryContext {
    const round = (value: number) =>
      new Intl.NumberFormat(this.i18n.locale, { maximumFractionDigits: 0 }).format(value);
    return {
      model,
      result,
      s: this.i18n.strings,
      locale: this.i18n.locale,
      overrides: this.i18n.overrides,
      contentLang: this.contentLang(model),
      round,
    };
  }

  /** Runs `run` with a part (a user's action; see LazyParts.use): if it cannot be loaded, the user hears so. */
  private withPart<K extends keyof Parts>(name: K, run: (part: Awaited<ReturnType<Parts[K]>>) => void): void {
    this.parts.use(name, run, () => this.announce(this.i18n.strings.widgetPartFailed));
  }

  /**
   * Runs an export: at once from the validate step, whose module brings the exports; from the storage warning
   * on another step, once they are loaded (the download follows).
   */
  private withExports(run: (exports: Exports) => void): void {
    const validate = this.parts.loaded('validate');
    if (validate) run(validate);
    else this.withPart('exports', run);
  }

  private exportJson = (): void =>
    this.withExports(({ exportJson }) => {
      const { model, responses } = this.answers;
      if (model && responses) exportJson(this.host.renderRoot, model, responses);
    });

  private exportCsv = (): void =>
    this.withExports(({ exportCsv }) => {
      const { model, responses } = this.answers;
      if (model && responses) exportCsv(this.host.renderRoot, model, responses, this.i18n.locale, this.i18n.strings);
    });

  private confirmErase = async (): Promise<void> => {
    this.dialog('erase')?.close();
    await this.answers.doc.erase();
    this.answers.steps.goTo('fill');
  };

  header(model: QuestionnaireConfig): TemplateResult {
    const saved = this.answers.doc.savedAt && this.format(this.answers.doc.savedAt);
    const s = this.i18n.strings;
    const onInstructions = () => this.openDialog('instructions');
    const showInstructions = this.host.step !== 'fill';
    return renderHeader({ model, s, contentLang: this.contentLang(model), saved, showInstructions, onInstructions });
  }

  /** The storage warning, with the exports at hand whatever the step, and "Merge again" after a conflict. */
  warning() {
    const s = this.i18n.strings;
    const exports = { json: this.exportJson, csv: { label: s.exportCsv, run: this.exportCsv } };
    return renderDocumentWarning(this.answers.doc, s, exports, this.host.readonly);
  }

  fill(model: QuestionnaireConfig, responses: Responses, result: QuestionnaireResult): TemplateResult {
    const { answers } = this;
    const { steps } = answers;
    return renderFill({
      model,
      responses,
      result,
      s: this.i18n.strings,
      locale: this.i18n.locale,
      contentLang: this.contentLang(model),
      readonly: this.host.readonly,
      locked: answers.locked,
      page: this.pages.paged ? this.pages.current : undefined,
      target: this.pages.target,
      introOpen: introOpen(model.id),
      onIntroToggle: (open) => {
        if (open !== introOpen(model.id)) rememberIntro(model.id, open);
      },
      onAnswer: (id, value) => {
        if (answers.locked) return;
        this.pages.mark(undefined);
        answers.answer(id, value);
      },
      onComment: (id, comment) => answers.comment(id, comment),
      onClear: (id) => answers.clear(id),
      onNextUnanswered: steps.nextUnanswered,
      onFocusHeading: (id) => steps.focusHeading(id),
      onPage: (index) => {
        const section = model.sections[index];
        if (section) steps.focusHeading(`h-${section.id}`);
      },
      onGoTo: this.goTo,
      onErase: () => this.openDialog('erase'),
    });
  }

  result(model: QuestionnaireConfig, result: QuestionnaireResult): TemplateResult {
    return renderPart(this.parts, 'result', this.i18n.strings, ({ renderResult, resultStyles, createResultChart }) => {
      this.chart ??= createResultChart(this.host, this.answers, this.printer, this.i18n);
      return this.styled(
        resultStyles,
        renderResult({
          ...this.summary(model, result),
          chartFailed: this.chart.failed,
          principles: this.hub()?.state['principles-checklist']?.config.principles ?? [],
          onOpenPrinciple: (id) => this.hub()?.focus({ widget: 'principles-checklist', id }),
          onFocusQuestion: (id) => this.answers.steps.focusQuestion(id),
          onGoTo: this.goTo,
        }),
      );
    });
  }

  validate(model: QuestionnaireConfig, responses: Responses, result: QuestionnaireResult): TemplateResult {
    const { answers } = this;
    // The step's module also brings what validating and reopening do to the answers (`part`: StatusTransitions).
    return renderPart(this.parts, 'validate', this.i18n.strings, (part) =>
      this.styled(
        part.resultStyles,
        part.renderValidate({
          ...this.summary(model, result),
          responses,
          readonly: this.host.readonly,
          confirmMissing: answers.confirmMissing,
          format: this.format,
          onConfirmChange: () => answers.confirmChanged(),
          onValidate: (form) => answers.validate(form, part),
          onReopen: () => answers.reopen(part),
          onFocusQuestion: (id) => answers.steps.focusQuestion(id),
          onGoTo: this.goTo,
          onExportJson: this.exportJson,
          onExportCsv: this.exportCsv,
          onPrint: this.printer.print,
        }),
      ),
    );
  }

  /** The dialogs, once their part is loaded (right after the first paint): closed until their buttons open them. */
  dialogs(model: QuestionnaireConfig): TemplateResult | typeof nothing {
    const part = this.parts.loaded('dialogs');
    if (!part) return nothing;
    const s = this.i18n.strings;
    const instructions = part.renderInstructions({ model, s, contentLang: this.contentLang(model) });
    const erase = part.renderEraseDialog({
      s,
      onCancel: () => this.dialog('erase')?.close(),
      onConfirm: this.confirmErase,
    });
    return html`${instructions} ${erase}`;
  }

  /**
   * Opens a dialog: at once when its part is there (it is fetched right after the first paint), else once it has
   * loaded and been drawn.
   */
  private openDialog(name: 'instructions' | 'erase'): void {
    this.withPart('dialogs', () => {
      if (this.dialog(name)) this.open(name);
      else void this.host.updateComplete.then(() => this.open(name));
    });
  }

  /** The print report, rendered beside the screen view (which print CSS hides) while the browser prints. */
  report(model: QuestionnaireConfig, responses: Responses, result: QuestionnaireResult): TemplateResult {
    return renderPart(this.parts, 'report', this.i18n.strings, ({ renderReport, resultStyles }) =>
      this.styled(
        resultStyles,
        renderReport({ ...this.summary(model, result), responses, locale: this.i18n.locale, format: this.format }),
      ),
    );
  }
}
