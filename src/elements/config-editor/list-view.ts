/**
 * The parts the ATP grid's and the checklist's outlines are built of: a labelled field bound to a value of
 * the draft, and a list of entries (groups, suggestions, levels, principles, statuses…), each a fieldset with
 * its fields and its buttons (entry-actions-view.ts: move up, move down, duplicate, delete, Alt + ↑ / ↓ to move),
 * and an "Add" button.
 * A view: it reads the draft and calls back; the edits are core functions (shared/list-edit.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  canRemoveListEntry,
  listOf,
  readIdList,
  valueAt,
  type ConfigEditorStrings,
  type ListSpec,
} from '../../core/index.js';
import { entryMoveKeys, renderEntryActions } from './entry-actions-view.js';

/** What the outline calls back for a list edit (list-edits.ts). */
export interface ListEditsApi {
  onAdd(def: ListDef): void;
  onRemove(def: ListDef, index: number): void;
  onDuplicate(def: ListDef, index: number): void;
  onMove(def: ListDef, index: number, delta: number): void;
  onField(def: ListDef, index: number, field: string | undefined, value: unknown): void;
  onValue(at: readonly string[], value: unknown, optional?: boolean): void;
}

export interface ListViewContext {
  doc: unknown;
  strings: ConfigEditorStrings;
  edits: ListEditsApi;
}

/** One field of an entry: a text (one line or several), a number, or a choice. */
export interface FieldDef {
  /** The entry's key; `undefined` for a list of texts (the entry is the text). */
  key: string | undefined;
  label: string;
  multiline?: boolean;
  type?: 'text' | 'number';
  options?: { value: string; label: string }[];
  disabled?: boolean;
  /** A note under the field (why it is disabled). */
  note?: string;
  /** Names the control when two fields edit one key (`relatesTo-widgets`); default: the key. */
  name?: string;
  /** With `options`: a checkbox for each, the value being the list of the checked ones. */
  multiple?: boolean;
  /** Ids typed on one line, commas between them (core readIdList), written when the field is left. */
  idList?: boolean;
  /** The part of the value at `key` the field shows, and that value with the part set (`relatesTo.widgets`). */
  read?(value: unknown): unknown;
  write?(value: unknown, part: unknown): unknown;
}

/** A list of the outline. */
export interface ListDef {
  spec: ListSpec;
  /** What the core fills in when the draft leaves the list out (the checklist's default statuses, groups). */
  seed?: readonly unknown[];
  title: string;
  /** The noun of one entry, with its article ("le groupe"). */
  noun: string;
  newText: string;
  fields(entry: unknown, index: number, list: readonly unknown[]): FieldDef[];
  /** The words that name an entry ("Cadres"). */
  label(entry: unknown): string;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** A list's key in control ids: `groups`, `categories-fears-suggestions`. */
export const listKey = (spec: ListSpec): string => spec.at.join('-');
/** The id of an entry's field control, the same after a re-render so that the focus can be put back. */
export const entryFieldId = (spec: ListSpec, index: number, key: string | undefined): string =>
  `l-${listKey(spec)}-${index}-${key ?? 'text'}`;
/** The id of a value's field control. */
export const valueFieldId = (at: readonly string[]): string => `v-${at.join('-')}`;

/** The accessible name of an entry: "le groupe 2 « Cadres »". */
export function entryName(ctx: ListViewContext, def: ListDef, index: number): string {
  const list = listOf(ctx.doc, def.spec, def.seed);
  // A principle's whole text would make every button's name a paragraph: its start names it well enough.
  const label = def.label(list[index]).trim();
  return ctx.strings.ceEntry(def.noun, index + 1, label.length > 60 ? `${label.slice(0, 57).trimEnd()}…` : label);
}

/** The name of a field's control, in its id and its `data-field`. */
const fieldName = (field: Pick<FieldDef, 'key' | 'name'>): string => field.name ?? field.key ?? 'text';

/** Checkboxes, one for each option, in a group named by the field and its entry. */
function choices(
  id: string,
  accessible: string,
  field: FieldDef,
  value: unknown,
  onInput: (value: unknown) => void,
): TemplateResult {
  const checked = Array.isArray(value) ? value : [];
  const options = field.options ?? [];
  return html`<fieldset class="field choices" aria-label=${accessible}>
    <legend>${field.label}</legend>
    ${options.map(
      (o) =>
        html`<label class="choice"
          ><input
            type="checkbox"
            id=${`${id}-${o.value}`}
            data-field=${`${fieldName(field)}-${o.value}`}
            .checked=${live(checked.includes(o.value))}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              // In the options' order, whatever the order of the clicks.
              onInput(options.map((x) => x.value).filter((v) => (v === o.value ? on : checked.includes(v))));
            }}
          />${o.label}</label
        >`,
    )}
  </fieldset>`;
}

/** Ids typed on one line; read (and the field tidied) when it is left, not at each key. */
function idList(id: string, accessible: string, field: FieldDef, value: unknown, onInput: (value: unknown) => void) {
  return html`<input
    id=${id}
    aria-label=${accessible}
    data-field=${fieldName(field)}
    .value=${Array.isArray(value) ? value.join(', ') : ''}
    @change=${(e: Event) => {
      const target = e.target as HTMLInputElement;
      const ids = readIdList(target.value);
      target.value = ids.join(', ');
      onInput(ids);
    }}
  />`;
}

