/**
 * The Grid view of <coop-atp-matrix>: one row per stakeholder group — its name (renamed in place), posture,
 * trust and moves — and one cell per category (cell-view.ts); the legend of levels, each category's
 * suggestions, and the form that adds a group.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ATP_CATEGORIES, type AtpAnalysis, type AtpData, type AtpGroup } from '../../core/runtime.js';
import { renderLegend } from '../shared/legend.js';
import { renderCell, type CellEditing, type CellViewContext } from './cell-view.js';
import type { EditorState } from './editor-controller.js';
import { renderPosture, type PostureContext } from './posture-badge.js';

export interface GridEditing extends CellEditing {
  readonly state: Readonly<Pick<EditorState, 'editor' | 'renaming' | 'groupNameMissing'>>;
  onTrust: (group: AtpGroup, event: Event) => void;
  startRename: (group: AtpGroup) => void;
  cancelRename: () => void;
  onRename: (group: AtpGroup, event: SubmitEvent) => void;
  /** `buttonClass`: the button pressed (`move-up`, `move-down`). */
  onMove: (group: AtpGroup, delta: number, buttonClass: string) => void;
  askRemoveGroup: (group: AtpGroup) => void;
  onAddGroup: (event: SubmitEvent) => void;
  /** The row menu (a disclosure): which group's is open, and its keys (Escape closes it). */
  readonly menu: string | undefined;
  toggleMenu: (group: AtpGroup) => void;
  onMenuKey: (group: AtpGroup, event: KeyboardEvent) => void;
}

export interface GridViewContext extends CellViewContext, PostureContext {
  data: AtpData;
  analysis: AtpAnalysis;
  editing: GridEditing;
}

export function renderGrid(ctx: GridViewContext): TemplateResult {
  const { model, data, analysis, s, editing } = ctx;
  const { renaming, groupNameMissing } = editing.state;
  const ro = ctx.readonly;
  const editable = model.allowGroupEditing && !ro;
  return html`
    ${ATP_CATEGORIES.map(
      (category) =>
        html`<datalist id="suggestions-${category}">
          ${model.categories[category].suggestions.map((text) => html`<option value=${text}></option>`)}
        </datalist>`,
    )}
    ${renderLegend(s.amLevelsHelp, [
      { title: s.amGroupColumn, levels: model.groups },
      { title: s.amTrust, levels: model.trust.levels },
      { title: s.amColumnIntensity, levels: model.intensity.levels },
    ])}
    <div class="grid-scroll">
      <table class="grid cards-when-narrow" part="grid">
        <caption>
          ${s.amGridCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="group-column">${s.amGroupColumn}</th>
            <th scope="col" class="posture-column">${s.amPostureColumn}</th>
            ${ATP_CATEGORIES.map(
              (category) =>
                html`<th scope="col" class="category category--${category}">
                  <span class="swatch swatch--${category}" aria-hidden="true"></span>${model.categories[category].label}
                  <span class="category-help">${model.categories[category].description}</span>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            data.groups,
            (g) => g.id,
            (group, index) => {
              const g = analysis.groups.find((a) => a.id === group.id);
              return html`<tr data-group=${group.id}>
                <th scope="row" class="group-header">
                  ${
                    renaming === group.id
                      ? html`<form class="rename-form" @submit=${(e: SubmitEvent) => editing.onRename(group, e)}>
                          <label for="rename-${group.id}">${s.amGroupName}</label>
                          <input id="rename-${group.id}" class="input" name="label" .value=${group.label} />
                          <span class="inline-actions">
                            <button type="submit" class="link">${s.amSave}</button>
                            <button type="button" class="link" @click=${() => editing.cancelRename()}>
                              ${s.cancel}
                            </button>
                          </span>
                        </form>`
                      : html`<span class="group-name" tabindex="-1">${group.label}</span>`
                  }
                </th>
                <td class="group" part="group">
                  <span class="cell-label" aria-hidden="true">${s.amPostureColumn}</span>
                  ${g ? renderPosture(g, ctx) : nothing}
                  <label class="trust">
                    <span>${s.amTrust}</span>
                    <select
                      aria-label=${s.amTrustOf(group.label)}
                      ?disabled=${ro}
                      @change=${(e: Event) => editing.onTrust(group, e)}
                    >
                      <option value="" ?selected=${group.trust === null}>${s.amTrustUnset}</option>
                      ${model.trust.levels.map(
                        (l) => html`<option value=${l.value} ?selected=${group.trust === l.value}>${l.label}</option>`,
                      )}
                    </select>
                  </label>
                  ${editable && renaming !== group.id ? renderRowMenu(ctx, group, index) : nothing}
                </td>
                ${ATP_CATEGORIES.map((category) => renderCell(ctx, group, category))}
              </tr>`;
            },
          )}
        </tbody>
      </table>
    </div>
    ${
      editable
        ? html`<form class="add-group screen-only" novalidate @submit=${editing.onAddGroup}>
            <p class="field">
              <label for="new-group">${s.amNewGroupName}</label>
              <input
                id="new-group"
                class="input"
                name="label"
                autocomplete="off"
                aria-invalid=${groupNameMissing ? 'true' : 'false'}
                aria-describedby=${groupNameMissing ? 'new-group-error' : nothing}
              />
              ${
                groupNameMissing
                  ? html`<span id="new-group-error" class="field-error">${s.amGroupNameRequired}</span>`
                  : nothing
              }
            </p>
            <button type="submit" class="button" part="button">${s.amAddGroup}</button>
          </form>`
        : nothing
    }
  `;
}

/**
 * A group's row actions (rename, up, down, remove) behind one button: a disclosure (a button with aria-expanded
 * that shows a list of buttons), reached by Tab like the rest; Escape closes it and gives focus back to its button.
 */
function renderRowMenu(ctx: GridViewContext, group: AtpGroup, index: number): TemplateResult {
  const { s, editing, data } = ctx;
  const open = editing.menu === group.id;
  const id = `row-menu-${group.id}`;
  return html`<div class="row-menu" @keydown=${(e: KeyboardEvent) => editing.onMenuKey(group, e)}>
    <button
      type="button"
      class="button row-menu-button"
      part="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${() => editing.toggleMenu(group)}
    >
      ${s.amRowMenuLabel}<span class="visually-hidden"> — ${group.label}</span
      ><span class="row-menu-chevron" aria-hidden="true">${open ? '▴' : '▾'}</span>
    </button>
    <ul class="group-actions" id=${id} ?hidden=${!open} aria-label=${s.amRowMenu(group.label)}>
      <li>
        <button type="button" class="link rename" @click=${() => editing.startRename(group)}>
          ${s.amRename}<span class="visually-hidden"> ${group.label}</span>
        </button>
      </li>
      <li>
        <button
          type="button"
          class="link move-up"
          ?disabled=${index === 0}
          @click=${() => editing.onMove(group, -1, 'move-up')}
        >
          ${s.amMoveUp}<span class="visually-hidden"> ${group.label}</span>
        </button>
      </li>
      <li>
        <button
          type="button"
          class="link move-down"
          ?disabled=${index === data.groups.length - 1}
          @click=${() => editing.onMove(group, 1, 'move-down')}
        >
          ${s.amMoveDown}<span class="visually-hidden"> ${group.label}</span>
        </button>
      </li>
      <li>
        <button type="button" class="link remove-group" @click=${() => editing.askRemoveGroup(group)}>
          ${s.amRemoveGroup}<span class="visually-hidden"> ${group.label}</span>
        </button>
      </li>
    </ul>
  </div>`;
}
