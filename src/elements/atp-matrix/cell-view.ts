/**
 * A cell of <coop-atp-matrix>'s grid (one group, one category): its items with their intensity, note and
 * buttons, the item editor when it is open there, and the button that opens it for a new item.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AtpCategory, AtpConfig, AtpGroup, AtpItem, Strings } from '../../core/runtime.js';
import type { EditorState, ItemEditor } from './editor-controller.js';

export interface CellEditing {
  readonly state: Readonly<Pick<EditorState, 'editor'>>;
  openEditor: (editor: ItemEditor) => void;
  onRemoveItem: (group: AtpGroup, item: AtpItem, category: AtpCategory) => void;
}

export interface CellViewContext {
  model: AtpConfig;
  s: Strings;
  readonly: boolean;
  editing: CellEditing;
  /** An intensity as its level's name. */
  intensityLabel: (value: number) => string;
  /** The item form (item-form-view.ts, loaded on first use) for a new item, or for `item`; or what stands for it. */
  itemForm: (group: AtpGroup, category: AtpCategory, item?: AtpItem) => TemplateResult;
}

/**
 * An id for a part of an item: its text, and its buttons, which are named by it ("Edit" + the item's text) through
 * aria-labelledby. Not by visually hidden text: 960 absolutely positioned spans cost a 12 × 40 grid a third of
 * its layout. `~` cannot occur in group or item ids, so no two items share one.
 */
const itemId = (group: AtpGroup, item: AtpItem, part: 'text' | 'edit' | 'remove') => `${part}~${group.id}~${item.id}`;

/**
 * A list of items off screen is not laid out (content-visibility): meanwhile its height is estimated from its
 * count, so that the page's height barely moves as the user scrolls to it. Set through the CSSOM: a strict CSP
 * blocks style attributes.
 */
const estimateHeight = (count: number) => (el?: Element) => {
  if (el instanceof HTMLElement) el.style.setProperty('--_items', String(count));
};

export function renderCell(ctx: CellViewContext, group: AtpGroup, category: AtpCategory): TemplateResult {
  const { model, s, editing } = ctx;
  const { editor } = editing.state;
  const items = group.items.filter((i) => i.category === category);
  const here = editor?.groupId === group.id && editor.category === category;
  const label = model.categories[category].label;
  return html`<td class="cell cell--${category}" part="cell" data-cell="${group.id}:${category}">
    <span class="cell-label" aria-hidden="true">${label}</span>
    ${
      items.length
        ? html`<ul class="items" ${ref(estimateHeight(items.length))}>
            ${repeat(
              items,
              (i) => i.id,
              (item) =>
                here && editor.itemId === item.id
                  ? html`<li>${ctx.itemForm(group, category, item)}</li>`
                  : html`<li class="item" part="item" data-item=${item.id}>
                      <span class="item-text" id=${itemId(group, item, 'text')}>${item.text}</span>
                      <span class="intensity intensity--${item.intensity}">${ctx.intensityLabel(item.intensity)}</span>
                      ${item.note ? html`<span class="note">${item.note}</span>` : nothing}
                      ${
                        ctx.readonly
                          ? nothing
                          : html`<span class="inline-actions">
                              <button
                                type="button"
                                class="link edit"
                                id=${itemId(group, item, 'edit')}
                                aria-labelledby="${itemId(group, item, 'edit')} ${itemId(group, item, 'text')}"
                                @click=${() => editing.openEditor({ groupId: group.id, category, itemId: item.id })}
                              >
                                ${s.amEditItem}
                              </button>
                              <button
                                type="button"
                                class="link remove"
                                id=${itemId(group, item, 'remove')}
                                aria-labelledby="${itemId(group, item, 'remove')} ${itemId(group, item, 'text')}"
                                @click=${() => editing.onRemoveItem(group, item, category)}
                              >
                                ${s.amRemoveItem}
                              </button>
                            </span>`
                      }
                    </li>`,
            )}
          </ul>`
        : here
          ? nothing // the editor open in the empty cell says enough
          : html`<p class="empty">${s.amEmptyCell}</p>`
    }
    ${
      here && !editor.itemId
        ? ctx.itemForm(group, category)
        : ctx.readonly
          ? nothing
          : html`<button
              type="button"
              class="link add screen-only"
              @click=${() => editing.openEditor({ groupId: group.id, category })}
            >
              <span aria-hidden="true">+ </span>${s.amAddItem}<span class="visually-hidden">
                — ${group.label} — ${label}</span
              >
            </button>`
    }
  </td>`;
}
