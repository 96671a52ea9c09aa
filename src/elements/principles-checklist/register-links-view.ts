/**
 * Principle 5 in the register: the picker of the grid items a proposal answers (in a project with a grid), the
 * list of those a proposal names (an item removed from the grid stays named, marked as removed), and, once a
 * proposal is carried out, its evaluation: what changed for those items.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ATP_CATEGORIES,
  EVALUATION_EFFECTS,
  effectLabel,
  resolveItemLinks,
  type AtpCategory,
  type AtpData,
  type ItemLink,
  type Proposal,
  type Strings,
} from '../../core/runtime.js';
import type { ProjectHub } from '../shared/project-link.js';
import type { RegisterState } from './register-controller.js';
import { registerLinksStyles } from './register-links.styles.js';
import { addPrinciplesChecklistPartsStrings } from '../../core/catalogs/principles-checklist-parts.js';

addPrinciplesChecklistPartsStrings(); // the French these parts show (src/core/catalogs/)

/** Its styles, adopted when it loads (shared/shared/lazy-styles.ts). */
export const styles = registerLinksStyles;

/** The project's grid: its items to pick from, and its column names. */
export interface GridItems {
  data: AtpData;
  categories: Record<AtpCategory, string>;
}

/**
 * The project's grid, whose items the register's proposals answer (its data and column names, no analysis);
 * `undefined` without one. Read only once this view is here: nothing else draws the grid's items.
 */
export function gridItems(hub: ProjectHub | undefined): GridItems | undefined {
  const atp = hub?.state['atp-matrix'];
  if (!atp) return undefined;
  const { attractions, fears, temptations } = atp.config.categories;
  return {
    data: atp.data,
    categories: { attractions: attractions.label, fears: fears.label, temptations: temptations.label },
  };
}

/** What the evaluation form reads of the register's state, and what it calls. */
export interface EvaluationActions {
  readonly state: Pick<RegisterState, 'evaluationMissing'>;
  onEvaluate(proposal: Proposal, event: SubmitEvent): void;
}

export interface LinksContext {
  s: Strings;
  locked: boolean;
  /** The project's grid, `undefined` standalone (links then read as the wording they kept). */
  grid: GridItems | undefined;
  groupLabel(proposedBy: string): string;
  formatDate(date: string | undefined): string;
  register: EvaluationActions;
}

/** The value of an item's checkbox: its group and item ids (`/` occurs in neither). */
export const itemValue = (link: Pick<ItemLink, 'group' | 'item'>): string => `${link.group}/${link.item}`;

/**
 * The grid's items as checkboxes, a fieldset per group, each item named with its column. `form` ties them to
 * a form elsewhere in the table (a row being edited); `selected` are the links already made, checked — one to
 * an item since removed is offered too, checked, so that saving does not drop it unseen.
 */
export function renderItemPicker(
  ctx: Pick<LinksContext, 's' | 'grid'>,
  key: string,
  selected: readonly ItemLink[] = [],
  form?: string,
): TemplateResult | typeof nothing {
  const { s, grid } = ctx;
  const groups = grid?.data.groups.filter((g) => g.items.length) ?? [];
  const resolved = grid ? resolveItemLinks(grid.data, selected) : [];
  const removed = resolved.filter((r) => r.status === 'removed');
  if (!grid || (!groups.length && !removed.length)) return nothing;
  const checked = new Set(
    resolved.flatMap((r) => (r.status === 'found' ? [itemValue({ group: r.group.id, item: r.item.id })] : [])),
  );
  const box = (id: string, value: string, isChecked: boolean, label: TemplateResult) =>
    html`<label class="check" for=${id}>
      <input type="checkbox" id=${id} name="items" value=${value} form=${ifDefined(form)} ?checked=${isChecked} />
      <span>${label}</span>
    </label>`;
  return html`<fieldset class="item-picker" aria-describedby="${key}~items-hint">
    <legend>${s.pcItemsLegend}</legend>
    <p class="help" id="${key}~items-hint">${s.pcItemsHint}</p>
    ${groups.map(
      (group) =>
        html`<fieldset class="item-group">
          <legend>${group.label}</legend>
          ${ATP_CATEGORIES.flatMap((category) => group.items.filter((i) => i.category === category)).map((item) =>
            box(
              `${key}~${group.id}~${item.id}`,
              itemValue({ group: group.id, item: item.id }),
              checked.has(itemValue({ group: group.id, item: item.id })),
              html`${item.text} <span class="muted">(${grid.categories[item.category]})</span>`,
            ),
          )}
        </fieldset>`,
    )}
    ${removed.map((r) =>
      box(
        `${key}~removed~${r.link.group}~${r.link.item}`,
        itemValue(r.link),
        true,
        html`${r.text} <span class="item-removed">(${s.pcItemRemoved})</span>`,
      ),
    )}
  </fieldset>`;
}

