/**
 * What the grid's editing does to the data: save an item (added or changed), remove one (with the undo offer
 * after), add a group (its name checked first), a group's trust, and what the row menu's buttons do — rename, move,
 * remove a group (asking first when it has items). Loaded right after the first paint (a lazy part of
 * <coop-atp-matrix>): the editor controller keeps the state the grid draws and opens the forms, and calls these
 * once the module is here — at once in practice; meanwhile what the user typed stays in the form.
 */
import { addAtpMatrixEditsStrings } from '../../core/catalogs/atp-matrix-edits.js';
import {
  addGroup,
  addItem,
  moveGroup,
  removeGroup,
  removeItem,
  renameGroup,
  setTrust,
  updateItem,
  type AtpCategory,
  type AtpGroup,
  type AtpItem,
} from '../../core/runtime.js';
import type { EditorInternals, ItemEditor } from './editor-controller.js';

// What it says, with it: out of the first paint.
addAtpMatrixEditsStrings();

/** What the item form holds once checked (a text is there). */
export interface ItemValues {
  text: string;
  intensity: number;
  note: string;
}

/** Saves the item form's values: a new item in its cell, or the one edited; then closes the form. */
export function saveItem(editor: EditorInternals, at: ItemEditor, values: ItemValues): void {
  const current = editor.editable();
  if (!current) return;
  const { text, intensity, note } = values;
  const s = editor.source.strings();
  const group = current.groups.find((g) => g.id === at.groupId);
  if (at.itemId) {
    const data = updateItem(current, at.groupId, at.itemId, { text, intensity, note });
    editor.closeEditor();
    if (data === current) return; // nothing changed: no event, no write
    editor.source.change(data, 'update-item', at.groupId, at.itemId, s.amAnnounceUpdated);
  } else {
    const added = addItem(current, at.groupId, { category: at.category, text, intensity, ...(note ? { note } : {}) });
    editor.closeEditor();
    const where = s.amAnnounceAdded(group?.label ?? '', editor.source.categoryLabel(at.category));
    editor.source.change(added.data, 'add-item', at.groupId, added.id, where);
  }
}

export function removeItemOf(editor: EditorInternals, group: AtpGroup, item: AtpItem, category: AtpCategory): void {
  const current = editor.editable();
  if (!current) return;
  const index = group.items.findIndex((i) => i.id === item.id);
  const data = removeItem(current, group.id, item.id);
  const s = editor.source.strings();
  editor.source.change(data, 'remove-item', group.id, item.id, s.amAnnounceRemoved);
  editor.source.offerUndo({
    message: s.amItemRemovedNotice(item.text),
    restore: (now, core) => core.restoreItem(now, group.id, item, index),
    action: 'add-item',
    groupId: group.id,
    itemId: item.id,
    focus: `[data-cell="${CSS.escape(group.id)}:${category}"] [data-item="${CSS.escape(item.id)}"] .edit`,
  });
}

/** The new group's form: a missing name is said; else the group is added at the end, focus on its name. */
export function addGroupFrom(editor: EditorInternals, form: HTMLFormElement): void {
  const current = editor.editable();
  if (!current) return;
  const label = String(new FormData(form).get('label') ?? '').trim();
  if (!label) {
    editor.patch({ groupNameMissing: true });
    editor.source.focusAfterUpdate(() => form.querySelector<HTMLElement>('input')?.focus());
    return;
  }
  editor.patch({ groupNameMissing: false });
  const { data, id } = addGroup(current, label);
  form.reset();
  editor.source.change(data, 'add-group', id, undefined, editor.source.strings().amAnnounceGroupAdded(label));
  editor.focus(`[data-group="${CSS.escape(id)}"] .group-name`);
}

/** `raw`: the trust select's value, empty for "not rated". */
export function setTrustOf(editor: EditorInternals, group: AtpGroup, raw: string): void {
  const current = editor.editable();
  if (current)
    editor.source.change(setTrust(current, group.id, raw === '' ? null : Number(raw)), 'set-trust', group.id);
}

/** Saves a group's new name (nothing when it is empty or unchanged). */
export function renameTo(editor: EditorInternals, group: AtpGroup, label: string): void {
  const current = editor.editable();
  if (current && label && label !== group.label)
    editor.source.change(renameGroup(current, group.id, label), 'rename-group', group.id);
}

/** `buttonClass`: the button pressed, which keeps focus unless the move disabled it. */
export function moveBy(editor: EditorInternals, group: AtpGroup, delta: number, buttonClass: string): void {
  const current = editor.editable();
  if (!current) return;
  const index = current.groups.findIndex((g) => g.id === group.id);
  const to = index + delta;
  if (to < 0 || to >= current.groups.length) return;
  const data = moveGroup(current, group.id, to);
  const total = data.groups.length;
  editor.source.focusAfterUpdate(() => {
    const row = editor.host.renderRoot.querySelector(`[data-group="${CSS.escape(group.id)}"]`);
    // At the top or bottom the pressed button is disabled: keep focus on the other one.
    const button =
      row?.querySelector<HTMLButtonElement>(`.${buttonClass}:not([disabled])`) ??
      row?.querySelector<HTMLButtonElement>('.move-up:not([disabled]), .move-down:not([disabled])');
    button?.focus();
  });
  const s = editor.source.strings();
  editor.source.change(data, 'move-group', group.id, undefined, s.amAnnounceGroupMoved(group.label, to + 1, total));
}

/** A group with items is removed only once the dialog is confirmed. */
export function askRemove(editor: EditorInternals, group: AtpGroup): void {
  if (!group.items.length) {
    removeNow(editor, group);
    return;
  }
  editor.patch({ removingGroup: group });
  void editor.host.updateComplete.then(() =>
    editor.host.renderRoot.querySelector<HTMLDialogElement>('dialog.remove-group')?.showModal(),
  );
}

/** The dialog's answer: `remove` removes the group asked about; else focus goes back to its row menu. */
export function settleRemove(editor: EditorInternals, group: AtpGroup, remove: boolean): void {
  if (remove) removeNow(editor, group);
  else editor.focus(`[data-group="${CSS.escape(group.id)}"] .row-menu-button`);
}

function removeNow(editor: EditorInternals, group: AtpGroup): void {
  const current = editor.editable();
  if (!current) return;
  const index = current.groups.findIndex((g) => g.id === group.id);
  const removed = current.groups[index];
  if (!removed) return;
  const s = editor.source.strings();
  editor.source.change(
    removeGroup(current, group.id),
    'remove-group',
    group.id,
    undefined,
    s.amAnnounceGroupRemoved(group.label),
  );
  editor.source.offerUndo({
    message: s.amGroupRemovedNotice(group.label),
    restore: (now, core) => core.restoreGroup(now, removed, index),
    action: 'add-group',
    groupId: group.id,
    focus: `[data-group="${CSS.escape(group.id)}"] .group-name`,
  });
}