function control(
  id: string,
  accessible: string | undefined,
  field: Pick<FieldDef, 'multiline' | 'type' | 'options' | 'disabled' | 'key' | 'name'>,
  value: unknown,
  onInput: (value: unknown) => void,
): TemplateResult {
  const read = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (field.type !== 'number') return onInput(target.value);
    // An empty or partial number is left to the JSON pane's checks: the field says what was typed.
    onInput(target.value === '' || Number.isNaN(target.valueAsNumber) ? target.value : target.valueAsNumber);
  };
  if (field.options)
    return html`<select
      id=${id}
      aria-label=${accessible ?? nothing}
      data-field=${fieldName(field)}
      ?disabled=${field.disabled}
      @change=${(e: Event) => {
        const raw = (e.target as HTMLSelectElement).value;
        onInput(field.type === 'number' ? Number(raw) : raw);
      }}
    >
      ${field.options.map(
        (o) => html`<option value=${o.value} ?selected=${o.value === asText(value)}>${o.label}</option>`,
      )}
    </select>`;
  if (field.multiline)
    return html`<textarea
      id=${id}
      rows="2"
      aria-label=${accessible ?? nothing}
      data-field=${fieldName(field)}
      .value=${live(asText(value))}
      @input=${read}
    ></textarea>`;
  return html`<input
    id=${id}
    type=${field.type ?? 'text'}
    aria-label=${accessible ?? nothing}
    data-field=${fieldName(field)}
    .value=${live(asText(value))}
    @input=${read}
  />`;
}

/** A field bound to the value at `at` of the draft (title, a column's heading, a threshold…). */
export function renderValue(
  ctx: ListViewContext,
  at: readonly string[],
  label: string,
  options: Omit<FieldDef, 'key' | 'label'> & { optional?: boolean; value?: unknown } = {},
): TemplateResult {
  const id = valueFieldId(at);
  const value = 'value' in options ? options.value : valueAt(ctx.doc, at);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${control(id, undefined, { ...options, key: at.join('.') }, value, (v) =>
      ctx.edits.onValue(at, v, options.optional),
    )}
    ${options.note ? html`<p class="hint">${options.note}</p>` : nothing}
  </div>`;
}

function tools(ctx: ListViewContext, def: ListDef, index: number, count: number, name: string): TemplateResult {
  const s = ctx.strings;
  return renderEntryActions({
    strings: s,
    index,
    count,
    names: {
      up: s.ceMoveUpEntry(name),
      down: s.ceMoveDownEntry(name),
      duplicate: s.ceDuplicateEntry(name),
      delete: s.ceDeleteEntry(name),
    },
    movable: !def.spec.fixedOrder,
    duplicable: Boolean(def.spec.copy),
    removable: canRemoveListEntry(ctx.doc, def.spec, index, def.seed),
    onMove: (delta) => ctx.edits.onMove(def, index, delta),
    onDuplicate: () => ctx.edits.onDuplicate(def, index),
    onDelete: () => ctx.edits.onRemove(def, index),
  });
}

function renderEntry(ctx: ListViewContext, def: ListDef, list: readonly unknown[], index: number): TemplateResult {
  const entry = list[index];
  const name = entryName(ctx, def, index);
  return html`<li
    class="node"
    data-list=${listKey(def.spec)}
    data-index=${index}
    @keydown=${entryMoveKeys(!def.spec.fixedOrder, (delta) => ctx.edits.onMove(def, index, delta))}
  >
    <fieldset part="outline-node">
      <legend>${name}</legend>
      <div class="node-fields">
        ${def.fields(entry, index, list).map((field) => {
          const id = entryFieldId(def.spec, index, fieldName(field));
          const held = field.key === undefined ? entry : asObject(entry)[field.key];
          const value = field.read ? field.read(held) : held;
          const accessible = ctx.strings.ceFieldOfEntry(field.label, name);
          const onInput = (v: unknown) =>
            ctx.edits.onField(def, index, field.key, field.write ? field.write(held, v) : v);
          if (field.multiple) return choices(id, accessible, field, value, onInput);
          return html`<div class="field">
            <label for=${id}>${field.label}</label>
            ${field.idList ? idList(id, accessible, field, value, onInput) : control(id, accessible, field, value, onInput)}
            ${field.note ? html`<p class="hint">${field.note}</p>` : nothing}
          </div>`;
        })}
      </div>
      ${tools(ctx, def, index, list.length, name)}
    </fieldset>
  </li>`;
}

/** A list with its title, its entries and its "Add" button. */
export function renderList(ctx: ListViewContext, def: ListDef, note?: string): TemplateResult {
  const list = listOf(ctx.doc, def.spec, def.seed);
  const key = listKey(def.spec);
  return html`<section class="list" aria-labelledby=${`t-${key}`}>
    <h4 id=${`t-${key}`}>${def.title}</h4>
    ${note ? html`<p class="hint">${note}</p>` : nothing}
    <ol class="tree">
      ${list.map((_, index) => renderEntry(ctx, def, list, index))}
    </ol>
    <button
      type="button"
      class="button add"
      part="button"
      data-action="add"
      data-list=${key}
      @click=${() => ctx.edits.onAdd(def)}
    >
      ${ctx.strings.ceAddTo(def.title)}
    </button>
  </section>`;
}
