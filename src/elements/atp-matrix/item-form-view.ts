/**
 * The form of <coop-atp-matrix> that adds an item to a cell or edits one in place: its text (with the category's
 * suggestions), its intensity and a note; what its submit and Escape do, and its styles. Loaded right after the
 * first paint (a lazy part, grid-parts.ts): the grid draws it once a user opens it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { addAtpMatrixEditsStrings } from '../../core/catalogs/atp-matrix-edits.js';
import type { AtpCategory, AtpConfig, AtpGroup, AtpItem, Strings } from '../../core/runtime.js';
import type { EditorInternals, EditorState } from './editor-controller.js';

// Its words, with it: out of the first paint.
addAtpMatrixEditsStrings();

/** What the form reads of the editing, and what its submit and Escape call. */
export interface ItemFormEditing extends EditorInternals {
  readonly state: Readonly<Pick<EditorState, 'editor' | 'textMissing'>>;
}

export interface ItemFormContext {
  model: AtpConfig;
  s: Strings;
  editing: ItemFormEditing;
}

/** A missing text is said at once; the values are saved once grid-edits.ts is here (the form stays meanwhile). */
function submit(editing: ItemFormEditing, event: SubmitEvent): void {
  event.preventDefault();
  const editor = editing.state.editor;
  if (!editor || !editing.editable()) return;
  const values = new FormData(event.target as HTMLFormElement);
  const text = String(values.get('text') ?? '').trim();
  if (!text) {
    editing.patch({ textMissing: true });
    editing.focus('.item-form input[name="text"]');
    return;
  }
  const intensity = Number(values.get('intensity') ?? 0);
  const note = String(values.get('note') ?? '').trim();
  editing.source.withEdits((m) => m.saveItem(editing, editor, { text, intensity, note }));
}

/** Escape closes the form (focus goes back to the button that opened it). */
function onKey(editing: ItemFormEditing, event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  event.stopPropagation();
  editing.closeEditor();
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
    @submit=${(e: SubmitEvent) => submit(editing, e)}
    @keydown=${(e: KeyboardEvent) => onKey(editing, e)}
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

/** Its styles, adopted when it loads (lazy-styles.ts). */
export const styles = css`
  .item-form {
    display: grid;
    gap: 0.5rem;
    padding: 0.5rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .item-form .field {
    margin: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .intensity-choice {
    border: none;
    margin: 0;
    padding: 0;
  }
  .intensity-choice legend {
    font-weight: 700;
    padding: 0;
  }
`;
