/**
 * The grid's editing in <coop-atp-matrix>: the item editor (which cell, which item, a missing text), adding a
 * group, the row menu and the renaming form — what opens at once — and where focus goes. What each edit does to
 * the data is in grid-edits.ts, loaded right after the first paint. Every change goes through the element's
 * `change()`, which commits it and fires `coop-atp-change`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import {
  addGroup,
  type AtpCategory,
  type AtpData,
  type AtpGroup,
  type AtpItem,
  type Strings,
} from '../../core/runtime.js';
import type { AtpChangeAction } from '../events.js';
import type { UndoOffer } from './undo-controller.js';

/** The item editor open in a cell: a new item there, or `itemId`. */
export interface ItemEditor {
  groupId: string;
  category: AtpCategory;
  itemId?: string;
}

/** What the views read of the editing. */
export interface EditorState {
  editor: ItemEditor | undefined;
  /** The editor was submitted without a text. */
  textMissing: boolean;
  /** The group whose name is being edited. */
  renaming: string | undefined;
  /** The new group's form was submitted without a name. */
  groupNameMissing: boolean;
  /** The group the dialog asks about. */
  removingGroup: AtpGroup | undefined;
  /** The group whose row menu is open. */
  menu: string | undefined;
}

/** What the editing needs of its element. */
export interface EditorSource {
  data: () => AtpData | undefined;
  readonly: () => boolean;
  strings: () => Strings;
  categoryLabel: (category: AtpCategory) => string;
  /** Commits `data`, fires `coop-atp-change` and announces `message` (and a change of posture). */
  change: (data: AtpData, action: AtpChangeAction, groupId: string, itemId?: string, message?: string) => void;
  /** Runs `focus` after the next render (the element's one slot for focus moves). */
  focusAfterUpdate: (focus: () => void) => void;
  /** A deletion happened: offer to undo it. */
  offerUndo: (offer: UndoOffer) => void;
  /** Runs `run` with grid-edits.ts: at once when it is here (fetched right after the first paint), else once it is. */
  withEdits: (run: (m: typeof import('./grid-edits.js')) => void) => void;
}

/** What grid-edits.ts uses of the controller. */
export interface EditorInternals {
  readonly host: ReactiveElement;
  readonly source: EditorSource;
  patch(next: Partial<EditorState>): void;
  editable(): AtpData | undefined;
  focus(selector: string): void;
  closeEditor(): void;
}

export class EditorController implements ReactiveController, EditorInternals {
  private current: EditorState = {
    editor: undefined,
    textMissing: false,
    renaming: undefined,
    groupNameMissing: false,
    removingGroup: undefined,
    menu: undefined,
  };

  constructor(
    readonly host: ReactiveElement,
    readonly source: EditorSource,
  ) {
    host.addController(this);
  }

  /** Nothing to set up: the editing lives as long as its element (the hook makes this a ReactiveController). */
  hostConnected(): void {}

  get state(): Readonly<EditorState> {
    return this.current;
  }

  /** Like a @state: a render only when something changed. */
  patch(next: Partial<EditorState>): void {
    const changed = (Object.keys(next) as (keyof EditorState)[]).some((key) => next[key] !== this.current[key]);
    this.current = { ...this.current, ...next };
    if (changed) this.host.requestUpdate();
  }

  /** The document, unless there is none yet or it is read-only. */
  editable(): AtpData | undefined {
    return this.source.readonly() ? undefined : this.source.data();
  }

