import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DECISIONS,
  analyseAtp,
  buildPlans,
  normaliseText,
  addProposal,
  assessPrinciples,
  createPrinciplesData,
  decideProposal,
  describeCommitment,
  filterProposals,
  parsePrinciplesConfig,
  parsePrinciplesData,
  parseSavedPrinciples,
  principlesStorageKey,
  proposalsToCsv,
  removeProposal,
  serializeSavedPrinciples,
  setPrincipleField,
  setPrincipleStatus,
  setProposalDone,
  sortProposals,
  statusOf,
  updateProposal,
  type AtpPlans,
  type Decision,
  type Locale,
  type ParseOptions,
  type PrinciplesAssessment,
  type PrinciplesConfig,
  type PrinciplesData,
  type Proposal,
  type Strings,
} from '../../core/runtime.js';
import { CoopPrinciplesChangeEvent, type PrinciplesChangeAction } from '../events.js';
import { controlStyles } from '../shared/controls.styles.js';
import { renderLegend } from '../shared/legend.js';
import { CoopDocumentWidget } from '../shared/document-widget.js';
import { principlesChecklistStyles } from './principles-checklist.styles.js';
import type { ProjectHub } from '../shared/project-link.js';

interface ProjectLinks {
  atp?: { complete: number; total: number; plans: AtpPlans } | undefined;
  sections?: Map<string, { title: string; score: number | null }> | undefined;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

type SortKey = 'date' | 'text' | 'proposedBy' | 'decision';
type Direction = 'ascending' | 'descending';
const OTHER = '__other';
/** Rows of the register drawn at first, and added by "show more". */
const PAGE = 100;

const DECISION_LABEL: Record<Decision, keyof Strings> = {
  proposed: 'principlesDecisionProposed',
  accepted: 'principlesDecisionAccepted',
  rejected: 'principlesDecisionRejected',
};

/** Today as `YYYY-MM-DD` in the user's time zone (what `<input type="date">` shows). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The register off screen is not laid out (content-visibility): meanwhile its height is estimated from its
 * rows, so that the page's height barely moves as the user scrolls to it. Set through the CSSOM: a strict CSP
 * blocks style attributes.
 */
const estimateRows = (count: number) => (el?: Element) => {
  if (el instanceof HTMLElement) el.style.setProperty('--_rows', String(count));
};

/**
 * The nine principles of a lasting cooperation, principle by principle (status, evidence, owner, due date),
 * and the promoter's prerequisite: the register of the stakeholders' action proposals, with the share
 * accepted measured against the commitment (60% by default). Saved as it is typed.
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
 * @csspart principle - One principle; also `principle--not-started`, `principle--in-progress`, `principle--in-place`.
 * @csspart status - A principle's status choices.
 * @csspart prerequisite - The commitment panel.
 * @csspart gauge - The commitment gauge (a `<meter>` with the threshold marked).
 * @csspart commitment-warning - The commitment's sentence when the commitment is not met (it says how many more acceptances it needs), shown as a warning.
 * @csspart register - The table of proposals.
 * @csspart proposal-form - The form that records a proposal.
 * @csspart button - Every button; `button--primary` for the main action.
 * @csspart warning - The storage warning.
 * @csspart error - The panel that lists config problems.
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
 * @cssprop [--coop-radius=0.25rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 * @cssprop [--coop-principles-max-width=60rem] - Maximum width of the widget's content.
 * @cssprop [--coop-content-visibility=visible] - How the register's rows off screen are drawn. `auto` (opt-in) skips laying out what is off screen until it comes near: much faster for hundreds of proposals, but Chromium then leaves that content out of the accessibility tree, so screen readers do not find it until it is scrolled near; keep the default `visible` wherever screen-reader users fill the widget.
 */
export class CoopPrinciplesChecklist extends CoopDocumentWidget<PrinciplesConfig, PrinciplesData> {
  static override styles = [...CoopDocumentWidget.styles, controlStyles, principlesChecklistStyles];

  @state() private statusFilter = '';
  @state() private decisionFilter: Decision | 'all' = 'all';
  @state() private doneFilter: '' | 'yes' | 'no' = '';
  @state() private groupFilter = '';
  @state() private sortKey: SortKey = 'date';
  @state() private direction: Direction = 'descending';
  @state() private editing?: string;
  @state() private formErrors: { text?: string; group?: string } = {};
  @state() private otherGroup = false;
  @state() private rejecting?: Proposal;
  @state() private reasonMissing = false;
  @state() private removing?: Proposal;
  /** How many rows of the register are drawn: a register of hundreds opens and sorts at once. */
  @state() private limit = PAGE;

  @query('dialog.reject') private rejectDialog?: HTMLDialogElement;
  @query('dialog.remove') private removeDialog?: HTMLDialogElement;

