/**
 * The list edits of the ATP grid's and the checklist's outlines: each one a core function on the draft's
 * object (shared/list-edit.ts), then the announcement of what happened and where the focus goes next (the
 * added, duplicated or moved entry; the entry before a deleted one).
 */
import {
  addListEntry,
  duplicateListEntry,
  listOf,
  moveListEntry,
  removeListEntry,
  renameListId,
  setDraftValue,
  setListField,
  type ListSpec,
} from '../../core/index.js';
import type { OutlineEditsHost } from './outline-edits.js';
import { entryFieldId, entryName, listKey, valueFieldId, type ListDef, type ListEditsApi } from './list-view.js';

export class ListEdits implements ListEditsApi {
  constructor(private readonly host: OutlineEditsHost) {}

  private get ctx() {
    return { doc: this.host.draft.doc, strings: this.host.editorStrings, edits: this };
  }

  private firstField(def: ListDef, index: number, doc: unknown): string {
    const list = listOf(doc, def.spec, def.seed);
    return `#${entryFieldId(def.spec, index, def.fields(list[index], index, list)[0]?.key)}`;
  }

  readonly onAdd = (def: ListDef) => {
    const { draft, index } = addListEntry(this.host.draft.doc, def.spec, def.newText, undefined, def.seed);
    this.host.draft.edited(draft);
    this.host.announce(this.host.editorStrings.ceAdded(entryName({ ...this.ctx, doc: draft }, def, index)));
    this.host.focusAfter = [this.firstField(def, index, draft)];
  };

  readonly onRemove = (def: ListDef, index: number) => {
    const name = entryName(this.ctx, def, index);
    const draft = removeListEntry(this.host.draft.doc, def.spec, index, def.seed);
    this.host.draft.edited(draft);
    this.host.announce(this.host.editorStrings.ceDeleted(name));
    const near = Math.max(0, index - 1);
    this.host.focusAfter = [this.firstField(def, near, draft), `[data-action="add"][data-list="${listKey(def.spec)}"]`];
  };

  readonly onDuplicate = (def: ListDef, index: number) => {
    const { draft, index: at } = duplicateListEntry(this.host.draft.doc, def.spec, index, def.seed);
    this.host.draft.edited(draft);
    this.host.announce(this.host.editorStrings.ceDuplicated(entryName({ ...this.ctx, doc: draft }, def, at)));
    this.host.focusAfter = [this.firstField(def, at, draft)];
  };

  readonly onMove = (def: ListDef, index: number, delta: number) => {
    const moved = moveListEntry(this.host.draft.doc, def.spec, index, delta, def.seed);
    if (!moved) return;
    const active = this.host.shadowRoot?.activeElement as HTMLElement | null;
    const action = active?.dataset.action;
    const field = active?.dataset.field;
    this.host.draft.edited(moved.draft);
    const count = listOf(moved.draft, def.spec, def.seed).length;
    const name = entryName({ ...this.ctx, doc: moved.draft }, def, moved.index);
    this.host.announce(this.host.editorStrings.ceMoved(name, moved.index + 1, count));
    const entry = `[data-list="${listKey(def.spec)}"][data-index="${moved.index}"]`;
    // The focus stays on the same button of the moved entry while it is enabled, else on its field.
    const fieldTarget =
      field !== undefined
        ? `#${entryFieldId(def.spec, moved.index, field === 'text' ? undefined : field)}`
        : this.firstField(def, moved.index, moved.draft);
    this.host.focusAfter =
      action === 'up' || action === 'down'
        ? [`${entry} > fieldset > .node-tools [data-action="${action}"]:not([disabled])`, fieldTarget]
        : [fieldTarget];
  };

  readonly onField = (def: ListDef, index: number, field: string | undefined, value: unknown) => {
    const draft = setListField(this.host.draft.doc, def.spec, index, field, value, def.seed);
    this.host.draft.edited(draft, `${listKey(def.spec)}.${index}:${field ?? ''}`);
  };

  readonly onValue = (at: readonly string[], value: unknown, optional = false) => {
    this.host.draft.edited(setDraftValue(this.host.draft.doc, at, value, optional), valueFieldId(at));
  };

  /** Gives a renamed entry its old id back (the change report's offer); `kept` says what follows the id. */
  readonly onKeepId = (spec: ListSpec, from: string, to: string, kept: string) => {
    this.host.draft.edited(renameListId(this.host.draft.doc, spec, from, to));
    this.host.announce(kept);
  };
}
