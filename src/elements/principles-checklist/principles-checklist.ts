/**
 * The <coop-principles-checklist> element: its properties and public API, its saved document (a
 * DocumentController whose conflicts the user settles), the project links and the choice of views.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  assessPrinciples,
  describeCommitmentHalves,
  parsePrinciplesConfig,
  clearPrincipleStatus,
  setPrincipleField,
  setPrincipleStatus,
  type Locale,
  type ParseOptions,
  type PrinciplesAssessment,
  type PrinciplesConfig,
  type PrinciplesData,
  type StorageAdapter,
  type Strings,
} from '../../core/runtime.js';
import { CoopPrinciplesChangeEvent, type PrinciplesChangeAction } from '../events.js';
import { controlStyles } from '../shared/controls.styles.js';
import { CoopConfigurable } from '../shared/configurable.js';
import { DocumentController } from '../shared/document-controller.js';
import { downloadJson } from '../shared/document-export.js';
import { Announcer } from '../shared/feedback.js';
import { FocusAfterUpdate } from '../shared/focus-after-update.js';
import { renderDocumentWarning, renderErase, renderSaved } from '../shared/storage-view.js';
import { principlesChecklistStyles } from './principles-checklist.styles.js';
import { FiltersController } from './filters-controller.js';
import { RegisterController } from './register-controller.js';
import { principlesDocument } from './principles-document.js';
import { renderRegister, type RegisterViewContext } from './register-view.js';
import {
  renderPrerequisite,
  renderPrinciples,
  renderSummary,
  type PrincipleField,
  type PrinciplesViewContext,
} from './principles-view.js';
import type { ProjectHub } from '../shared/project-link.js';
import { ChecklistParts } from './checklist-parts.js';
import type { RegisterCsv } from './register-csv.js';

/**
 * The nine principles of a lasting cooperation, principle by principle (status, evidence, owner, due date),
 * and the promoter's prerequisite: the register of the stakeholders' action proposals, with the share
 * accepted measured against the commitment (60% by default). In a `<coop-project>` with the ATP grid, each
 * proposal can name the grid items it answers, and a carried-out one records how it worked (principle 5).
 * Saved as it is typed.
 *
 * Config: the `config` attribute (JSON) or property (object), else a child
 * `<script type="application/json">`, else the `src` URL, else the default nine principles of the locale.
 *
 * @tagname coop-principles-checklist
 * @summary The nine principles checklist and the 60% commitment register.
 *
 * @fires {CoopPrinciplesChangeEvent} coop-principles-change - The user changed a principle or the register. `detail: { action, id, data }`.
 * @fires {CoopConfigErrorEvent} coop-config-error - The config is invalid or could not be fetched. `detail: { issues }`.
 * @fires {CoopStorageErrorEvent} coop-storage-error - Saved data could not be read or written. `detail: { reason, operation, quarantineKey? }`.
 *
 * @csspart legend - What the config says of its levels (a closed `<details>`), when it describes them.
 * @csspart base - The widget's outer box.
 * @csspart header - Title and last save time.
 * @csspart summary - The progress summary at the top.
 * @csspart principle - One principle; also `principle--not-assessed` (nobody has said where it stands yet, how every principle starts), `principle--not-started`, `principle--in-progress`, `principle--in-place`.
 * @csspart status - A principle's status choices.
 * @csspart prerequisite - The commitment panel.
 * @csspart gauge - A commitment gauge (a `<meter>` with the threshold marked): one for the commitment made (proposals retained), one for the commitment kept (proposals carried out).
 * @csspart commitment-warning - The sentence of the commitment made when it is not made yet (it says how many more proposals to retain), shown as a warning.
 * @csspart register - The table of proposals.
 * @csspart proposal-form - The form that records a proposal.
 * @csspart button - Every button; `button--primary` for the main action.
 * @csspart warning - The storage warning.
 * @csspart error - The panel that lists config problems.
 * @csspart error-item - One problem in that panel (its message, and its JSON path for developers).
 * @csspart dialog - The confirmation dialogs.
 *
 * @cssprop [--coop-color-accent=#000091] - Main colour: buttons, the gauge, selected statuses.
 * @cssprop [--coop-color-text=#161616] - Text colour.
 * @cssprop [--coop-color-muted=#3a3a3a] - Secondary text.
 * @cssprop [--coop-color-surface=#ffffff] - Background of boxes and dialogs.
 * @cssprop [--coop-color-border=#929292] - Borders.
 * @cssprop [--coop-color-error=#ce0500] - Errors and warnings.
 * @cssprop [--coop-color-error-surface=#ffe9e9] - Background of error panels.
 * @cssprop [--coop-color-success=#18753c] - A met commitment, a principle in place.
 * @cssprop [--coop-color-focus=#0a76f6] - Focus ring.
 * @cssprop [--coop-font-family=inherit] - Font of the widget.
 * @cssprop [--coop-font-family-mono=ui-monospace, monospace] - Font of the JSON paths in the config error panel.
 * @cssprop [--coop-radius=0.25rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 * @cssprop [--coop-principles-max-width=60rem] - Maximum width of the widget's content.
 * @cssprop [--coop-content-visibility=visible] - How the register's rows off screen are drawn. `auto` (opt-in) skips laying out what is off screen until it comes near: much faster for hundreds of proposals, but Chromium then leaves that content out of the accessibility tree, so screen readers do not find it until it is scrolled near; keep the default `visible` wherever screen-reader users fill the widget.
 */
