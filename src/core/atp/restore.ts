/**
 * Undo of a deletion in the grid: an item or a group put back exactly as it was, same id, same place. (Actions
 * have their own, restoreAction() in actions.ts.) Like model.ts, the input is never changed and is returned itself
 * when there is nothing to do.
 */
import type { AtpData, AtpGroup, AtpItem } from './schema.js';

const clamp = (index: number, length: number) => Math.min(Math.max(0, Math.trunc(index) || 0), length);

/**
 * Puts a removed item back in its group at `index` (its place among all the group's items, clamped). Nothing when
 * the group is gone or already has an item with that id.
 */
export function restoreItem(data: AtpData, groupId: string, item: AtpItem, index: number): AtpData {
  const at = data.groups.findIndex((g) => g.id === groupId);
  const group = data.groups[at];
  if (!group || group.items.some((i) => i.id === item.id)) return data;
  const items = [...group.items];
  items.splice(clamp(index, items.length), 0, item);
  const groups = [...data.groups];
  groups[at] = { ...group, items };
  return { ...data, groups };
}

/** Puts a removed group (with its items and trust) back at `index` (clamped). Nothing when its id is taken. */
export function restoreGroup(data: AtpData, group: AtpGroup, index: number): AtpData {
  if (data.groups.some((g) => g.id === group.id)) return data;
  const groups = [...data.groups];
  groups.splice(clamp(index, groups.length), 0, group);
  return { ...data, groups };
}