/** The items a proposal answers, under its text: by their current wording in a project, else as kept. */
export function renderProposalLinks(ctx: LinksContext, p: Proposal): TemplateResult | typeof nothing {
  const links = p.items ?? [];
  if (!links.length) return nothing;
  const { s, grid } = ctx;
  const lines = grid
    ? resolveItemLinks(grid.data, links).map((r) => {
        if (r.status === 'found') return html`${s.principlesItemLink(r.group.label, r.item.text)}`;
        const named = s.principlesItemLink(r.group?.label ?? ctx.groupLabel(r.link.group), r.text);
        // On one line: the template minifier keeps this space, so the mark is not run into the item's words.
        return html`${named} <span class="item-removed">(${s.pcItemRemoved})</span>`;
      })
    : links.map((l) => html`${s.principlesItemLink(ctx.groupLabel(l.group), l.text ?? l.item)}`);
  return html`<div class="answers">
    <span class="answers-label">${s.pcAnswers}</span>
    <ul>
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}

/**
 * A carried-out proposal's evaluation: what was recorded, and the form that records or changes it (closed
 * under a disclosure). Nothing for a proposal not carried out: its evaluation, if it had one, is kept unseen.
 */
export function renderEvaluation(ctx: LinksContext, p: Proposal): TemplateResult | typeof nothing {
  if (!(p.decision === 'accepted' && p.done)) return nothing;
  const { s } = ctx;
  const ev = p.evaluation;
  const shown = ev
    ? html`<p class="evaluation evaluation--${ev.effect}">
        ${s.pcEvaluationShown(effectLabel(ev.effect, s), ctx.formatDate(ev.date))}
        ${ev.note ? html`<span class="evaluation-note">${ev.note}</span>` : nothing}
      </p>`
    : nothing;
  if (ctx.locked) return shown;
  const key = `evaluate~${p.id}`;
  const missing = ctx.register.state.evaluationMissing === p.id;
  return html`${shown}
    <details class="evaluate screen-only" ?open=${missing}>
      <summary>${ev ? s.pcEvaluateAgain : s.pcEvaluate}</summary>
      <form class="evaluate-form" novalidate @submit=${(e: SubmitEvent) => ctx.register.onEvaluate(p, e)}>
        <fieldset
          aria-invalid=${missing ? 'true' : 'false'}
          aria-describedby=${ifDefined(missing ? `${key}~error` : undefined)}
        >
          <legend>${s.pcEvaluationLegend(p.text)}</legend>
          ${missing ? html`<span class="field-error" id="${key}~error">${s.pcEvaluationRequired}</span>` : nothing}
          ${EVALUATION_EFFECTS.map(
            (effect) =>
              html`<label class="check" for="${key}~${effect}">
                <input
                  type="radio"
                  id="${key}~${effect}"
                  name="effect"
                  value=${effect}
                  ?checked=${ev?.effect === effect}
                />
                <span>${effectLabel(effect, s)}</span>
              </label>`,
          )}
        </fieldset>
        <p class="field">
          <label for="${key}~note">${s.pcEvaluationNote}</label>
          <textarea id="${key}~note" name="note" rows="2" .value=${ev?.note ?? ''}></textarea>
        </p>
        <p class="field">
          <label for="${key}~date">${s.pcEvaluationDate}</label>
          <input id="${key}~date" class="input" name="date" type="date" .value=${ev?.date ?? ''} />
        </p>
        <button type="submit" class="button" part="button">${s.pcEvaluationSave}</button>
      </form>
    </details>`;
}

/** This module as the register's rows and form receive it, once loaded (the element's `parts`). */
export interface LinksView {
  gridItems: typeof gridItems;
  renderItemPicker: typeof renderItemPicker;
  renderProposalLinks: typeof renderProposalLinks;
  renderEvaluation: typeof renderEvaluation;
}