export class CoopPrinciplesChecklist extends CoopConfigurable<PrinciplesConfig> {
  static override styles = [...CoopConfigurable.styles, controlStyles, principlesChecklistStyles];

  /** Namespace of the saved data, for several documents of the same config on one site. */
  @property({ attribute: 'storage-key' })
  storageKey?: string;

  /** Shows the data without letting it change. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /**
   * Where the data is saved: any `StorageAdapter` (`load`, `save`, `remove`, optional `subscribe`). Default: the
   * enclosing `<coop-project>`'s storage, else this browser's localStorage.
   */
  @property({ attribute: false })
  storage?: StorageAdapter;

  private readonly announcer = new Announcer(this);
  /** The saved document: a conflict with a version saved elsewhere is the user's to settle. */
  private readonly doc = new DocumentController<PrinciplesConfig, PrinciplesData>(this, {
    kind: principlesDocument(this),
    property: 'data',
    model: () => this.model,
    i18n: this.i18n,
    storage: () => this.storage ?? this.project?.storage,
    readonly: () => this.readonly,
    announce: (message) => this.announcer.announce(message),
    focusAfterUpdate: (focus) => this.focusMove.schedule(focus),
    publish: (config, data) => this.project?.hub.publish('principles-checklist', { element: this, config, data }),
  });

  private readonly filters = new FiltersController(this);
  private readonly register = new RegisterController(this, {
    data: () => this.data,
    model: () => this.model,
    locked: () => this.locked,
    strings: () => this.i18n.strings,
    hub: () => this.project?.hub,
    grid: () => this.project?.hub.state['atp-matrix']?.data,
    change: (data, action, id, announcement) => this.change(data, action, id, announcement),
    // The register's actions, in their module (register-actions.ts): if it cannot be loaded, the action is not done,
    // the user hears so, what they typed stays, and their next try loads it again.
    actions: (run) => this.parts.use('actions', run, () => this.announcer.announce(this.i18n.strings.widgetPartFailed)),
  });

  private readonly focusMove = new FocusAfterUpdate(this);
  /** Its parts loaded on first use, and what draws through them (checklist-parts.ts). */
  private readonly lazy = new ChecklistParts(this);
  private readonly parts = this.lazy.parts;

  private assessed?: { model: PrinciplesConfig; data: PrinciplesData; assessment: PrinciplesAssessment };

  /** The working document, `undefined` while it loads; Lit reads it under the name the controller reports (`data`). */
  private get data(): PrinciplesData | undefined {
    return this.doc.data;
  }

  // ---------------------------------------------------------------- public API

  /** A copy of the current data, or `undefined` while it loads. */
  getData(): PrinciplesData | undefined {
    return this.doc.copy();
  }

  /**
   * Replaces the data (e.g. from a host's back end) and saves it. Throws a TypeError naming the JSON paths
   * when the input is not a valid document.
   */
  setData(input: PrinciplesData | string): void {
    this.doc.take(input);
  }

