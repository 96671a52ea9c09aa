import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DECISIONS,
  analyseAtp,
  buildPlans,
  assessPrinciples,
  createPrinciplesData,
  describeCommitment,
  parsePrinciplesConfig,
  parsePrinciplesData,
  parseSavedPrinciples,
  principlesStorageKey,
  proposalsToCsv,
  serializeSavedPrinciples,
  setPrincipleField,
  setPrincipleStatus,
  type Decision,
  type Locale,
  type ParseOptions,
  type PrinciplesAssessment,
  type PrinciplesConfig,
  type PrinciplesData,
  type Proposal,
  type ProposalSortKey,
  type Strings,
} from '../../core/runtime.js';
import { CoopPrinciplesChangeEvent, type PrinciplesChangeAction } from '../events.js';
import { controlStyles } from '../shared/controls.styles.js';
import { CoopDocumentWidget } from '../shared/document-widget.js';
import { principlesChecklistStyles } from './principles-checklist.styles.js';
import { FiltersController } from './filters-controller.js';
import { RegisterController } from './register-controller.js';
import { DECISION_LABEL, OTHER, PAGE, today } from './register-parts.js';
import {
  renderPrerequisite,
  renderPrinciples,
  renderSummary,
  type PrincipleField,
  type PrinciplesViewContext,
  type ProjectLinks,
} from './principles-view.js';
import type { FocusRequest, ProjectHub } from '../project/hub.js';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

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

  private readonly filters = new FiltersController(this);
  private readonly register = new RegisterController(this, {
    data: () => this.data,
    model: () => this.model,
    locked: () => this.locked,
    strings: () => this.i18n.strings,
    hub: () => this.project?.hub,
    change: (data, action, id, announcement) => this.change(data, action, id, announcement),
  });

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

  private onField(principleId: string, field: PrincipleField, event: Event): void {
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
      if ((event as CustomEvent<string>).detail !== 'principles-checklist') this.requestUpdate();
    });
    this.listen('focus-request', (event) => {
      const request = (event as CustomEvent<FocusRequest>).detail;
      if (request.widget !== 'principles-checklist') return;
      this.filters.setStatus(''); // a filter must not hide what a link points to
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

  protected override csvLabel(s: Strings): string {
    return s.pcExportCsv;
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
    const hub = this.project?.hub;
    const principles: PrinciplesViewContext = {
      model,
      data,
      assessment,
      s,
      lang,
      locked: this.locked,
      statusFilter: this.filters.state.status,
      links: this.projectLinks(),
      sentence: describeCommitment(assessment, { locale: this.i18n.locale, strings: this.strings }),
      percent: (value) => this.percent(value),
      onStatusFilter: this.filters.setStatus,
      onStatus: (principleId, number, statusId, label) => this.onStatus(principleId, number, statusId, label),
      onField: (principleId, field, event) => this.onField(principleId, field, event),
      focusWidget: (request) => void hub?.focus(request),
    };
    return html`
      <div class="base" part="base" lang=${this.i18n.locale}>
        <div class="header" part="header">
          <h2 class="title" tabindex="-1" lang=${ifDefined(lang)}>${model.title}</h2>
          ${this.renderSaved(s)}
        </div>
        ${model.description ? html`<p class="description" lang=${ifDefined(lang)}>${model.description}</p>` : nothing}
        ${this.renderStorageWarning(s)} ${this.readonly ? html`<p class="notice">${s.pcReadonly}</p>` : nothing}
        ${this.renderAnnouncer()} ${renderSummary(principles)} ${renderPrinciples(principles)}
        ${renderPrerequisite(principles, this.renderRegister(model, data, s))}
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

  private renderGroupSelect(model: PrinciplesConfig, id: string, form: string, value: string) {
    const groups = this.register.groups(model);
    const known = groups.some((g) => g.id === value);
    return html`<select id=${id} name="proposedBy" form=${form}>
      ${groups.map((g) => html`<option value=${g.id} ?selected=${g.id === value}>${g.label}</option>`)}
      ${value && !known ? html`<option value=${value} selected>${value}</option>` : nothing}
    </select>`;
  }

  private renderRegister(model: PrinciplesConfig, data: PrinciplesData, s: Strings): TemplateResult {
    const visible = this.filters.visibleProposals(data, this.register.groups(model), this.i18n.locale);
    const groups = this.register.groups(model);
    const groupsInUse = [...new Set(data.proposals.map((p) => p.proposedBy))].filter(
      (g) => !groups.some((known) => known.id === g),
    );
    const errors = this.register.state.formErrors;
    const column = (key: ProposalSortKey, label: string) =>
      html`<th scope="col" aria-sort=${this.filters.state.sortKey === key ? this.filters.state.direction : 'none'}>
        <button type="button" class="sort" @click=${() => this.filters.sortBy(key)}>
          ${label}<span class="sort-icon" aria-hidden="true"
            >${this.filters.state.sortKey === key ? (this.filters.state.direction === 'ascending' ? '▲' : '▼') : '↕'}</span
          >
        </button>
      </th>`;
    return html`
      <h4 id="register-heading" tabindex="-1">${s.pcRegisterHeading}</h4>
      ${
        this.locked
          ? nothing
          : html`<form class="proposal-form screen-only" part="proposal-form" novalidate @submit=${this.register.onAdd}>
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
                    @change=${(e: Event) => this.register.setOtherGroup((e.target as HTMLSelectElement).value === OTHER)}
                  >
                    ${groups.map(
                      // Marked: Lit inserts these options after the static one below, which would stay selected.
                      (g, i) =>
                        html`<option value=${g.id} ?selected=${i === 0 && !this.register.state.otherGroup}>
                          ${g.label}
                        </option>`,
                    )}
                    <option value=${OTHER} ?selected=${this.register.state.otherGroup}>${s.pcOtherGroup}</option>
                  </select>
                </p>
                ${
                  this.register.state.otherGroup
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
                      this.filters.setDecision((e.target as HTMLSelectElement).value as Decision | 'all')}
                  >
                    <option value="all">${s.pcFilterAll}</option>
                    ${DECISIONS.map(
                      (d) =>
                        html`<option value=${d} ?selected=${this.filters.state.decision === d}>
                          ${s[DECISION_LABEL[d]] as string}
                        </option>`,
                    )}
                  </select>
                </p>
                <p class="field">
                  <label for="filter-done">${s.pcFilterDone}</label>
                  <select
                    id="filter-done"
                    @change=${(e: Event) => this.filters.setDone((e.target as HTMLSelectElement).value as '' | 'yes' | 'no')}
                  >
                    <option value="">${s.pcFilterAll}</option>
                    <option value="yes" ?selected=${this.filters.state.done === 'yes'}>${s.pcDoneYes}</option>
                    <option value="no" ?selected=${this.filters.state.done === 'no'}>${s.pcDoneNo}</option>
                  </select>
                </p>
                <p class="field">
                  <label for="filter-group">${s.pcFilterGroup}</label>
                  <select
                    id="filter-group"
                    @change=${(e: Event) => this.filters.setGroup((e.target as HTMLSelectElement).value)}
                  >
                    <option value="">${s.pcAllGroups}</option>
                    ${[...groups.map((g) => [g.id, g.label] as const), ...groupsInUse.map((g) => [g, g] as const)].map(
                      ([value, label]) =>
                        html`<option value=${value} ?selected=${this.filters.state.group === value}>${label}</option>`,
                    )}
                  </select>
                </p>
              </div>
              <p class="shown" role="status">
                ${s.pcShown(Math.min(visible.length, this.filters.state.limit), data.proposals.length)}
              </p>
              ${
                visible.length
                  ? html`<div
                      class="table-scroll register-scroll"
                      ${ref(estimateRows(Math.min(visible.length, this.filters.state.limit)))}
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
                            visible.slice(0, this.filters.state.limit),
                            (p) => p.id,
                            (p) =>
                              this.register.state.editing === p.id
                                ? this.renderEditRow(model, p, s)
                                : this.renderRow(p, s),
                          )}
                        </tbody>
                      </table>
                    </div>`
                  : html`<p class="notice">${s.pcNoMatch}</p>`
              }
              ${
                visible.length > this.filters.state.limit
                  ? html`<p class="actions screen-only">
                      <button type="button" class="button more" part="button" @click=${this.filters.showMore}>
                        ${s.pcShowMore(Math.min(PAGE, visible.length - this.filters.state.limit), visible.length - this.filters.state.limit)}
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
      <td>${this.register.groupLabel(p.proposedBy)}</td>
      <td>
        <select
          class="decision screen-only"
          aria-label=${s.pcDecisionOf(p.text)}
          ?disabled=${ro}
          @change=${(e: Event) => this.register.onDecision(p, e)}
        >
          ${DECISIONS.map(
            (d) =>
              html`<option
                value=${d}
                .selected=${live(this.register.state.rejecting?.id === p.id ? d === 'rejected' : d === p.decision)}
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
                    @change=${(e: Event) => this.register.onDone(p, e)}
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
                  @click=${() => this.register.startEdit(p)}
                >
                  ${s.pcEdit}
                </button>
                <button
                  type="button"
                  class="link remove"
                  id=${`remove~${p.id}`}
                  aria-labelledby="${`remove~${p.id}`} ${`text~${p.id}`}"
                  @click=${() => this.register.askRemove(p)}
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
      this.register.cancelEdit(p);
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
        <form id=${formId} @submit=${(e: SubmitEvent) => this.register.onEditSubmit(p, e)}>
          <button type="submit" class="link save">${s.pcSave}</button>
          <button type="button" class="link" @click=${() => this.register.cancelEdit(p)}>${s.cancel}</button>
        </form>
      </td>
    </tr>`;
  }

  private renderRejectDialog(s: Strings): TemplateResult {
    const p = this.register.state.rejecting;
    return html`<dialog
      class="reject"
      part="dialog"
      aria-labelledby="reject-title"
      @close=${this.register.onRejectClose}
    >
      <form method="dialog" novalidate @submit=${this.register.onReject}>
        <h2 id="reject-title">${s.pcRejectTitle}</h2>
        <p>${p ? s.pcRejectText(p.text) : ''}</p>
        <p class="field field--wide">
          <label for="reject-reason">${s.pcRejectReason}</label>
          <textarea
            id="reject-reason"
            name="reason"
            rows="3"
            aria-invalid=${this.register.state.reasonMissing ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.register.state.reasonMissing ? 'reject-error' : undefined)}
          ></textarea>
          ${this.register.state.reasonMissing ? html`<span id="reject-error" class="field-error">${s.pcReasonRequired}</span>` : nothing}
        </p>
        <p class="actions">
          <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
          <button type="submit" class="button button--danger" part="button" value="reject">${s.pcRejectConfirm}</button>
        </p>
      </form>
    </dialog>`;
  }

  private renderRemoveDialog(s: Strings): TemplateResult {
    const p = this.register.state.removing;
    return html`<dialog class="remove" part="dialog" aria-labelledby="remove-title">
      <form method="dialog" @submit=${this.register.onRemove}>
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
