/**
 * The questionnaire's outline: its title, id and version, then sections › subsections › questions, each a
 * fieldset with its labelled fields, its buttons (entry-actions-view.ts) and one to add a child.
 * Alt + ↑ / ↓ in a node moves it. A view: it reads the draft's object and calls back; edits are core functions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ConfigEditorStrings, OutlinePath } from '../../core/index.js';
import { entryMoveKeys, renderEntryActions } from './entry-actions-view.js';

type Json = Record<string, unknown>;

export interface OutlineViewContext {
  doc: unknown;
  strings: ConfigEditorStrings;
  /** The text is not JSON at the moment: the outline shows its last readable version. */
  stale: boolean;
  canRemove(path: OutlinePath): boolean;
  onField(path: OutlinePath | [], field: string, value: string): void;
  onAdd(parent: [] | [number] | [number, number]): void;
  onDuplicate(path: OutlinePath): void;
  onDelete(path: OutlinePath): void;
  onMove(path: OutlinePath, delta: number): void;
}

const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The id of a field's control: `f-<path>-<field>`, the same after a re-render, so focus can be put back. */
export const fieldId = (path: readonly number[], field: string): string => `f-${path.join('-')}-${field}`;

/** The accessible name of a node: "section 2 « Governance »". */
export function nodeName(strings: ConfigEditorStrings, doc: unknown, path: readonly number[]): string {
  let node: unknown = doc;
  const keys = ['sections', 'subsections', 'questions'];
  for (let depth = 0; depth < path.length; depth++)
    node = asList(asObject(node)[keys[depth] as string])[path[depth] as number];
  const n = (path[path.length - 1] ?? 0) + 1;
  const o = asObject(node);
  if (path.length === 1) return strings.ceSection(n, asText(o.title));
  if (path.length === 2) return strings.ceSubsection(n, asText(o.title));
  return strings.ceQuestion(n, asText(o.label));
}

function field(
  ctx: OutlineViewContext,
  path: OutlinePath | [],
  name: string,
  label: string,
  value: unknown,
  node: string | undefined,
  multiline = false,
): TemplateResult {
  const id = fieldId(path, name);
  const accessible = node ? ctx.strings.ceFieldOf(label, node) : label;
  const onInput = (event: Event) =>
    ctx.onField(path, name, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${
      multiline
        ? html`<textarea
            id=${id}
            rows="2"
            aria-label=${accessible}
            data-field=${name}
            .value=${live(asText(value))}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            aria-label=${accessible}
            data-field=${name}
            .value=${live(asText(value))}
            @input=${onInput}
          />`
    }
  </div>`;
}

function tools(ctx: OutlineViewContext, path: OutlinePath, count: number, name: string): TemplateResult {
  const s = ctx.strings;
  return renderEntryActions({
    strings: s,
    index: path[path.length - 1] as number,
    count,
    names: { up: s.ceMoveUp(name), down: s.ceMoveDown(name), duplicate: s.ceDuplicate(name), delete: s.ceDelete(name) },
    movable: true,
    duplicable: true,
    removable: ctx.canRemove(path),
    onMove: (delta) => ctx.onMove(path, delta),
    onDuplicate: () => ctx.onDuplicate(path),
    onDelete: () => ctx.onDelete(path),
  });
}

function renderNode(ctx: OutlineViewContext, path: OutlinePath, node: Json, count: number): TemplateResult {
  const s = ctx.strings;
  const name = nodeName(s, ctx.doc, path);
  const depth = path.length;
  const children = asList(node[depth === 1 ? 'subsections' : 'questions']);
  const text = depth === 3 ? field(ctx, path, 'label', s.ceFieldLabel, node.label, name, true) : nothing;
  return html`<li
    class="node node--${depth}"
    data-node=${path.join('-')}
    @keydown=${entryMoveKeys(true, (delta) => ctx.onMove(path, delta))}
  >
    <fieldset part="outline-node">
      <legend>${name}</legend>
      <div class="node-fields">
        ${depth < 3 ? field(ctx, path, 'title', s.ceFieldTitle, node.title, name) : text}
        ${field(ctx, path, 'id', s.ceFieldId, node.id, name)}
        ${depth === 3 ? field(ctx, path, 'help', s.ceFieldHelp, node.help, name, true) : nothing}
      </div>
      ${tools(ctx, path, count, name)}
      ${
        depth < 3
          ? html`<ol class="children">
                ${children.map((child, i) =>
                  renderNode(ctx, [...path, i] as OutlinePath, asObject(child), children.length),
                )}
              </ol>
              <button
                type="button"
                class="button add"
                part="button"
                data-action="add"
                @click=${() => ctx.onAdd(path as [number] | [number, number])}
              >
                ${depth === 1 ? s.ceAddSubsection(name) : s.ceAddQuestion(name)}
              </button>`
          : nothing
      }
    </fieldset>
  </li>`;
}

export function renderOutline(ctx: OutlineViewContext): TemplateResult {
  const s = ctx.strings;
  const root = asObject(ctx.doc);
  const sections = asList(root.sections);
  return html`<div class="outline" part="outline">
    ${ctx.stale ? html`<p class="notice" part="notice">${s.ceOutlineStale}</p>` : nothing}
    <div class="root-fields">
      ${field(ctx, [], 'title', s.ceFieldTitle, root.title, undefined)}
      ${field(ctx, [], 'id', s.ceFieldId, root.id, undefined)}
      ${field(ctx, [], 'version', s.ceFieldVersion, root.version, undefined)}
    </div>
    <p class="hint">${s.ceMoveHint}</p>
    <ol class="tree">
      ${sections.map((section, i) => renderNode(ctx, [i], asObject(section), sections.length))}
    </ol>
    <button type="button" class="button add" part="button" data-action="add-section" @click=${() => ctx.onAdd([])}>
      ${s.ceAddSection}
    </button>
  </div>`;
}