  /**
   * Erases the saved data and starts afresh (no confirmation: the host asked). Resolves to false when the
   * stored copy could not be erased (a `coop-storage-error` says why), and, doing nothing, while no saved data
   * is open yet (the config has not arrived): call it once the widget shows it.
   */
  reset(): Promise<boolean> {
    return this.doc.reset();
  }

  /** The current assessment (progress and commitment), or `undefined` while there is none. */
  getAssessment(): PrinciplesAssessment | undefined {
    const a = this.assessment();
    return a && (JSON.parse(JSON.stringify(a)) as PrinciplesAssessment);
  }

  private assessment(): PrinciplesAssessment | undefined {
    const { model, data } = this;
    if (!model || !data) return undefined;
    if (this.assessed?.model !== model || this.assessed.data !== data) {
      this.assessed = { model, data, assessment: assessPrinciples(model, data) };
    }
    return this.assessed.assessment;
  }

  // ---------------------------------------------------------------- the document

  protected parseConfig(input: string | object, options: ParseOptions) {
    return parsePrinciplesConfig(input, options);
  }
  protected loadDefaultConfig(locale: Locale): Promise<PrinciplesConfig> {
    return import('./default-content.js').then(({ defaultPrinciplesConfig }) => defaultPrinciplesConfig(locale));
  }
  protected override modelChanged(model: PrinciplesConfig | undefined): void {
    this.doc.modelChanged(model);
  }
  protected override loadingText(s: Strings): string {
    return s.widgetLoading;
  }

  private exportJson = (): void => downloadJson(this.doc);
  /** The register as CSV: at once when its writer is here (fetched right after the first paint), else once it is. */
  private exportCsv = (): void => {
    const atp = this.project?.hub.state['atp-matrix']?.data;
    const options = { locale: this.i18n.locale, strings: this.strings, ...(atp ? { atp } : {}) };
    const run = (csv: RegisterCsv) => csv.downloadRegisterCsv(this.doc, options);
    this.parts.use('csv', run, () => this.announcer.announce(this.i18n.strings.widgetPartFailed));
  };

  private change(data: PrinciplesData, action: PrinciplesChangeAction, id: string, announcement?: string): void {
    this.doc.commit(data);
    this.dispatchEvent(
      new CoopPrinciplesChangeEvent({ action, id, data: JSON.parse(JSON.stringify(data)) as PrinciplesData }),
    );
    if (announcement) this.announcer.announce(announcement);
  }

  private get locked(): boolean {
    return this.readonly;
  }

  // ---------------------------------------------------------------- principles

  private onStatus(principleId: string, number: number, statusId: string, label: string): void {
    if (!this.data || this.locked) return;
    this.change(
      statusId ? setPrincipleStatus(this.data, principleId, statusId) : clearPrincipleStatus(this.data, principleId),
      'set-status',
      principleId,
      this.i18n.strings.pcAnnounceStatus(number, label),
    );
  }

  private onField(principleId: string, field: PrincipleField, event: Event): void {
    if (!this.data || this.locked) return;
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.change(setPrincipleField(this.data, principleId, field, value), 'set-field', principleId);
  }

  // ---------------------------------------------------------------- project

  protected override joinedProject(): void {
    this.lazy.joinedProject();
    // The grid's groups and figures, and the questionnaire's scores, are shown here: follow them.
    this.listen('change', (event) => {
      if (event.widget !== 'principles-checklist') this.requestUpdate();
    });
    this.listen('focus-request', (event) => {
      const request = event.request;
      if (request.widget !== 'principles-checklist') return;
      this.filters.setStatus(''); // a filter must not hide what a link points to
      const failed = () => this.announcer.announce(this.i18n.strings.widgetPartFailed);
      this.lazy.showPrinciple(request.id, (focus) => this.focusMove.schedule(focus), failed);
    });
    this.doc.publish();
  }

  protected override leftProject(hub: ProjectHub): void {
    hub.withdraw('principles-checklist', this);
  }

  // ---------------------------------------------------------------- rendering

