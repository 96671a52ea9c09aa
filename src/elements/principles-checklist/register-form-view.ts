/** The form that records a proposal in the register: its text, the group it comes from, its date. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PrinciplesGroup, Strings } from '../../core/runtime.js';
import { OTHER, today } from './register-parts.js';
import type { RegisterState } from './register-controller.js';
import type { GridItems, LinksView } from './register-links-view.js';

/** What the form reads of the register's state, and what it calls. */
export interface ProposalFormActions {
  readonly state: Pick<RegisterState, 'formErrors' | 'otherGroup'>;
  onAdd(event: SubmitEvent): void;
  setOtherGroup(otherGroup: boolean): void;
}

export interface ProposalFormContext {
  s: Strings;
  /** The groups a proposal can come from. */
  groups: readonly PrinciplesGroup[];
  /** The project's grid: its items are offered for the proposal to answer. */
  grid: GridItems | undefined;
  /** The item picker's view, once loaded (right after the first paint): the form offers no item until then. */
  linksView: LinksView | undefined;
  register: ProposalFormActions;
}

export function renderProposalForm(ctx: ProposalFormContext): TemplateResult {
  const { s, groups } = ctx;
  const { formErrors: errors, otherGroup } = ctx.register.state;
  return html`<form class="proposal-form screen-only" part="proposal-form" novalidate @submit=${ctx.register.onAdd}>
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
          @change=${(e: Event) => ctx.register.setOtherGroup((e.target as HTMLSelectElement).value === OTHER)}
        >
          ${groups.map(
            // Marked: Lit inserts these options after the static one below, which would stay selected.
            (g, i) => html`<option value=${g.id} ?selected=${i === 0 && !otherGroup}>${g.label}</option>`,
          )}
          <option value=${OTHER} ?selected=${otherGroup}>${s.pcOtherGroup}</option>
        </select>
      </p>
      ${
        otherGroup
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
              ${errors.group ? html`<span id="new-group-error" class="field-error">${errors.group}</span>` : nothing}
            </p>`
          : nothing
      }
      <p class="field">
        <label for="new-date">${s.pcProposalDate}</label>
        <input id="new-date" class="input" name="date" type="date" .value=${today()} />
      </p>
      ${
        ctx.grid && ctx.linksView
          ? html`<input type="hidden" name="itemsOffered" value="1" />
              <div class="field--wide">${ctx.linksView.renderItemPicker(ctx, 'new')}</div>`
          : nothing
      }
      <p class="actions">
        <button type="submit" class="button button--primary" part="button button--primary">${s.pcAddProposal}</button>
      </p>
    </fieldset>
  </form>`;
}
