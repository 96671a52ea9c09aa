/**
 * The grid's editing in <coop-atp-matrix>: the item editor (which cell, which item, a missing text), the new
 * group's form, the row menu and the renaming form — the state the grid draws, what opens at once — and where focus
 * goes. What each edit does to the data is in grid-edits.ts, and the item form with what its submit does in
 * item-form-view.ts, both loaded right after the first paint. Every change goes through the element's `change()`,
 * which commits it and fires `coop-atp-change`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { AtpCategory, AtpData, AtpGroup, AtpItem, Strings } from '../../core/runtime.js';
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
  /** Runs `run` once the item form's module is here (at once when it is), `failed` when it cannot be loaded. */
  withForm: (run: () => void, failed: () => void) => void;
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

  /**
   * Opens the item form in its cell, focus in its text: at once when the form's module is here (fetched right after
   * the first paint), else once it is; when it cannot be loaded, the cell says so and focus goes to its "Try again".
   */
  openEditor = (editor: ItemEditor): void => {
    this.patch({ editor, textMissing: false });
    const cell = `[data-cell="${CSS.escape(editor.groupId)}:${editor.category}"]`;
    const focusOn = (selector: string) => () => {
      this.focus(selector);
      this.host.requestUpdate(); // the render that draws what is focused may have passed already
    };
    this.source.withForm(focusOn('.item-form input[name="text"]'), focusOn(`${cell} .retry`));
  };

  /** Focus goes back to the button that opened the editor. */
  closeEditor = (): void => {
    const editor = this.current.editor;
    this.patch({ editor: undefined, textMissing: false });
    if (!editor) return;
    const cell = `[data-cell="${CSS.escape(editor.groupId)}:${editor.category}"]`;
    this.focus(`${cell} ${editor.itemId ? `[data-item="${CSS.escape(editor.itemId)}"] .edit` : '.add'}`);
  };

  onRemoveItem = (group: AtpGroup, item: AtpItem, category: AtpCategory): void => {
    this.source.withEdits((m) => m.removeItemOf(this, group, item, category));
  };

  // ---------------------------------------------------------------- groups

  onTrust = (group: AtpGroup, event: Event): void => {
    const raw = (event.target as HTMLSelectElement).value;
    this.source.withEdits((m) => m.setTrustOf(this, group, raw));
  };

  /** The new group's form: checked and added by grid-edits.ts (what was typed stays in the form meanwhile). */
  onAddGroup = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.source.withEdits((m) => m.addGroupFrom(this, form));
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
}
