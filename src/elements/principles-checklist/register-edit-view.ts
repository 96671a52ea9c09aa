/**
 * A row of the register being edited: its date, text and group as fields of a form held in the row's last cell,
 * and, in a project, the grid items it answers. A part loaded when a row is first edited (prefetched when the
 * browser is idle, see the element's `parts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PrinciplesGroup, Proposal } from '../../core/runtime.js';
import { addPrinciplesChecklistPartsStrings } from '../../core/catalogs/principles-checklist-parts.js';
import type { RegisterTableContext } from './register-table-view.js';
import { registerEditStyles } from './register-edit.styles.js';

addPrinciplesChecklistPartsStrings(); // the French these parts show (src/core/catalogs/)

/** Its styles, adopted when it loads (shared/lazy-styles.ts). */
export const styles = registerEditStyles;

export function renderEditRow(ctx: RegisterTableContext, p: Proposal): TemplateResult {
  const { s, register } = ctx;
  const formId = `edit-${p.id}`;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    register.cancelEdit(p);
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
      ${renderGroupSelect(ctx.groups, `${formId}-group`, formId, p.proposedBy)}
    </td>
    <td colspan="2" class="cell-items">
      ${
        // Without the picker, no "itemsOffered": saving then keeps the proposal's links as they are.
        ctx.grid && ctx.linksView
          ? html`<input type="hidden" name="itemsOffered" value="1" form=${formId} />
              ${ctx.linksView.renderItemPicker(ctx, formId, p.items, formId)}`
          : nothing
      }
    </td>
    <td class="row-actions">
      <form id=${formId} @submit=${(e: SubmitEvent) => register.onEditSubmit(p, e)}>
        <button type="submit" class="link save">${s.pcSave}</button>
        <button type="button" class="link" @click=${() => register.cancelEdit(p)}>${s.cancel}</button>
      </form>
    </td>
  </tr>`;
}

/** The groups to choose from, and the row's own when it is none of them (free text recorded elsewhere). */
function renderGroupSelect(groups: readonly PrinciplesGroup[], id: string, form: string, value: string) {
  const known = groups.some((g) => g.id === value);
  return html`<select id=${id} name="proposedBy" form=${form}>
    ${groups.map((g) => html`<option value=${g.id} ?selected=${g.id === value}>${g.label}</option>`)}
    ${value && !known ? html`<option value=${value} selected>${value}</option>` : nothing}
  </select>`;
}

/** This module as the element receives it, once loaded (its `parts`). */
export interface RegisterEditView {
  styles: typeof styles;
  renderEditRow: typeof renderEditRow;
}
