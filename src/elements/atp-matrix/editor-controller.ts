/**
 * The grid's editing in <coop-atp-matrix>: the item editor (which cell, which item, a missing text), renaming,
 * adding, moving and removing groups (with the dialog that asks first), a group's trust — and where focus goes
 * after each. Every change goes through the element's `change()`, which commits it and fires `coop-atp-change`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import {
  addGroup,
  addItem,
  moveGroup,
  removeGroup,
  removeItem,
  renameGroup,
  restoreGroup,
  restoreItem,
  setTrust,
  updateItem,
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
}

export class EditorController implements ReactiveController {
  private current: EditorState = {
    editor: undefined,
    textMissing: false,
    renaming: undefined,
    groupNameMissing: false,
    removingGroup: undefined,
    menu: undefined,
  };

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: EditorSource,
  ) {
    host.addController(this);
  }

  /** Nothing to set up: the editing lives as long as its element (the hook makes this a ReactiveController). */
  hostConnected(): void {}

  get state(): Readonly<EditorState> {
    return this.current;
  }

  /** Like a @state: a render only when something changed. */
  private patch(next: Partial<EditorState>): void {
    const changed = (Object.keys(next) as (keyof EditorState)[]).some((key) => next[key] !== this.current[key]);
    this.current = { ...this.current, ...next };
    if (changed) this.host.requestUpdate();
  }

  /** The document, unless there is none yet or it is read-only. */
  private editable(): AtpData | undefined {
    return this.source.readonly() ? undefined : this.source.data();
  }

  private focus(selector: string): void {
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

  onItemSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const editor = this.current.editor;
    const current = this.editable();
    if (!editor || !current) return;
    const values = new FormData(event.target as HTMLFormElement);
    const text = String(values.get('text') ?? '').trim();
    if (!text) {
      this.patch({ textMissing: true });
      this.focus('.item-form input[name="text"]');
      return;
    }
    const intensity = Number(values.get('intensity') ?? 0);
    const note = String(values.get('note') ?? '').trim();
    const s = this.source.strings();
    const group = current.groups.find((g) => g.id === editor.groupId);
    if (editor.itemId) {
      const patch: Partial<Omit<AtpItem, 'id'>> = { text, intensity, note };
      const data = updateItem(current, editor.groupId, editor.itemId, patch);
      this.closeEditor();
      if (data === current) return; // nothing changed: no event, no write
      this.source.change(data, 'update-item', editor.groupId, editor.itemId, s.amAnnounceUpdated);
    } else {
      const added = addItem(current, editor.groupId, {
        category: editor.category,
        text,
        intensity,
        ...(note ? { note } : {}),
      });
      this.closeEditor();
      this.source.change(
        added.data,
        'add-item',
        editor.groupId,
        added.id,
        s.amAnnounceAdded(group?.label ?? '', this.source.categoryLabel(editor.category)),
      );
    }
  };

  onEditorKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.closeEditor();
    }
  };

  onRemoveItem = (group: AtpGroup, item: AtpItem, category: AtpCategory): void => {
    const current = this.editable();
    if (!current) return;
    const index = group.items.findIndex((i) => i.id === item.id);
    const data = removeItem(current, group.id, item.id);
    const s = this.source.strings();
    this.source.change(data, 'remove-item', group.id, item.id, s.amAnnounceRemoved);
    this.source.offerUndo({
      message: s.amItemRemovedNotice(item.text),
      restore: (now) => restoreItem(now, group.id, item, index),
      action: 'add-item',
      groupId: group.id,
      itemId: item.id,
      focus: `[data-cell="${CSS.escape(group.id)}:${category}"] [data-item="${CSS.escape(item.id)}"] .edit`,
    });
  };

  // ---------------------------------------------------------------- groups

  onTrust = (group: AtpGroup, event: Event): void => {
    const current = this.editable();
    if (!current) return;
    const raw = (event.target as HTMLSelectElement).value;
    this.source.change(setTrust(current, group.id, raw === '' ? null : Number(raw)), 'set-trust', group.id);
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
    const current = this.editable();
    if (!current) return;
    const label = String(new FormData(event.target as HTMLFormElement).get('label') ?? '').trim();
    this.patch({ renaming: undefined });
    this.focus(`[data-group="${CSS.escape(group.id)}"] .row-menu-button`);
    if (label && label !== group.label)
      this.source.change(renameGroup(current, group.id, label), 'rename-group', group.id);
  };

  /** `buttonClass`: the button pressed, which keeps focus unless the move disabled it. */
  onMove = (group: AtpGroup, delta: number, buttonClass: string): void => {
    const current = this.editable();
    if (!current) return;
    const index = current.groups.findIndex((g) => g.id === group.id);
    const to = index + delta;
    if (to < 0 || to >= current.groups.length) return;
    const data = moveGroup(current, group.id, to);
    const total = data.groups.length;
    this.source.focusAfterUpdate(() => {
      const row = this.host.renderRoot.querySelector(`[data-group="${CSS.escape(group.id)}"]`);
      // At the top or bottom the pressed button is disabled: keep focus on the other one.
      const button =
        row?.querySelector<HTMLButtonElement>(`.${buttonClass}:not([disabled])`) ??
        row?.querySelector<HTMLButtonElement>('.move-up:not([disabled]), .move-down:not([disabled])');
      button?.focus();
    });
    this.source.change(
      data,
      'move-group',
      group.id,
      undefined,
      this.source.strings().amAnnounceGroupMoved(group.label, to + 1, total),
    );
  };

  /** A group with items is removed only once the dialog is confirmed. */
  askRemoveGroup = (group: AtpGroup): void => {
    this.patch({ menu: undefined });
    if (!group.items.length) {
      this.removeGroupNow(group);
      return;
    }
    this.patch({ removingGroup: group });
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.remove-group')?.showModal(),
    );
  };

  private removeGroupNow(group: AtpGroup): void {
    const current = this.editable();
    if (!current) return;
    const index = current.groups.findIndex((g) => g.id === group.id);
    const removed = current.groups[index];
    if (!removed) return;
    const s = this.source.strings();
    this.source.change(
      removeGroup(current, group.id),
      'remove-group',
      group.id,
      undefined,
      s.amAnnounceGroupRemoved(group.label),
    );
    this.source.offerUndo({
      message: s.amGroupRemovedNotice(group.label),
      restore: (now) => restoreGroup(now, removed, index),
      action: 'add-group',
      groupId: group.id,
      focus: `[data-group="${CSS.escape(group.id)}"] .group-name`,
    });
  }

  onRemoveGroupDialog = (event: SubmitEvent): void => {
    const group = this.current.removingGroup;
    this.patch({ removingGroup: undefined });
    if ((event.submitter as HTMLButtonElement | null)?.value === 'remove' && group) this.removeGroupNow(group);
    else if (group) this.focus(`[data-group="${CSS.escape(group.id)}"] .row-menu-button`);
  };
}