  private assessed?: { model: PrinciplesConfig; data: PrinciplesData; assessment: PrinciplesAssessment };

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
  protected documentKey(model: PrinciplesConfig): string {
    return principlesStorageKey(model.id, this.storageKey);
  }
  protected createData(): PrinciplesData {
    return createPrinciplesData();
  }
  protected parseStored(raw: string, locale: Locale) {
    return parseSavedPrinciples(raw, { locale });
  }
  protected serialize(data: PrinciplesData): string {
    return serializeSavedPrinciples(data);
  }
  protected parseData(input: string | object, locale: Locale) {
    return parsePrinciplesData(input, { locale });
  }

  protected override exportCsv = (): void => {
    if (!this.model || !this.data) return;
    const csv = proposalsToCsv(this.model, this.data, { locale: this.i18n.locale, strings: this.strings });
    this.download(`${this.model.id}-register.csv`, 'text/csv;charset=utf-8', csv);
  };

  private change(data: PrinciplesData, action: PrinciplesChangeAction, id: string, announcement?: string): void {
    this.commit(data);
    this.dispatchEvent(
      new CoopPrinciplesChangeEvent({ action, id, data: JSON.parse(JSON.stringify(data)) as PrinciplesData }),
    );
    if (announcement) this.announce(announcement);
  }

  private get locked(): boolean {
    return this.readonly;
  }

  // ---------------------------------------------------------------- principles

  private onStatus(principleId: string, number: number, statusId: string, label: string): void {
    if (!this.data || this.locked) return;
    this.change(
      setPrincipleStatus(this.data, principleId, statusId),
      'set-status',
      principleId,
      this.i18n.strings.pcAnnounceStatus(number, label),
    );
  }

  private onField(principleId: string, field: 'evidence' | 'owner' | 'dueDate', event: Event): void {
    if (!this.data || this.locked) return;
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.change(setPrincipleField(this.data, principleId, field, value), 'set-field', principleId);
  }

  // ---------------------------------------------------------------- project

  protected override publishState(hub: ProjectHub, config: PrinciplesConfig, data: PrinciplesData): void {
    hub.publish('principles-checklist', { element: this, config, data });
  }

  protected override joinedProject(hub: ProjectHub): void {
    // The grid's groups and figures, and the questionnaire's scores, are shown here: follow them.
    this.listen('change', (event) => {
      if (event.widget !== 'principles-checklist') this.requestUpdate();
    });
    this.listen('focus-request', (event) => {
      const request = event.request;
      if (request.widget !== 'principles-checklist') return;
      this.statusFilter = ''; // a filter must not hide what a link points to
      const id = request.id;
      this.focusAfterUpdate = () => {
        const target = id
          ? this.renderRoot.querySelector<HTMLElement>(`#principle-${CSS.escape(id)} .principle-title`)
          : this.renderRoot.querySelector<HTMLElement>('#principles-heading');
        target?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
        target?.focus({ preventScroll: true });
      };
      this.requestUpdate();
    });
    super.joinedProject(hub);
  }

  protected override leftProject(hub: ProjectHub): void {
    hub.withdraw('principles-checklist', this);
  }

  /** What the other widgets of the project say about the principles, computed once per render. */
  private projectLinks(): ProjectLinks | undefined {
    const state = this.project?.hub.state;
    if (!state) return undefined;
    const atp = state['atp-matrix'];
    const questionnaire = state.questionnaire;
    const locale = this.i18n.locale;
    return {
      atp: atp && {
        complete: analyseAtp(atp.config, atp.data, { locale }).groups.filter((g) => g.complete).length,
        total: atp.data.groups.length,
        plans: buildPlans(atp.config, atp.data, { locale }),
      },
      sections:
        questionnaire &&
        new Map(
          questionnaire.config.sections.map((section) => [
            section.id,
            {
              title: section.title,
              score: questionnaire.result.sections.find((r) => r.id === section.id)?.score ?? null,
            },
          ]),
        ),
    };
  }

  /**
   * Under a principle: the ATP grid's completeness (principles that relate to the grid) or its three plans
   * (principle 6, which asks for them), and the scores of the questionnaire sections that cover it; each with
   * a link that moves focus there.
   */
  private renderLinks(p: PrinciplesConfig['principles'][number], links: ProjectLinks | undefined, s: Strings) {
    if (!links) return nothing;
    const hub = this.project?.hub;
    const items: TemplateResult[] = [];
    if (links.atp && p.relatesTo?.widgets?.includes('atp-matrix')) {
      const { plans, complete, total } = links.atp;
      const line =
        p.number === 6
          ? s.cpPlans(plans.objectives.length, plans.risks.length, plans.charter.length)
          : s.cpAtpCompleteness(complete, total);
      items.push(
        html`<li>
          ${line}
          <button type="button" class="link" @click=${() => hub?.focus({ widget: 'atp-matrix' })}>
            ${s.cpOpenGrid}
          </button>
        </li>`,
      );
    }
    for (const id of p.relatesTo?.sections ?? []) {
      const section = links.sections?.get(id);
      if (!section) continue;
      items.push(
        html`<li>
          ${
            section.score === null
              ? s.cpSectionNoScore(section.title)
              : s.cpSectionScore(section.title, this.percent(section.score))
          }
          <button type="button" class="link" @click=${() => hub?.focus({ widget: 'questionnaire', id })}>
            ${s.cpSeeSection(section.title)}
          </button>
        </li>`,
      );
    }
    return items.length
      ? html`<ul class="links">
          ${items}
        </ul>`
      : nothing;
  }

