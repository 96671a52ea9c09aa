/**
 * The register's table: sortable column headers, and a row per proposal (its decision, whether it is done,
 * the buttons to edit and remove it), or the row's edit form in its place (register-edit-view.ts, loaded on first
 * use). When the widget is narrow the styles
 * turn each row into a card (the sort buttons above, each field with its own label, the actions under the
 * text): the labels are drawn only then, and hidden from screen readers, which read the column headers.
 * A part (checklist-parts.ts): a register with no proposal, as every checklist starts, draws no table; fetched
 * right after the first paint, and waited for by a first paint that has proposals to show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DECISIONS,
  type PrinciplesGroup,
  type Proposal,
  type ProposalSortKey,
  type Strings,
} from '../../core/runtime.js';
import { addPrinciplesChecklistPartsStrings } from '../../core/catalogs/principles-checklist-parts.js';
import { cellLabel } from '../shared/cell-label.js';
import type { FiltersState } from './filters-controller.js';
import type { RegisterState } from './register-controller.js';
import { DECISION_LABEL } from './register-parts.js';
import type { EvaluationActions, GridItems, LinksView } from './register-links-view.js';
import { registerTableStyles } from './register-table.styles.js';

addPrinciplesChecklistPartsStrings(); // the French these parts show (src/core/catalogs/)

/** Its styles, adopted when it loads (shared/lazy-styles.ts). */
export const styles = registerTableStyles;

/** What the rows read of the register's state, and what they call. */
export interface RowActions extends EvaluationActions {
  readonly state: Pick<RegisterState, 'editing' | 'rejecting' | 'evaluationMissing'>;
  groupLabel(proposedBy: string): string;
  onDecision(proposal: Proposal, event: Event): void;
  onDone(proposal: Proposal, event: Event): void;
  startEdit(proposal: Proposal): void;
  cancelEdit(proposal: Proposal): void;
  onEditSubmit(proposal: Proposal, event: SubmitEvent): void;
  askRemove(proposal: Proposal): void;
}

/** What the headers read of the sort, and what they call. */
export interface SortActions {
  readonly state: Pick<FiltersState, 'sortKey' | 'direction'>;
  sortBy(key: ProposalSortKey): void;
}

export interface RegisterTableContext {
  s: Strings;
  locked: boolean;
  /** The groups a proposal can come from. */
  groups: readonly PrinciplesGroup[];
  /** The project's grid, whose items proposals answer; `undefined` standalone. */
  grid: GridItems | undefined;
  /**
   * The view of the grid items a proposal answers and of its evaluation: a module loaded right after the first
   * paint (see the element's `parts`); until it is there, rows show neither and the edit form offers no item.
   */
  linksView: LinksView | undefined;
  formatDate(date: string | undefined): string;
  /**
   * The row being edited: its form (register-edit-view.ts, a part loaded when a row is first edited, prefetched
   * when the browser is idle), or the loading state or failure in its place meanwhile.
   */
  editRow(ctx: RegisterTableContext, p: Proposal): TemplateResult;
  register: RowActions;
  filters: SortActions;
}

/**
 * The register off screen is not laid out (content-visibility): meanwhile its height is estimated from its
 * rows, so that the page's height barely moves as the user scrolls to it. Set through the CSSOM: a strict CSP
 * blocks style attributes.
 */
const estimateRows = (count: number) => (el?: Element) => {
  if (el instanceof HTMLElement) el.style.setProperty('--_rows', String(count));
};

/** The table of the proposals `rows` (those drawn: the first page or pages of those the filters let through). */
export function renderTable(ctx: RegisterTableContext, rows: readonly Proposal[]): TemplateResult {
  const { s } = ctx;
  const { sortKey, direction } = ctx.filters.state;
  const column = (key: ProposalSortKey, label: string) =>
    html`<th scope="col" aria-sort=${sortKey === key ? direction : 'none'}>
      <button type="button" class="sort" @click=${() => ctx.filters.sortBy(key)}>
        ${label}<span class="sort-icon" aria-hidden="true"
          >${sortKey === key ? (direction === 'ascending' ? '▲' : '▼') : '↕'}</span
        >
      </button>
    </th>`;
  return html`<div class="table-scroll register-scroll" ${ref(estimateRows(rows.length))}>
    <table class="register cards-when-narrow" part="register">
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
          rows,
          (p) => p.id,
          (p) => (ctx.register.state.editing === p.id ? ctx.editRow(ctx, p) : renderRow(ctx, p)),
        )}
      </tbody>
    </table>
  </div>`;
}

/** What the links and the evaluation of a row read. */
const links = (ctx: RegisterTableContext) => ({
  s: ctx.s,
  locked: ctx.locked,
  grid: ctx.grid,
  groupLabel: ctx.register.groupLabel,
  formatDate: ctx.formatDate,
  register: ctx.register,
});

/** A field's name, shown only on a card (narrow widths), where no column header is drawn above it. */
const label = cellLabel;

function renderRow(ctx: RegisterTableContext, p: Proposal): TemplateResult {
  const { s, register } = ctx;
  const ro = ctx.locked;
  const decisionLabel = s[DECISION_LABEL[p.decision]] as string;
  const rejecting = register.state.rejecting?.id === p.id;
  const view = ctx.linksView; // undefined (nothing drawn) until loaded
  return html`<tr data-id=${p.id} class="row row--${p.decision}">
    <td class="nowrap cell-date">${ctx.formatDate(p.date)}</td>
    <td class="proposal-cell">
      <span class="proposal-text" id=${`text~${p.id}`}>${p.text}</span>
      ${view?.renderProposalLinks(links(ctx), p)} ${view?.renderEvaluation(links(ctx), p)}
    </td>
    <td class="cell-group">${label(s.pcColumnProposedBy)}${register.groupLabel(p.proposedBy)}</td>
    <td class="cell-decision">
      ${label(s.pcColumnDecision)}
      <select
        class="decision screen-only"
        aria-label=${s.pcDecisionOf(p.text)}
        ?disabled=${ro}
        @change=${(e: Event) => register.onDecision(p, e)}
      >
        ${DECISIONS.map(
          (d) =>
            html`<option value=${d} .selected=${live(rejecting ? d === 'rejected' : d === p.decision)}>
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
    <td class="cell-done">
      ${label(s.pcColumnDone)}
      ${
        p.decision === 'accepted'
          ? html`<label class="check check--compact">
                <input
                  type="checkbox"
                  .checked=${live(p.done)}
                  ?disabled=${ro}
                  @change=${(e: Event) => register.onDone(p, e)}
                />
                <span class="visually-hidden">${s.pcDoneOf(p.text)}</span>
                <span aria-hidden="true">${p.done ? s.principlesYes : s.principlesNo}</span>
              </label>
              ${p.done && p.doneDate ? html`<span class="muted">${s.pcDoneOn(ctx.formatDate(p.doneDate))}</span>` : nothing}`
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
                @click=${() => register.startEdit(p)}
              >
                ${s.pcEdit}
              </button>
              <button
                type="button"
                class="link remove"
                id=${`remove~${p.id}`}
                aria-labelledby="${`remove~${p.id}`} ${`text~${p.id}`}"
                @click=${() => register.askRemove(p)}
              >
                ${s.pcRemove}
              </button>`
      }
    </td>
  </tr>`;
}

/** This module as the register receives it, once loaded (the element's `parts`). */
export interface RegisterTableView {
  styles: typeof styles;
  renderTable: typeof renderTable;
}
