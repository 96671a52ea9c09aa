/**
 * The register of the stakeholders' proposals: the form that records one, the filters, how many are shown,
 * the table, and the button that draws more rows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DECISIONS, type Decision, type PrinciplesData, type Proposal } from '../../core/runtime.js';
import type { FiltersState } from './filters-controller.js';
import { renderProposalForm, type ProposalFormActions } from './register-form-view.js';
import { DECISION_LABEL, PAGE } from './register-parts.js';
import type { RegisterTableContext, RowActions, SortActions } from './register-table-view.js';

/** What the filters read and call, beside the sort. */
export interface FilterActions extends SortActions {
  readonly state: Pick<FiltersState, 'sortKey' | 'direction' | 'decision' | 'done' | 'group' | 'limit'>;
  setDecision(decision: Decision | 'all'): void;
  setDone(done: '' | 'yes' | 'no'): void;
  setGroup(group: string): void;
  showMore(): void;
}

export interface RegisterViewContext extends RegisterTableContext {
  data: PrinciplesData;
  /** The proposals the filters let through, sorted. */
  visible: readonly Proposal[];
  register: RowActions & ProposalFormActions;
  filters: FilterActions;
  /**
   * The table of the proposals `rows`: its view (register-table-view.ts, a part fetched right after the first
   * paint), or the loading state or failure in its place meanwhile.
   */
  table(ctx: RegisterTableContext, rows: readonly Proposal[]): TemplateResult;
}

export function renderRegister(ctx: RegisterViewContext): TemplateResult {
  const { data, s, visible } = ctx;
  const { limit } = ctx.filters.state;
  return html`
    <h4 id="register-heading" tabindex="-1">${s.pcRegisterHeading}</h4>
    ${ctx.locked ? nothing : renderProposalForm(ctx)}
    ${
      data.proposals.length
        ? html`
            ${renderFilters(ctx)}
            <p class="shown" role="status">${s.pcShown(Math.min(visible.length, limit), data.proposals.length)}</p>
            ${visible.length ? ctx.table(ctx, visible.slice(0, limit)) : html`<p class="notice">${s.pcNoMatch}</p>`}
            ${
              visible.length > limit
                ? html`<p class="actions screen-only">
                    <button type="button" class="button more" part="button" @click=${ctx.filters.showMore}>
                      ${s.pcShowMore(Math.min(PAGE, visible.length - limit), visible.length - limit)}
                    </button>
                  </p>`
                : nothing
            }
          `
        : html`<p class="notice">${s.pcEmptyRegister}</p>`
    }
  `;
}

/** By decision, done or not, and group: the config's groups, then those only the proposals name. */
function renderFilters(ctx: RegisterViewContext): TemplateResult {
  const { data, s, groups, filters } = ctx;
  const { decision, done, group } = filters.state;
  const groupsInUse = [...new Set(data.proposals.map((p) => p.proposedBy))].filter(
    (g) => !groups.some((known) => known.id === g),
  );
  return html`<div class="filters screen-only" role="group" aria-label=${s.pcFiltersLabel}>
    <p class="field">
      <label for="filter-decision">${s.pcFilterDecision}</label>
      <select
        id="filter-decision"
        @change=${(e: Event) => filters.setDecision((e.target as HTMLSelectElement).value as Decision | 'all')}
      >
        <option value="all">${s.pcFilterAll}</option>
        ${DECISIONS.map(
          (d) => html`<option value=${d} ?selected=${decision === d}>${s[DECISION_LABEL[d]] as string}</option>`,
        )}
      </select>
    </p>
    <p class="field">
      <label for="filter-done">${s.pcFilterDone}</label>
      <select
        id="filter-done"
        @change=${(e: Event) => filters.setDone((e.target as HTMLSelectElement).value as '' | 'yes' | 'no')}
      >
        <option value="">${s.pcFilterAll}</option>
        <option value="yes" ?selected=${done === 'yes'}>${s.pcDoneYes}</option>
        <option value="no" ?selected=${done === 'no'}>${s.pcDoneNo}</option>
      </select>
    </p>
    <p class="field">
      <label for="filter-group">${s.pcFilterGroup}</label>
      <select id="filter-group" @change=${(e: Event) => filters.setGroup((e.target as HTMLSelectElement).value)}>
        <option value="">${s.pcAllGroups}</option>
        ${[...groups.map((g) => [g.id, g.label] as const), ...groupsInUse.map((g) => [g, g] as const)].map(
          ([value, label]) => html`<option value=${value} ?selected=${group === value}>${label}</option>`,
        )}
      </select>
    </p>
  </div>`;
}
