/**
 * The form of <coop-atp-matrix> that adds an item to a cell or edits one in place: its text (with the
 * category's suggestions), its intensity and a note.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AtpCategory, AtpConfig, AtpGroup, AtpItem, Strings } from '../../core/runtime.js';
import type { EditorState } from './editor-controller.js';

/** What the form reads of the editing and the callbacks it fires (bound: passed to lit as they are). */
export interface ItemFormEditing {
  readonly state: Readonly<Pick<EditorState, 'textMissing'>>;
  onItemSubmit: (event: SubmitEvent) => void;
  /** Escape closes the form. */
  onEditorKey: (event: KeyboardEvent) => void;
  closeEditor: () => void;
}

export interface ItemFormContext {
  model: AtpConfig;
  s: Strings;
  editing: ItemFormEditing;
}

/** `item`: the one edited; none for a new one. */
export function renderItemForm(
  ctx: ItemFormContext,
  group: AtpGroup,
  category: AtpCategory,
  item: AtpItem | undefined,
): TemplateResult {
  const { model, s, editing } = ctx;
  const { textMissing } = editing.state;
  const label = model.categories[category].label;
  const id = `editor-${group.id}-${category}`;
  const current = item?.intensity ?? model.intensity.levels[Math.min(2, model.intensity.levels.length - 1)]?.value ?? 0;
  // Short visible labels (the editor sits in its group's and category's cell); the names add both, for a
  // screen reader moving from field to field.
  return html`<form
    class="item-form"
    part="item-form"
    novalidate
    @submit=${editing.onItemSubmit}
    @keydown=${editing.onEditorKey}
  >
    <p class="field">
      <label for="${id}-text">${s.amItemField}</label>
      <input
        id="${id}-text"
        class="input"
        name="text"
        aria-label=${s.amItemTextOf(group.label, label)}
        autocomplete="off"
        list="suggestions-${category}"
        .value=${item?.text ?? ''}
        aria-describedby="${id}-hint${textMissing ? ` ${id}-error` : ''}"
        aria-invalid=${textMissing ? 'true' : 'false'}
      />
      <span id="${id}-hint" class="hint">${s.amSuggestionsHint}</span>
      ${textMissing ? html`<span id="${id}-error" class="field-error">${s.amItemTextRequired}</span>` : nothing}
    </p>
    <fieldset class="intensity-choice" aria-label=${s.amIntensityLegend(group.label, label)}>
      <legend>${s.amIntensityField}</legend>
      ${model.intensity.levels.map(
        (l) =>
          html`<label class="choice">
            <input type="radio" name="intensity" .value=${String(l.value)} ?checked=${l.value === current} />
            ${l.label}
          </label>`,
      )}
    </fieldset>
    <p class="field">
      <label for="${id}-note">${s.amNoteField}</label>
      <input
        id="${id}-note"
        class="input"
        name="note"
        autocomplete="off"
        aria-label=${s.amNoteOf(group.label, label)}
        .value=${item?.note ?? ''}
      />
    </p>
    <p class="inline-actions">
      <button type="submit" class="button button--primary" part="button button--primary">
        ${item ? s.amSave : s.amAddItem}
      </button>
      <button type="button" class="button" part="button" @click=${() => editing.closeEditor()}>${s.cancel}</button>
    </p>
  </form>`;
}