  focus(selector: string): void {
    this.source.focusAfterUpdate(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // ---------------------------------------------------------------- items

  openEditor = (editor: ItemEditor): void => {
    this.patch({ editor, textMissing: false });
    this.focus('.item-form input[name="text"]');
  };

  /** Focus goes back to the button that opened the editor. */
  closeEditor = (): void => {
    const editor = this.current.editor;
    this.patch({ editor: undefined, textMissing: false });
    if (!editor) return;
    const cell = `[data-cell="${CSS.escape(editor.groupId)}:${editor.category}"]`;
    this.focus(`${cell} ${editor.itemId ? `[data-item="${CSS.escape(editor.itemId)}"] .edit` : '.add'}`);
  };

  /** A missing text is said at once; the values are saved once grid-edits.ts is here (the form stays meanwhile). */
  onItemSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const editor = this.current.editor;
    if (!editor || !this.editable()) return;
    const values = new FormData(event.target as HTMLFormElement);
    const text = String(values.get('text') ?? '').trim();
    if (!text) {
      this.patch({ textMissing: true });
      this.focus('.item-form input[name="text"]');
      return;
    }
    const intensity = Number(values.get('intensity') ?? 0);
    const note = String(values.get('note') ?? '').trim();
    this.source.withEdits((m) => m.saveItem(this, editor, { text, intensity, note }));
  };

  onEditorKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.closeEditor();
    }
  };

  onRemoveItem = (group: AtpGroup, item: AtpItem, category: AtpCategory): void => {
    this.source.withEdits((m) => m.removeItemOf(this, group, item, category));
  };

  // ---------------------------------------------------------------- groups

  onTrust = (group: AtpGroup, event: Event): void => {
    const raw = (event.target as HTMLSelectElement).value;
    this.source.withEdits((m) => m.setTrustOf(this, group, raw));
  };

  onAddGroup = (event: SubmitEvent): void => {
    event.preventDefault();
    const current = this.editable();
    if (!current) return;
    const form = event.target as HTMLFormElement;
    const label = String(new FormData(form).get('label') ?? '').trim();
    if (!label) {
      this.patch({ groupNameMissing: true });
      this.source.focusAfterUpdate(() => form.querySelector<HTMLElement>('input')?.focus());
      return;
    }
    this.patch({ groupNameMissing: false });
    const { data, id } = addGroup(current, label);
    form.reset();
    this.source.change(data, 'add-group', id, undefined, this.source.strings().amAnnounceGroupAdded(label));
    this.focus(`[data-group="${CSS.escape(id)}"] .group-name`);
  };

  get menu(): string | undefined {
    return this.current.menu;
  }

  toggleMenu = (group: AtpGroup): void => {
    this.patch({ menu: this.current.menu === group.id ? undefined : group.id });
  };

  /** Escape closes the row menu and gives focus back to its button. */
  onMenuKey = (group: AtpGroup, event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.current.menu !== group.id) return;
    event.preventDefault();
    event.stopPropagation();
    this.patch({ menu: undefined });
    this.focus(`[data-group="${CSS.escape(group.id)}"] .row-menu-button`);
  };

  startRename = (group: AtpGroup): void => {
    this.patch({ renaming: group.id, menu: undefined });
    this.focus(`#rename-${CSS.escape(group.id)}`);
  };

  cancelRename = (): void => {
    const group = this.current.renaming;
    this.patch({ renaming: undefined });
    if (group) this.focus(`[data-group="${CSS.escape(group)}"] .row-menu-button`);
  };

  onRename = (group: AtpGroup, event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.editable()) return;
    const label = String(new FormData(event.target as HTMLFormElement).get('label') ?? '').trim();
    this.patch({ renaming: undefined });
    this.focus(`[data-group="${CSS.escape(group.id)}"] .row-menu-button`);
    this.source.withEdits((m) => m.renameTo(this, group, label));
  };

  /** `buttonClass`: the button pressed, which keeps focus unless the move disabled it. */
  onMove = (group: AtpGroup, delta: number, buttonClass: string): void => {
    this.source.withEdits((m) => m.moveBy(this, group, delta, buttonClass));
  };

  /** A group with items is removed only once the dialog is confirmed. */
  askRemoveGroup = (group: AtpGroup): void => {
    this.patch({ menu: undefined });
    this.source.withEdits((m) => m.askRemove(this, group));
  };

  onRemoveGroupDialog = (event: SubmitEvent): void => {
    const group = this.current.removingGroup;
    this.patch({ removingGroup: undefined });
    const remove = (event.submitter as HTMLButtonElement | null)?.value === 'remove';
    if (group) this.source.withEdits((m) => m.settleRemove(this, group, remove));
  };
}
