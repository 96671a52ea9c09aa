/**
 * One action of the plans in <coop-atp-matrix>: its card (what, state, owner, due date, the grid items it answers
 * — a removed one still named — and its result once done), and its form (the same fields, a labelled picker of
 * each group's items of the plan's column, and the result when it is done). Part of the Plans view (lazy).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  ATP_PLAN_OF,
  ATP_CATEGORIES,
  EVALUATION_EFFECTS,
  PLAN_ACTION_STATES,
  actionStateText,
  effectText,
  resolveItemLinks,
  type AtpConfig,
  type AtpData,
  type AtpPlanKind,
  type PlanAction,
  type Strings,
} from '../../core/runtime.js';
import { linkValue, type PlansController } from './plans-controller.js';

export type ActionEditing = Pick<
  PlansController,
  'state' | 'openEdit' | 'close' | 'onSubmit' | 'onFormKey' | 'onStateInput' | 'remove'
>;

export interface ActionViewContext {
  model: AtpConfig;
  data: AtpData;
  s: Strings;
  readonly: boolean;
  editing: ActionEditing;
  /** A YYYY-MM-DD date in the locale. */
  dateLabel: (iso: string) => string;
}

const categoryOf = (plan: AtpPlanKind) => ATP_CATEGORIES.find((c) => ATP_PLAN_OF[c] === plan) ?? 'attractions';

/** What a link reads: "Group — Column: item", or the removed item's wording, marked. */
function linkTexts(ctx: ActionSummaryContext, action: PlanAction): { key: string; text: string; removed: boolean }[] {
  return resolveItemLinks(ctx.data, action.items).map((r) =>
    r.status === 'found'
      ? {
          key: linkValue(r.link),
          text: ctx.s.amItemOf(r.group.label, ctx.model.categories[r.item.category].label, r.item.text),
          removed: false,
        }
      : {
          key: linkValue(r.link),
          text: ctx.s.amItemRemoved(r.group ? `${r.group.label} — ${r.text}` : r.text),
          removed: true,
        },
  );
}

/** What the action's card reads (no button): the Plans view's card and the synthesis' list share it. */
export type ActionSummaryContext = Pick<ActionViewContext, 'model' | 'data' | 's' | 'dateLabel'>;