  // ---------------------------------------------------------------- register

  /**
   * The groups a proposal can come from: in a project, the ATP grid's groups (renamed or added there), then
   * the config's groups the grid does not have; alone, the config's.
   */
  private groups(model: PrinciplesConfig): { id: string; label: string }[] {
    const shared = this.project?.hub.groups ?? [];
    return [...shared, ...model.groups.filter((g) => !shared.some((s) => s.id === g.id))];
  }

  private groupLabel(proposedBy: string): string {
    return (this.model && this.groups(this.model).find((g) => g.id === proposedBy)?.label) ?? proposedBy;
  }

  private onAdd = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.data || this.locked) return;
    const form = event.target as HTMLFormElement;
    const values = new FormData(form);
    const text = String(values.get('text') ?? '').trim();
    const choice = String(values.get('group') ?? '');
    let proposedBy = choice === OTHER ? String(values.get('otherGroup') ?? '').trim() : choice;
    const s = this.i18n.strings;
    const errors: { text?: string; group?: string } = {};
    if (!text) errors.text = s.pcTextRequired;
    if (!proposedBy) errors.group = s.pcGroupRequired;
    this.formErrors = errors;
    if (errors.text || errors.group) {
      this.focusAfterUpdate = () =>
        form
          .querySelector<HTMLElement>(
            errors.text ? '[name="text"]' : this.otherGroup ? '[name="otherGroup"]' : '[name="group"]',
          )
          ?.focus();
      return;
    }
    const hub = this.project?.hub;
    if (choice === OTHER && hub) {
      // A group the grid does not have yet: the grid adds it, and the proposal keeps its id.
      hub.requestGroup(proposedBy);
      const key = normaliseText(proposedBy);
      proposedBy = hub.groups.find((g) => normaliseText(g.label) === key)?.id ?? proposedBy;
    }
    const date = String(values.get('date') ?? '') || today();
    const { data, id } = addProposal(this.data, { text, proposedBy, date });
    this.change(data, 'add-proposal', id, s.pcAnnounceAdded);
    (form.querySelector('[name="text"]') as HTMLTextAreaElement).value = '';
    this.focusAfterUpdate = () => form.querySelector<HTMLElement>('[name="text"]')?.focus();
  };

  private onDecision(proposal: Proposal, event: Event): void {
    if (!this.data || this.locked) return;
    const decision = (event.target as HTMLSelectElement).value as Decision;
    if (decision === 'rejected') {
      // A rejection needs its reason: asked for before anything changes.
      this.rejecting = proposal;
      this.reasonMissing = false;
      void this.updateComplete.then(() => this.rejectDialog?.showModal());
      return;
    }
    this.decide(proposal.id, decision);
  }

  private decide(id: string, decision: Decision, reason?: string): void {
    if (!this.data) return;
    const label = this.i18n.strings[DECISION_LABEL[decision]] as string;
    this.change(
      decideProposal(this.data, id, decision, reason),
      'decide-proposal',
      id,
      this.i18n.strings.pcAnnounceDecided(label),
    );
  }

  private onReject = (event: SubmitEvent): void => {
    const form = event.target as HTMLFormElement;
    const submitter = event.submitter as HTMLButtonElement | null;
    if (submitter?.value !== 'reject' || !this.rejecting) {
      this.rejecting = undefined;
      return; // cancelled: the dialog closes, the select shows the decision as it was
    }
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    if (!reason) {
      event.preventDefault();
      this.reasonMissing = true;
      form.querySelector<HTMLTextAreaElement>('[name="reason"]')?.focus();
      return;
    }
    const { id } = this.rejecting;
    this.rejecting = undefined;
    form.reset();
    this.decide(id, 'rejected', reason);
    this.focusAfterUpdate = () => this.focusRow(id, 'select');
  };

  private onRejectClose = (): void => {
    const id = this.rejecting?.id;
    this.rejecting = undefined;
    this.reasonMissing = false;
    if (id) this.focusAfterUpdate = () => this.focusRow(id, 'select');
    this.requestUpdate();
  };

  private onDone(proposal: Proposal, event: Event): void {
    if (!this.data || this.locked) return;
    const done = (event.target as HTMLInputElement).checked;
    this.change(
      setProposalDone(this.data, proposal.id, done),
      'set-done',
      proposal.id,
      this.i18n.strings.pcAnnounceDone(done),
    );
  }

  protected override csvLabel(s: Strings): string {
    return s.pcExportCsv;
  }

  private onEditSubmit(proposal: Proposal, event: SubmitEvent): void {
    event.preventDefault();
    if (!this.data || this.locked) return;
    const values = new FormData(event.target as HTMLFormElement);
    const text = String(values.get('text') ?? '').trim();
    const proposedBy = String(values.get('proposedBy') ?? '').trim();
    const date = String(values.get('date') ?? '');
    if (!text || !proposedBy) return;
    this.editing = undefined;
    this.change(
      updateProposal(this.data, proposal.id, { text, proposedBy, ...(date ? { date } : {}) }),
      'update-proposal',
      proposal.id,
    );
    this.focusAfterUpdate = () => this.focusRow(proposal.id, '.edit');
  }

  private startEdit(proposal: Proposal): void {
    this.editing = proposal.id;
    this.focusAfterUpdate = () => this.focusRow(proposal.id, '[name="text"]');
  }

  private cancelEdit(proposal: Proposal): void {
    this.editing = undefined;
    this.focusAfterUpdate = () => this.focusRow(proposal.id, '.edit');
  }

  private askRemove(proposal: Proposal): void {
    this.removing = proposal;
    void this.updateComplete.then(() => this.removeDialog?.showModal());
  }

  private onRemove = (event: SubmitEvent): void => {
    const submitter = event.submitter as HTMLButtonElement | null;
    const proposal = this.removing;
    this.removing = undefined;
    if (submitter?.value !== 'remove' || !proposal || !this.data) return;
    this.change(
      removeProposal(this.data, proposal.id),
      'remove-proposal',
      proposal.id,
      this.i18n.strings.pcAnnounceRemoved,
    );
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#register-heading')?.focus();
  };

  private showMore = (): void => {
    const first = this.limit;
    this.limit += PAGE;
    // Focus goes to the first row just drawn, so that reading goes on where it stopped.
    this.focusAfterUpdate = () => {
      const row = this.renderRoot.querySelectorAll('tbody tr')[first];
      row?.querySelector<HTMLElement>('select, button')?.focus();
    };
  };

  private focusRow(id: string, selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] ${selector}`)?.focus();
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.direction = key === 'date' ? 'descending' : 'ascending';
    }
  }

  private visibleProposals(data: PrinciplesData): Proposal[] {
    const filter: { decision?: Decision | 'all'; done?: boolean; proposedBy?: string } = {
      decision: this.decisionFilter,
    };
    if (this.doneFilter) filter.done = this.doneFilter === 'yes';
    if (this.groupFilter) filter.proposedBy = this.groupFilter;
    // By label, not by id, for "proposed by": the column shows labels.
    const groups = this.model ? this.groups(this.model) : [];
    return sortProposals(filterProposals(data, filter), this.sortKey, this.direction, this.i18n.locale, groups);
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
    if (!data || !assessment) return html`<p class="loading" role="status">${s.widgetLoading}</p>`;
    const lang = model.locale && model.locale !== this.i18n.locale ? model.locale : undefined;
    return html`
      <div class="base" part="base" lang=${this.i18n.locale}>
        <div class="header" part="header">
          <h2 class="title" tabindex="-1" lang=${ifDefined(lang)}>${model.title}</h2>
          ${this.renderSaved(s)}
        </div>
        ${model.description ? html`<p class="description" lang=${ifDefined(lang)}>${model.description}</p>` : nothing}
        ${this.renderStorageWarning(s)} ${this.readonly ? html`<p class="notice">${s.pcReadonly}</p>` : nothing}
        ${this.renderAnnouncer()} ${this.renderSummary(assessment, s)} ${this.renderPrinciples(model, data, s, lang)}
        ${this.renderPrerequisite(model, data, assessment, s, lang)}
        <p class="actions screen-only">
          <button type="button" class="button" part="button" @click=${this.exportJson}>${s.widgetExportJson}</button>
          <button type="button" class="button" part="button" @click=${this.exportCsv}>${s.pcExportCsv}</button>
          <button type="button" class="button" part="button" @click=${() => window.print()}>${s.print}</button>
          ${this.renderErase(s)}
        </p>
        ${this.renderRejectDialog(s)} ${this.renderRemoveDialog(s)}
      </div>
    `;
  }

  private renderSummary(assessment: PrinciplesAssessment, s: Strings): TemplateResult {
    const p = assessment.progress;
    return html`<section class="summary" part="summary" aria-labelledby="progress-heading">
      <h3 id="progress-heading">${s.pcProgressHeading}</h3>
      <p id="progress-text">${s.pcProgressText(p.inPlace, p.total, p.inProgress, p.notStarted)}</p>
      <progress max=${p.total} .value=${p.inPlace} aria-labelledby="progress-heading" aria-describedby="progress-text">
        ${this.percent(p.percentInPlace)}
      </progress>
    </section>`;
  }

  private renderPrinciples(model: PrinciplesConfig, data: PrinciplesData, s: Strings, lang?: string): TemplateResult {
    const links = this.projectLinks();
    const shown = model.principles.filter(
      (p) => !this.statusFilter || statusOf(model, data, p.id).id === this.statusFilter,
    );
    return html`<section class="principles" aria-labelledby="principles-heading">
      <h3 id="principles-heading">${s.pcPrinciplesHeading(model.principles.length)}</h3>
      <p class="field field--inline screen-only">
        <label for="status-filter">${s.pcFilterStatus}</label>
        <select id="status-filter" @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.statusFilter}>${s.pcAllStatuses}</option>
          ${model.statuses.map(
            (st) => html`<option value=${st.id} ?selected=${this.statusFilter === st.id}>${st.label}</option>`,
          )}
        </select>
      </p>
      ${renderLegend(s.pcStatusesHelp, [{ levels: model.statuses }], lang)}
      ${
        shown.length
          ? html`<ol class="principle-list">
              ${repeat(
                shown,
                (p) => p.id,
                (p) => {
                  const state = data.principles[p.id];
                  const status = statusOf(model, data, p.id);
                  const ro = this.locked;
                  const hasDetails = !!(state?.evidence || state?.owner || state?.dueDate);
                  return html`<li
                    class="principle principle--${status.kind}"
                    part="principle principle--${status.kind}"
                    id="principle-${p.id}"
                  >
                    <h4 class="principle-title" tabindex="-1" lang=${ifDefined(lang)}>
                      <span class="principle-number">${s.pcPrincipleNumber(p.number)}</span>
                      <span class="principle-text">${p.text}</span>
                    </h4>
                    ${p.explanation ? html`<p class="help" lang=${ifDefined(lang)}>${p.explanation}</p>` : nothing}
                    ${this.renderLinks(p, links, s)}
                    <fieldset class="statuses" part="status">
                      <legend>${s.pcStatusLegend(p.number)}</legend>
                      <div class="status-options">
                        ${model.statuses.map(
                          (st) =>
                            html`<label class=${st.id === status.id ? 'option option--selected' : 'option'}>
                              <input
                                type="radio"
                                name="status-${p.id}"
                                .value=${st.id}
                                .checked=${live(st.id === status.id)}
                                ?disabled=${ro}
                                @change=${() => this.onStatus(p.id, p.number, st.id, st.label)}
                              />
                              <span>${st.label}</span>
                            </label>`,
                        )}
                      </div>
                    </fieldset>
                    <details class="principle-details" ?open=${hasDetails}>
                      <summary>${s.pcDetails}</summary>
                      <div class="details-grid">
                        <p class="field field--wide">
                          <label for="evidence-${p.id}">${s.pcEvidence}</label>
                          <textarea
                            id="evidence-${p.id}"
                            rows="2"
                            .value=${live(state?.evidence ?? '')}
                            ?readonly=${ro}
                            @input=${(e: Event) => this.onField(p.id, 'evidence', e)}
                          ></textarea>
                        </p>
                        <p class="field">
                          <label for="owner-${p.id}">${s.pcOwner}</label>
                          <input
                            id="owner-${p.id}"
                            class="input"
                            type="text"
                            autocomplete="off"
                            .value=${live(state?.owner ?? '')}
                            ?readonly=${ro}
                            @input=${(e: Event) => this.onField(p.id, 'owner', e)}
                          />
                        </p>
                        <p class="field">
                          <label for="due-${p.id}">${s.pcDueDate}</label>
                          <input
                            id="due-${p.id}"
                            class="input"
                            type="date"
                            .value=${live(state?.dueDate ?? '')}
                            ?readonly=${ro}
                            @change=${(e: Event) => this.onField(p.id, 'dueDate', e)}
                          />
                        </p>
                      </div>
                    </details>
                  </li>`;
                },
              )}
            </ol>`
          : html`<p class="notice">${s.pcNoPrincipleMatch}</p>`
      }
    </section>`;
  }

  private renderPrerequisite(
    model: PrinciplesConfig,
    data: PrinciplesData,
    assessment: PrinciplesAssessment,
    s: Strings,
    lang?: string,
  ): TemplateResult {
    const c = assessment.commitment;
    const threshold = this.percent(c.threshold);
    const sentence = describeCommitment(assessment, { locale: this.i18n.locale, strings: this.strings });
    // The threshold mark's position is a custom property set through the CSSOM: a strict CSP blocks style=.
    const markThreshold = (el?: Element) => {
      if (el instanceof HTMLElement) el.style.setProperty('--_threshold', `${c.threshold}%`);
    };
    const state = c.met === null ? 'none' : c.met ? 'met' : 'not-met';
    // Rounded down when not met: 59.99 % must never read "60 %" beside "not met".
    const shown = c.rate !== null && c.met === false ? Math.floor(c.rate * 10) / 10 : c.rate;
    const rateText = shown === null ? s.pcNoRate : this.percent(shown);
    return html`<section class="prerequisite" part="prerequisite" aria-labelledby="prerequisite-heading">
      <h3 id="prerequisite-heading">${s.pcPrerequisiteHeading(threshold)}</h3>
      <p lang=${ifDefined(lang)}>${model.prerequisite.text}</p>
      ${
        model.prerequisite.explanation
          ? html`<p class="help" lang=${ifDefined(lang)}>${model.prerequisite.explanation}</p>`
          : nothing
      }
      <div class="gauge gauge--${state}" part="gauge">
        <label for="commitment-meter">${s.pcGaugeLabel}</label>
        <div class="gauge-track" ${ref(markThreshold)}>
          <meter
            id="commitment-meter"
            min="0"
            max="100"
            low=${c.threshold}
            high=${c.threshold}
            optimum="100"
            .value=${c.rate ?? 0}
            aria-valuetext=${rateText}
            aria-describedby="commitment-sentence"
          >
            ${rateText}
          </meter>
          <span class="gauge-mark" aria-hidden="true"></span>
        </div>
        <p class="gauge-legend">
          <span class="gauge-value">${rateText}</span>
          <span>${s.pcThreshold(threshold)}</span>
        </p>
      </div>
      <p
        id="commitment-sentence"
        class=${c.met === false ? 'commitment commitment--not-met warning' : `commitment commitment--${state}`}
        part=${ifDefined(c.met === false ? 'commitment-warning' : undefined)}
      >
        ${sentence}
      </p>
      ${this.renderRegister(model, data, s)}
    </section>`;
  }

  private renderGroupSelect(model: PrinciplesConfig, id: string, form: string, value: string) {
    const groups = this.groups(model);
    const known = groups.some((g) => g.id === value);
    return html`<select id=${id} name="proposedBy" form=${form}>
      ${groups.map((g) => html`<option value=${g.id} ?selected=${g.id === value}>${g.label}</option>`)}
      ${value && !known ? html`<option value=${value} selected>${value}</option>` : nothing}
    </select>`;
  }

  private renderRegister(model: PrinciplesConfig, data: PrinciplesData, s: Strings): TemplateResult {
    const visible = this.visibleProposals(data);
    const groups = this.groups(model);
    const groupsInUse = [...new Set(data.proposals.map((p) => p.proposedBy))].filter(
      (g) => !groups.some((known) => known.id === g),
    );
    const errors = this.formErrors;
    const column = (key: SortKey, label: string) =>
      html`<th scope="col" aria-sort=${this.sortKey === key ? this.direction : 'none'}>
        <button type="button" class="sort" @click=${() => this.sortBy(key)}>
          ${label}<span class="sort-icon" aria-hidden="true"
            >${this.sortKey === key ? (this.direction === 'ascending' ? '▲' : '▼') : '↕'}</span
          >
        </button>
      </th>`;
    return html`
      <h4 id="register-heading" tabindex="-1">${s.pcRegisterHeading}</h4>
      ${
        this.locked
          ? nothing
          : html`<form class="proposal-form screen-only" part="proposal-form" novalidate @submit=${this.onAdd}>
              <fieldset>
                <legend>${s.pcAddHeading}</legend>
                <p class="field field--wide">
                  <label for="new-text">${s.pcProposalText}</label>
                  <textarea
                    id="new-text"
                    name="text"
                    rows="2"
                    aria-invalid=${errors.text ? 'true' : 'false'}
                    aria-describedby=${ifDefined(errors.text ? 'new-text-error' : undefined)}
                  ></textarea>
                  ${errors.text ? html`<span id="new-text-error" class="field-error">${errors.text}</span>` : nothing}
                </p>
                <p class="field">
                  <label for="new-group">${s.pcProposedBy}</label>
                  <select
                    id="new-group"
                    name="group"
                    @change=${(e: Event) => (this.otherGroup = (e.target as HTMLSelectElement).value === OTHER)}
                  >
                    ${groups.map(
                      // Marked: Lit inserts these options after the static one below, which would stay selected.
                      (g, i) =>
                        html`<option value=${g.id} ?selected=${i === 0 && !this.otherGroup}>${g.label}</option>`,
                    )}
                    <option value=${OTHER} ?selected=${this.otherGroup}>${s.pcOtherGroup}</option>
                  </select>
                </p>
                ${
                  this.otherGroup
                    ? html`<p class="field">
                        <label for="new-other">${s.pcOtherGroupName}</label>
                        <input
                          id="new-other"
                          class="input"
                          name="otherGroup"
                          type="text"
                          aria-invalid=${errors.group ? 'true' : 'false'}
                          aria-describedby=${ifDefined(errors.group ? 'new-group-error' : undefined)}
                        />
                        ${
                          errors.group
                            ? html`<span id="new-group-error" class="field-error">${errors.group}</span>`
                            : nothing
                        }
                      </p>`
                    : nothing
                }
                <p class="field">
                  <label for="new-date">${s.pcProposalDate}</label>
                  <input id="new-date" class="input" name="date" type="date" .value=${today()} />
                </p>
                <p class="actions">
                  <button type="submit" class="button button--primary" part="button button--primary">
                    ${s.pcAddProposal}
                  </button>
                </p>
              </fieldset>
            </form>`
      }
      ${
        data.proposals.length
          ? html`
              <div class="filters screen-only" role="group" aria-label=${s.pcFiltersLabel}>
                <p class="field">
                  <label for="filter-decision">${s.pcFilterDecision}</label>
                  <select
                    id="filter-decision"
                    @change=${(e: Event) =>
                      (this.decisionFilter = (e.target as HTMLSelectElement).value as Decision | 'all')}
                  >
                    <option value="all">${s.pcFilterAll}</option>
                    ${DECISIONS.map(
                      (d) =>
                        html`<option value=${d} ?selected=${this.decisionFilter === d}>
                          ${s[DECISION_LABEL[d]] as string}
                        </option>`,
                    )}
                  </select>
                </p>
                <p class="field">
                  <label for="filter-done">${s.pcFilterDone}</label>
                  <select
                    id="filter-done"
                    @change=${(e: Event) => (this.doneFilter = (e.target as HTMLSelectElement).value as '' | 'yes' | 'no')}
                  >
                    <option value="">${s.pcFilterAll}</option>
                    <option value="yes" ?selected=${this.doneFilter === 'yes'}>${s.pcDoneYes}</option>
                    <option value="no" ?selected=${this.doneFilter === 'no'}>${s.pcDoneNo}</option>
                  </select>
                </p>
                <p class="field">
                  <label for="filter-group">${s.pcFilterGroup}</label>
                  <select
                    id="filter-group"
                    @change=${(e: Event) => (this.groupFilter = (e.target as HTMLSelectElement).value)}
                  >
                    <option value="">${s.pcAllGroups}</option>
                    ${[...groups.map((g) => [g.id, g.label] as const), ...groupsInUse.map((g) => [g, g] as const)].map(
                      ([value, label]) =>
                        html`<option value=${value} ?selected=${this.groupFilter === value}>${label}</option>`,
                    )}
                  </select>
                </p>
              </div>
              <p class="shown" role="status">
                ${s.pcShown(Math.min(visible.length, this.limit), data.proposals.length)}
              </p>
              ${
                visible.length
                  ? html`<div
                      class="table-scroll register-scroll"
                      ${ref(estimateRows(Math.min(visible.length, this.limit)))}
                    >
                      <table class="register" part="register">
                        <caption>
                          ${s.pcRegisterCaption}
                        </caption>
                        <thead>
                          <tr>
                            ${column('date', s.pcColumnDate)} ${column('text', s.pcColumnText)}
                            ${column('proposedBy', s.pcColumnProposedBy)} ${column('decision', s.pcColumnDecision)}
                            <th scope="col">${s.pcColumnDone}</th>
                            <th scope="col" class="screen-only">${s.pcColumnActions}</th>
                          </tr>
                        </thead>
                        <tbody>
                          ${repeat(
                            visible.slice(0, this.limit),
                            (p) => p.id,
                            (p) => (this.editing === p.id ? this.renderEditRow(model, p, s) : this.renderRow(p, s)),
                          )}
                        </tbody>
                      </table>
                    </div>`
                  : html`<p class="notice">${s.pcNoMatch}</p>`
              }
              ${
                visible.length > this.limit
                  ? html`<p class="actions screen-only">
                      <button type="button" class="button more" part="button" @click=${this.showMore}>
                        ${s.pcShowMore(Math.min(PAGE, visible.length - this.limit), visible.length - this.limit)}
                      </button>
                    </p>`
                  : nothing
              }
            `
          : html`<p class="notice">${s.pcEmptyRegister}</p>`
      }
    `;
  }

  private renderRow(p: Proposal, s: Strings): TemplateResult {
    const ro = this.locked;
    const decisionLabel = s[DECISION_LABEL[p.decision]] as string;
    return html`<tr data-id=${p.id} class="row row--${p.decision}">
      <td class="nowrap">${this.formatDate(p.date)}</td>
      <td class="proposal-text" id=${`text~${p.id}`}>${p.text}</td>
      <td>${this.groupLabel(p.proposedBy)}</td>
      <td>
        <select
          class="decision screen-only"
          aria-label=${s.pcDecisionOf(p.text)}
          ?disabled=${ro}
          @change=${(e: Event) => this.onDecision(p, e)}
        >
          ${DECISIONS.map(
            (d) =>
              html`<option
                value=${d}
                .selected=${live(this.rejecting?.id === p.id ? d === 'rejected' : d === p.decision)}
              >
                ${s[DECISION_LABEL[d]] as string}
              </option>`,
          )}
        </select>
        <span class="print-only">${decisionLabel}</span>
        ${
          p.decision === 'rejected' && p.rejectionReason
            ? html`<span class="reason">${s.pcRejectedBecause(p.rejectionReason)}</span>`
            : nothing
        }
      </td>
      <td>
        ${
          p.decision === 'accepted'
            ? html`<label class="check check--compact">
                  <input
                    type="checkbox"
                    .checked=${live(p.done)}
                    ?disabled=${ro}
                    @change=${(e: Event) => this.onDone(p, e)}
                  />
                  <span class="visually-hidden">${s.pcDoneOf(p.text)}</span>
                  <span aria-hidden="true">${p.done ? s.principlesYes : s.principlesNo}</span>
                </label>
                ${p.done && p.doneDate ? html`<span class="muted">${s.pcDoneOn(this.formatDate(p.doneDate))}</span>` : nothing}`
            : html`<span class="muted">—</span>`
        }
      </td>
      <td class="screen-only row-actions">
        ${
          ro
            ? nothing
            : // Named "Edit" + the proposal's text through aria-labelledby, not by visually hidden text: 200
              // absolutely positioned spans weighed on the layout of 100 rows. `~` cannot occur in an id.
              html`<button
                  type="button"
                  class="link edit"
                  id=${`edit~${p.id}`}
                  aria-labelledby="${`edit~${p.id}`} ${`text~${p.id}`}"
                  @click=${() => this.startEdit(p)}
                >
                  ${s.pcEdit}
                </button>
                <button
                  type="button"
                  class="link remove"
                  id=${`remove~${p.id}`}
                  aria-labelledby="${`remove~${p.id}`} ${`text~${p.id}`}"
                  @click=${() => this.askRemove(p)}
                >
                  ${s.pcRemove}
                </button>`
        }
      </td>
    </tr>`;
  }

  private renderEditRow(model: PrinciplesConfig, p: Proposal, s: Strings): TemplateResult {
    const formId = `edit-${p.id}`;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.cancelEdit(p);
    };
    return html`<tr data-id=${p.id} class="row row--editing" @keydown=${onKey}>
      <td>
        <label class="visually-hidden" for="${formId}-date">${s.pcProposalDate}</label>
        <input id="${formId}-date" class="input" form=${formId} name="date" type="date" .value=${p.date} />
      </td>
      <td>
        <label class="visually-hidden" for="${formId}-text">${s.pcProposalText}</label>
        <textarea id="${formId}-text" form=${formId} name="text" rows="2" required .value=${p.text}></textarea>
      </td>
      <td>
        <label class="visually-hidden" for="${formId}-group">${s.pcProposedBy}</label>
        ${this.renderGroupSelect(model, `${formId}-group`, formId, p.proposedBy)}
      </td>
      <td colspan="2"></td>
      <td class="row-actions">
        <form id=${formId} @submit=${(e: SubmitEvent) => this.onEditSubmit(p, e)}>
          <button type="submit" class="link save">${s.pcSave}</button>
          <button type="button" class="link" @click=${() => this.cancelEdit(p)}>${s.cancel}</button>
        </form>
      </td>
    </tr>`;
  }

  private renderRejectDialog(s: Strings): TemplateResult {
    const p = this.rejecting;
    return html`<dialog class="reject" part="dialog" aria-labelledby="reject-title" @close=${this.onRejectClose}>
      <form method="dialog" novalidate @submit=${this.onReject}>
        <h2 id="reject-title">${s.pcRejectTitle}</h2>
        <p>${p ? s.pcRejectText(p.text) : ''}</p>
        <p class="field field--wide">
          <label for="reject-reason">${s.pcRejectReason}</label>
          <textarea
            id="reject-reason"
            name="reason"
            rows="3"
            aria-invalid=${this.reasonMissing ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.reasonMissing ? 'reject-error' : undefined)}
          ></textarea>
          ${this.reasonMissing ? html`<span id="reject-error" class="field-error">${s.pcReasonRequired}</span>` : nothing}
        </p>
        <p class="actions">
          <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
          <button type="submit" class="button button--danger" part="button" value="reject">${s.pcRejectConfirm}</button>
        </p>
      </form>
    </dialog>`;
  }

  private renderRemoveDialog(s: Strings): TemplateResult {
    const p = this.removing;
    return html`<dialog class="remove" part="dialog" aria-labelledby="remove-title">
      <form method="dialog" @submit=${this.onRemove}>
        <h2 id="remove-title">${s.pcRemoveTitle}</h2>
        <p>${p ? s.pcRemoveText(p.text) : ''}</p>
        <p class="actions">
          <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
          <button type="submit" class="button button--danger" part="button" value="remove">${s.pcRemove}</button>
        </p>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-principles-checklist': CoopPrinciplesChecklist;
  }
}