  private percent(value: number): string {
    return new Intl.NumberFormat(this.i18n.tag, {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(value / 100);
  }

  private formatDate(date: string | undefined): string {
    if (!date) return '';
    const d = new Date(`${date}T00:00:00`);
    return Number.isNaN(d.getTime()) ? date : d.toLocaleDateString(this.i18n.tag);
  }

  protected renderContent(model: PrinciplesConfig): TemplateResult {
    const s = this.i18n.strings;
    const data = this.data;
    const assessment = this.assessment();
    if (!data || !assessment || this.lazy.waitsForTable(data.proposals.length)) {
      return html`<p class="loading" role="status">${s.widgetLoading}</p>`;
    }
    const lang = model.locale && model.locale !== this.i18n.locale ? model.locale : undefined;
    const principles = this.principlesContext(model, data, assessment, lang);
    const register = this.registerContext(model, data);
    return html`
      <div class="base" part="base" lang=${this.i18n.locale}>
        <div class="header" part="header">
          <h2 class="title" tabindex="-1" lang=${ifDefined(lang)}>${model.title}</h2>
          ${renderSaved(this.doc, s, this.i18n.tag)}
        </div>
        ${model.description ? html`<p class="description" lang=${ifDefined(lang)}>${model.description}</p>` : nothing}
        ${this.renderStorageWarning(s)} ${this.readonly ? html`<p class="notice">${s.pcReadonly}</p>` : nothing}
        ${this.announcer.render()} ${renderSummary(principles)} ${renderPrinciples(principles)}
        ${renderPrerequisite(principles, renderRegister(register))}
        <p class="actions screen-only">
          <button type="button" class="button" part="button" @click=${this.exportJson}>${s.widgetExportJson}</button>
          <button type="button" class="button" part="button" @click=${this.exportCsv}>${s.pcExportCsv}</button>
          <button type="button" class="button" part="button" @click=${() => window.print()}>${s.print}</button>
          ${renderErase(this.doc, s, this.readonly)}
        </p>
        ${this.lazy.renderDialogs(s, this.register)}
      </div>
    `;
  }

  /** The storage warning, with the exports at hand and, after a conflict, "keep mine" / "load saved". */
  private renderStorageWarning(s: Strings): TemplateResult | typeof nothing {
    const exports = { json: this.exportJson, csv: { label: s.pcExportCsv, run: this.exportCsv } };
    return renderDocumentWarning(this.doc, s, exports, this.readonly);
  }

  /** What the principles' views read, and the element's handlers they call. */
  private principlesContext(
    model: PrinciplesConfig,
    data: PrinciplesData,
    assessment: PrinciplesAssessment,
    lang: string | undefined,
  ): PrinciplesViewContext {
    return {
      model,
      data,
      assessment,
      s: this.i18n.strings,
      lang,
      locked: this.locked,
      statusFilter: this.filters.state.status,
      links: this.lazy.principleLinks(this.project?.hub, { locale: this.i18n.locale, s: this.i18n.strings }, (value) =>
        this.percent(value),
      ),
      commitment: describeCommitmentHalves(assessment, { locale: this.i18n.locale, strings: this.strings }),
      percent: (value) => this.percent(value),
      onStatusFilter: this.filters.setStatus,
      onStatus: (principleId, number, statusId, label) => this.onStatus(principleId, number, statusId, label),
      onField: (principleId, field, event) => this.onField(principleId, field, event),
    };
  }

  /** What the register's views read: the document, and the controllers' state and handlers. */
  private registerContext(model: PrinciplesConfig, data: PrinciplesData): RegisterViewContext {
    const groups = this.register.groups(model);
    return {
      data,
      s: this.i18n.strings,
      locked: this.locked,
      groups,
      visible: this.filters.visibleProposals(data, groups, this.i18n.locale),
      grid: this.lazy.gridItems(this.project?.hub),
      linksView: this.parts.loaded('links'),
      formatDate: (date) => this.formatDate(date),
      editRow: (ctx, p) => this.lazy.renderEditRow(ctx, p),
      table: (ctx, rows) => this.lazy.renderTable(ctx, rows),
      register: this.register,
      filters: this.filters,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-principles-checklist': CoopPrinciplesChecklist;
  }
}
