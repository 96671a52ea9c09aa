/**
 * The pure functions that edit a grid once drawn: rename, move and remove a group, rate its trust, add, change and
 * remove an item. Out of the grid's first paint: the element's edits (src/elements/atp-matrix/grid-edits.ts) load
 * them right after it. Like model.ts, each returns new data and never changes its input (unchanged groups are
 * shared, not copied); when there is nothing to do (an unknown id, an empty text, a value that is not a number
 * ≥ 0) it returns its input itself, so `next === data` tells the caller that nothing changed.
 */
import { ATP_CATEGORIES, type AtpCategory, type AtpData, type AtpGroup, type AtpItem } from './schema.js';

const isCategory = (x: unknown): x is AtpCategory => (ATP_CATEGORIES as readonly unknown[]).includes(x);
const isIntensity = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

function withGroup(data: AtpData, groupId: string, change: (group: AtpGroup) => AtpGroup | undefined): AtpData {
  const index = data.groups.findIndex((g) => g.id === groupId);
  const group = data.groups[index];
  if (!group) return data;
  const next = change(group);
  if (!next || next === group) return data;
  const groups = [...data.groups];
  groups[index] = next;
  return { ...data, groups };
}

/** Renames a group (the label is trimmed; an empty one changes nothing). */
export function renameGroup(data: AtpData, groupId: string, label: string): AtpData {
  const name = label.trim();
  if (!name) return data;
  return withGroup(data, groupId, (g) => (g.label === name ? g : { ...g, label: name }));
}

/** Moves a group to `toIndex` (clamped to the list), the others keeping their order. */
export function moveGroup(data: AtpData, groupId: string, toIndex: number): AtpData {
  const from = data.groups.findIndex((g) => g.id === groupId);
  if (from < 0 || Number.isNaN(toIndex)) return data;
  const to = Math.min(Math.max(Math.trunc(toIndex), 0), data.groups.length - 1);
  if (to === from) return data;
  const groups = [...data.groups];
  const [moved] = groups.splice(from, 1);
  if (moved) groups.splice(to, 0, moved);
  return { ...data, groups };
}

/** Removes a group and its items. */
export function removeGroup(data: AtpData, groupId: string): AtpData {
  const groups = data.groups.filter((g) => g.id !== groupId);
  return groups.length === data.groups.length ? data : { ...data, groups };
}

/** Rates a group's trust, or clears it with `null`. A value that is not a number ≥ 0 changes nothing. */
export function setTrust(data: AtpData, groupId: string, value: number | null): AtpData {
  if (value !== null && !isIntensity(value)) return data;
  return withGroup(data, groupId, (g) => (g.trust === value ? g : { ...g, trust: value }));
}

/** What addItem() takes: an item without its id. */
export interface AtpItemDraft {
  category: AtpCategory;
  text: string;
  intensity: number;
  note?: string;
}

/**
 * An item id the group has never had: `item-` and the time in base 36, moved on while taken. Ids are not reused,
 * so a link to a deleted item (an action that answered it, principle 5) never lands on a newer one.
 */
function newItemId(used: ReadonlySet<string>): string {
  for (let n = Date.now(); ; n++) if (!used.has(`item-${n.toString(36)}`)) return `item-${n.toString(36)}`;
}

/**
 * Adds an item at the end of a group, with an id the group has never had (see newItemId). Text and note are
 * trimmed; an empty note is left out. An unknown group, an unknown category, an empty text or an intensity
 * that is not a number ≥ 0 adds nothing: `{ data, id: '' }`.
 */
export function addItem(data: AtpData, groupId: string, draft: AtpItemDraft): { data: AtpData; id: string } {
  const text = typeof draft.text === 'string' ? draft.text.trim() : '';
  const group = data.groups.find((g) => g.id === groupId);
  if (!group || !text || !isCategory(draft.category) || !isIntensity(draft.intensity)) return { data, id: '' };
  const id = newItemId(new Set(group.items.map((i) => i.id)));
  const item: AtpItem = { id, category: draft.category, text, intensity: draft.intensity };
  const note = typeof draft.note === 'string' ? draft.note.trim() : '';
  if (note) item.note = note;
  return { data: withGroup(data, groupId, (g) => ({ ...g, items: [...g.items, item] })), id };
}

/** What updateItem() takes: any of an item's fields but its id. */
export type AtpItemPatch = Partial<Omit<AtpItem, 'id'>>;

/**
 * Changes some fields of an item. Text and note are trimmed; an empty note (or `note: undefined`) removes
 * it. The patch applies whole or not at all: an empty text, an unknown category or an intensity that is not
 * a number ≥ 0 changes nothing, nor does an unknown group or item.
 */
export function updateItem(data: AtpData, groupId: string, itemId: string, patch: AtpItemPatch): AtpData {
  return withGroup(data, groupId, (group) => {
    const index = group.items.findIndex((i) => i.id === itemId);
    const item = group.items[index];
    if (!item) return undefined;
    const next: AtpItem = { ...item };
    if (patch.category !== undefined) {
      if (!isCategory(patch.category)) return undefined;
      next.category = patch.category;
    }
    if (patch.text !== undefined) {
      const text = typeof patch.text === 'string' ? patch.text.trim() : '';
      if (!text) return undefined;
      next.text = text;
    }
    if (patch.intensity !== undefined) {
      if (!isIntensity(patch.intensity)) return undefined;
      next.intensity = patch.intensity;
    }
    if (Object.hasOwn(patch, 'note')) {
      const note = typeof patch.note === 'string' ? patch.note.trim() : '';
      if (note) next.note = note;
      else delete next.note;
    }
    const same =
      next.category === item.category &&
      next.text === item.text &&
      next.intensity === item.intensity &&
      next.note === item.note;
    if (same) return undefined;
    const items = [...group.items];
    items[index] = next;
    return { ...group, items };
  });
}

/** Removes an item. */
export function removeItem(data: AtpData, groupId: string, itemId: string): AtpData {
  return withGroup(data, groupId, (g) => {
    const items = g.items.filter((i) => i.id !== itemId);
    return items.length === g.items.length ? g : { ...g, items };
  });
}
