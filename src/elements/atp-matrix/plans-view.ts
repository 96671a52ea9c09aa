/**
 * The Plans view of <coop-atp-matrix>: the three plans the grid feeds (attractions → objectives, fears → risks,
 * temptations → the relational charter). Each plan lists the actions the team decided (action-view.ts: anyone
 * adds, edits, links, evaluates and removes them) and, below, the ideas drafted from the grid, each with "add to
 * the plan". Then, per group, the items no action answers yet (in a project, the register's linked proposals count).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addAtpMatrixPartsStrings } from '../../core/catalogs/atp-matrix-parts.js';
import {
  ATP_CATEGORIES,
  ATP_PLAN_OF,
  actionsOfPlan,
  entryAnswered,
  unansweredItems,
  type AtpPlans,
  type ItemLink,
  type PlanEntry,
} from '../../core/runtime.js';
import { renderActionCard, renderActionForm, type ActionEditing, type ActionViewContext } from './action-view.js';
import type { PlansController } from './plans-controller.js';

// Its French strings, with it: out of the first paint.
addAtpMatrixPartsStrings();

/** Its styles, adopted when it loads (lazy-styles.ts). */
export { plansStyles as styles } from './plans.styles.js';

/** The plans themselves are built with the view (the element's memo keeps them): out of the first paint. */
export { buildPlans } from '../../core/runtime.js';
/** The plans' behaviour comes with the view, after the first paint: the element makes it once this module loads. */
export { PlansController } from './plans-controller.js';

export interface PlansViewContext extends ActionViewContext {
  plans: AtpPlans;
  editing: ActionEditing & Pick<PlansController, 'openNew' | 'addFromSuggestion'>;
  /** An intensity as its level's name. */
  intensityLabel: (value: number) => string;
  /** In a project: the links of the register's proposals (they answer items too). */
  registerLinks: readonly ItemLink[] | undefined;
}

function renderSuggestion(ctx: PlansViewContext, entry: PlanEntry, index: number): TemplateResult {
  const { s } = ctx;
  const answered = entryAnswered(ctx.data, entry, ctx.registerLinks ?? []);
  const id = `suggestion-${ATP_PLAN_OF[entry.category]}-${index}`;
  return html`<li class="suggestion" part="suggestion">
    <p class="suggestion-item" id=${id}>${entry.text}</p>
    <p class="muted">${entry.groups.map((g) => g.label).join(', ')} · ${ctx.intensityLabel(entry.intensity)}</p>
    <p class="suggestion-action">${entry.action}</p>
    ${
      answered
        ? html`<p class="answered">${s.amSuggestionAnswered}</p>`
        : ctx.readonly
          ? nothing
          : html`<button
              type="button"
              class="button add-to-plan"
              part="button"
              id="${id}-add"
              aria-labelledby="${id}-add ${id}"
              @click=${() => ctx.editing.addFromSuggestion(entry)}
            >
              ${s.amAddToPlan}
            </button>`
    }
  </li>`;
}

function renderUnanswered(ctx: PlansViewContext): TemplateResult {
  const { s, model } = ctx;
  const groups = unansweredItems(ctx.data, ctx.registerLinks ?? []).filter((g) => g.total > 0);
  const open = groups.filter((g) => g.unlinked > 0);
  return html`<section class="unanswered" part="unanswered" aria-labelledby="unanswered-heading">
    <h4 id="unanswered-heading">${s.amUnansweredHeading}</h4>
    <p class="help">${s.amUnansweredHelp} ${ctx.registerLinks ? s.amUnansweredWithRegister : nothing}</p>
    ${
      open.length
        ? html`<ul class="unanswered-groups">
            ${open.map(
              (g) =>
                html`<li>
                  <p class="unanswered-count">${s.amUnansweredCount(g.group.label, g.unlinked, g.total)}</p>
                  <ul>
                    ${ATP_CATEGORIES.flatMap((c) =>
                      g.items[c].map((item) => html`<li>${s.amItemIn(model.categories[c].label, item.text)}</li>`),
                    )}
                  </ul>
                </li>`,
            )}
          </ul>`
        : html`<p class="notice">${groups.length ? s.amAllAnswered : s.amPlanEmpty}</p>`
    }
  </section>`;
}

export function renderPlans(ctx: PlansViewContext): TemplateResult {
  const { model, plans, s, data, editing } = ctx;
  const { editor } = editing.state;
  return html`
    <h3>${s.amPlansHeading}</h3>
    ${ATP_CATEGORIES.map((category) => {
      const kind = ATP_PLAN_OF[category];
      const plan = model.categories[category].plan;
      const entries = plans[kind];
      const actions = actionsOfPlan(data, kind);
      const creating = editor?.plan === kind && !editor.actionId;
      return html`<section
        class="plan plan--${category}"
        part="plan"
        data-plan=${kind}
        aria-labelledby="plan-${category}"
      >
        <h4 id="plan-${category}">${plan.title}</h4>
        ${plan.description ? html`<p class="help">${plan.description}</p>` : nothing}
        <h5>${s.amActionsHeading}</h5>
        ${
          actions.length
            ? html`<ul class="actions">
                ${actions.map((a) =>
                  editor?.actionId === a.id
                    ? html`<li class="action action--editing" data-action=${a.id}>
                        ${renderActionForm(ctx, kind, a)}
                      </li>`
                    : renderActionCard(ctx, a),
                )}
              </ul>`
            : creating
              ? nothing
              : html`<p class="muted">${s.amActionsEmpty}</p>`
        }
        ${
          creating
            ? renderActionForm(ctx, kind)
            : ctx.readonly
              ? nothing
              : html`<button
                  type="button"
                  class="button new-action"
                  part="button"
                  @click=${() => editing.openNew(kind)}
                >
                  <span aria-hidden="true">+ </span>${s.amNewAction}<span class="visually-hidden">
                    — ${plan.title}</span
                  >
                </button>`
        }
        <h5>${s.amSuggestionsHeading}</h5>
        ${
          entries.length
            ? html`<p class="help">${s.amSuggestionsHelp}</p>
                <ul class="suggestions">
                  ${entries.map((e, i) => renderSuggestion(ctx, e, i))}
                </ul>`
            : html`<p class="notice">${s.amPlanEmpty}</p>`
        }
      </section>`;
    })}
    ${renderUnanswered(ctx)}
  `;
}