export function renderActionSummary(ctx: ActionSummaryContext, action: PlanAction): TemplateResult {
  const { s } = ctx;
  const links = linkTexts(ctx, action);
  const facts = [
    s.amStateIs(actionStateText(action.state, s)),
    action.owner ? s.amOwnerIs(action.owner) : '',
    action.due ? s.amDueIs(ctx.dateLabel(action.due)) : '',
  ].filter(Boolean);
  return html`<p class="action-text" id="action-${action.id}-text">${action.text}</p>
    <p class="action-facts">
      ${facts.map((f, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}<span>${f}</span>`)}
    </p>
    ${
      links.length
        ? html`<p class="action-answers">${s.amAnswers}</p>
            <ul class="action-links">
              ${links.map((l) => html`<li class=${l.removed ? 'link-removed' : ''}>${l.text}</li>`)}
            </ul>`
        : html`<p class="muted">${s.amNoLink}</p>`
    }
    ${
      action.state === 'done' && action.evaluation
        ? html`<p class="action-result">
            ${s.amEvaluatedAs(effectText(action.evaluation.effect, s))}${
              action.evaluation.note ? html` — ${action.evaluation.note}` : nothing
            }
          </p>`
        : nothing
    }`;
}

export function renderActionCard(ctx: ActionViewContext, action: PlanAction): TemplateResult {
  const { s } = ctx;
  const textId = `action-${action.id}-text`;
  return html`<li class="action action--${action.state}" part="action" data-action=${action.id}>
    ${renderActionSummary(ctx, action)}
    ${
      ctx.readonly
        ? nothing
        : html`<span class="inline-actions">
            <button
              type="button"
              class="link edit-action"
              id="edit-${action.id}"
              aria-labelledby="edit-${action.id} ${textId}"
              @click=${() => ctx.editing.openEdit(action)}
            >
              ${s.amEditAction}
            </button>
            <button
              type="button"
              class="link remove-action"
              id="remove-${action.id}"
              aria-labelledby="remove-${action.id} ${textId}"
              @click=${() => ctx.editing.remove(action)}
            >
              ${s.amRemoveAction}
            </button>
          </span>`
    }
  </li>`;
}

/** The form of a new action of `plan` (no `action`) or of `action`. */
export function renderActionForm(ctx: ActionViewContext, plan: AtpPlanKind, action?: PlanAction): TemplateResult {
  const { s, model, data, editing } = ctx;
  const key = action?.id ?? `new-${plan}`;
  const category = categoryOf(plan);
  const missing = editing.state.textMissing;
  const ticked = new Set(action?.items.map(linkValue) ?? []);
  // Links to items no longer in the grid (or from another column) stay listed, ticked, so nothing is lost.
  const others = action ? linkTexts(ctx, action).filter((l) => !isPickable(data, l.key, category)) : [];
  const state = editing.state.formState;
  const title = action ? s.amEditActionOf(action.text) : s.amNewActionOf(model.categories[category].plan.title);
  return html`<form
    class="action-form"
    part="action-form"
    novalidate
    aria-label=${title}
    @submit=${editing.onSubmit}
    @keydown=${editing.onFormKey}
  >
    <p class="field">
      <label for="action-text-${key}">${s.amActionText}</label>
      <textarea
        id="action-text-${key}"
        class="input"
        name="text"
        rows="2"
        .value=${action?.text ?? ''}
        aria-invalid=${missing ? 'true' : 'false'}
        aria-describedby=${missing ? `action-text-${key}-error` : nothing}
      ></textarea>
      ${missing ? html`<span id="action-text-${key}-error" class="field-error">${s.amActionTextRequired}</span>` : nothing}
    </p>
    <div class="action-fields">
      <p class="field">
        <label for="action-owner-${key}">${s.amActionOwner}</label>
        <input id="action-owner-${key}" class="input" name="owner" autocomplete="off" .value=${action?.owner ?? ''} />
      </p>
      <p class="field">
        <label for="action-due-${key}">${s.amActionDue}</label>
        <input id="action-due-${key}" class="input" type="date" name="due" .value=${action?.due ?? ''} />
      </p>
      <p class="field">
        <label for="action-state-${key}">${s.amActionState}</label>
        <select id="action-state-${key}" class="input" name="state" @change=${editing.onStateInput}>
          ${PLAN_ACTION_STATES.map(
            (st) => html`<option value=${st} ?selected=${st === state}>${actionStateText(st, s)}</option>`,
          )}
        </select>
      </p>
    </div>
    <fieldset class="action-items">
      <legend>${s.amActionItems}</legend>
      <p class="help">${s.amActionItemsHelp}</p>
      ${data.groups.map((group) => {
        const items = group.items.filter((i) => i.category === category);
        if (!items.length) return nothing;
        return html`<fieldset class="action-group">
          <legend>${group.label} — ${model.categories[category].label}</legend>
          ${items.map((item) => {
            const value = linkValue({ group: group.id, item: item.id });
            return html`<label class="choice">
              <input type="checkbox" name="link" value=${value} ?checked=${ticked.has(value)} />
              <span>${item.text}</span>
            </label>`;
          })}
        </fieldset>`;
      })}
      ${others.map(
        (l) =>
          html`<label class="choice">
            <input type="checkbox" name="link" value=${l.key} checked />
            <span>${l.text}</span>
          </label>`,
      )}
    </fieldset>
    ${
      state === 'done'
        ? html`<fieldset class="action-evaluation">
            <legend>${s.amEvaluation}</legend>
            <p class="help">${s.amEvaluationHelp}</p>
            ${['', ...EVALUATION_EFFECTS].map(
              (effect) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="effect"
                    value=${effect}
                    ?checked=${(action?.evaluation?.effect ?? '') === effect}
                  />
                  <span>${effect ? effectText(effect as (typeof EVALUATION_EFFECTS)[number], s) : s.amEffectNone}</span>
                </label>`,
            )}
            <p class="field">
              <label for="action-note-${key}">${s.amEvaluationNote}</label>
              <input
                id="action-note-${key}"
                class="input"
                name="evaluationNote"
                autocomplete="off"
                .value=${action?.evaluation?.note ?? ''}
              />
            </p>
          </fieldset>`
        : nothing
    }
    <p class="form-actions">
      <button type="submit" class="button button--primary" part="button button--primary">${s.amSave}</button>
      <button type="button" class="button" part="button" @click=${editing.close}>${s.amCancel}</button>
    </p>
  </form>`;
}

/** True when the link's item is in the grid, in `category`: the picker lists it already. */
function isPickable(data: AtpData, value: string, category: string): boolean {
  const [groupId, itemId] = value.split('/');
  const item = data.groups.find((g) => g.id === groupId)?.items.find((i) => i.id === itemId);
  return item?.category === category;
}
