/**
 * The outline's edits: each one a core function on the draft's object (edit.ts in the core), then the
 * announcement of what happened and where the focus goes next (the moved, added or duplicated node; the node
 * before a deleted one).
 */
import {
  addOutlineEntry,
  duplicateOutlineEntry,
  keepQuestionId,
  moveOutlineEntry,
  removeOutlineEntry,
  setOutlineField,
  type ConfigEditorStrings,
  type OutlinePath,
} from '../../core/index.js';
import type { DraftController } from './draft-controller.js';
import { fieldId, nodeName } from './outline-view.js';

export interface OutlineEditsHost {
  readonly draft: DraftController;
  readonly editorStrings: ConfigEditorStrings;
  readonly shadowRoot: ShadowRoot | null;
  announce(message: string): void;
  /** Selectors of the control to focus after the next render, the first that exists. */
  focusAfter?: string[] | undefined;
}

export class OutlineEdits {
  constructor(private readonly host: OutlineEditsHost) {}

  private get newTexts() {
    const s = this.host.editorStrings;
    return { section: s.ceNewSection, subsection: s.ceNewSubsection, question: s.ceNewQuestion };
  }

  readonly onField = (path: OutlinePath | [], field: string, value: string) => {
    const doc = path.length
      ? setOutlineField(this.host.draft.doc, path, field, value)
      : { ...(this.host.draft.doc as object), [field]: value };
    this.host.draft.edited(doc, `${path.join('.')}:${field}`);
  };

  readonly onAdd = (parent: [] | [number] | [number, number]) => {
    const { draft: doc, path } = addOutlineEntry(this.host.draft.doc, parent, this.newTexts);
    this.host.draft.edited(doc);
    this.host.announce(this.host.editorStrings.ceAdded(nodeName(this.host.editorStrings, doc, path)));
    this.host.focusAfter = [`#${fieldId(path, path.length === 3 ? 'label' : 'title')}`];
  };

  readonly onDuplicate = (path: OutlinePath) => {
    const result = duplicateOutlineEntry(this.host.draft.doc, path);
    this.host.draft.edited(result.draft);
    this.host.announce(
      this.host.editorStrings.ceDuplicated(nodeName(this.host.editorStrings, result.draft, result.path)),
    );
    this.host.focusAfter = [`#${fieldId(result.path, result.path.length === 3 ? 'label' : 'title')}`];
  };

  readonly onDelete = (path: OutlinePath) => {
    const name = nodeName(this.host.editorStrings, this.host.draft.doc, path);
    this.host.draft.edited(removeOutlineEntry(this.host.draft.doc, path));
    this.host.announce(this.host.editorStrings.ceDeleted(name));
    const index = path[path.length - 1] as number;
    const near = [...path.slice(0, -1), Math.max(0, index - 1)];
    this.host.focusAfter = [`#${fieldId(near, near.length === 3 ? 'label' : 'title')}`];
  };

  readonly onMove = (path: OutlinePath, delta: number) => {
    const moved = moveOutlineEntry(this.host.draft.doc, path, delta);
    if (!moved) return;
    const active = this.host.shadowRoot?.activeElement as HTMLElement | null;
    const field = active?.dataset.field;
    const action = active?.dataset.action;
    this.host.draft.edited(moved.draft);
    const parent = moved.path.length === 1 ? moved.draft : undefined;
    const siblings = parent
      ? ((parent as { sections?: unknown[] }).sections?.length ?? 0)
      : countSiblings(moved.draft, moved.path);
    const index = (moved.path[moved.path.length - 1] as number) + 1;
    this.host.announce(
      this.host.editorStrings.ceMoved(nodeName(this.host.editorStrings, moved.draft, moved.path), index, siblings),
    );
    const target = `#${fieldId(moved.path, field ?? (moved.path.length === 3 ? 'label' : 'title'))}`;
    // The focus stays on the same button of the moved node while it is enabled, else on its field.
    const button = `[data-node="${moved.path.join('-')}"] > fieldset > .node-tools [data-action="${action}"]:not([disabled])`;
    this.host.focusAfter = action === 'up' || action === 'down' ? [button, target] : [target];
  };

  readonly onKeep = (from: string, to: string) => {
    this.host.draft.edited(keepQuestionId(this.host.draft.doc, from, to));
    this.host.announce(this.host.editorStrings.ceKept(from));
  };
}

function countSiblings(doc: unknown, path: OutlinePath): number {
  const keys = ['sections', 'subsections', 'questions'];
  let node: unknown = doc;
  for (let depth = 0; depth < path.length - 1; depth++) {
    node = ((node as Record<string, unknown[]>)[keys[depth] as string] ?? [])[path[depth] as number];
  }
  return ((node as Record<string, unknown[]> | undefined)?.[keys[path.length - 1] as string] ?? []).length;
}
