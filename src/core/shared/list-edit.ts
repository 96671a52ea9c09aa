/**
 * Editing the lists of a config draft as plain JSON data, the same way for every kind: add, remove, duplicate,
 * move an entry, set one of its fields, set a value anywhere. Each list is described by a ListSpec (where it
 * sits, how few entries it keeps, how a new entry or a copy is made), so that the ATP grid's and the checklist's
 * outlines (atp/edit.ts, principles/edit.ts) share one set of pure functions; the questionnaire's nested
 * outline has its own (questionnaire/edit.ts). Every function returns a new draft and never changes its input.
 */

type Json = Record<string, unknown>;

export const isJsonObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** One list of a config the outline edits. */
export interface ListSpec {
  /** Keys from the root to the list, e.g. `['groups']` or `['categories', 'fears', 'suggestions']`. */
  at: readonly string[];
  /** The fewest entries the config accepts. */
  min: number;
  /** A new entry labelled `text`, given the list as it is (to pick an id, a number or a value no entry has). */
  create(list: readonly unknown[], text: string): unknown;
  /** A copy of `entry` that can sit beside it (new id…); without it, the list offers no duplicate. */
  copy?(entry: unknown, list: readonly unknown[]): unknown;
  /** Whether the entry at `index` may go, on top of `min` (e.g. the last status of its kind may not). */
  removable?(list: readonly unknown[], index: number): boolean;
  /** Entries whose order carries a meaning (a scale's levels) are not moved. */
  fixedOrder?: boolean;
  /** Text fields that are removed rather than left empty. */
  optional?: readonly string[];
  /** What the draft does once an entry is gone (e.g. thresholds brought back inside a shorter scale). */
  afterRemove?(draft: Json): void;
}

/** The value at `at`, or `undefined`. */
export function valueAt(draft: unknown, at: readonly (string | number)[]): unknown {
  let value: unknown = draft;
  for (const key of at) {
    if (typeof key === 'number') value = Array.isArray(value) ? value[key] : undefined;
    else value = isJsonObject(value) ? value[key] : undefined;
  }
  return value;
}

/** The list of a draft (the seed when the draft has none yet: the defaults the core fills in). */
export function listOf(draft: unknown, spec: ListSpec, seed?: readonly unknown[]): unknown[] {
  const list = valueAt(draft, spec.at);
  return Array.isArray(list) ? list : seed ? [...seed] : [];
}

/** The list in `next` (a fresh copy), created along its path when missing. */
function holdList(next: Json, spec: ListSpec, seed?: readonly unknown[]): unknown[] {
  let holder: Json = next;
  spec.at.forEach((key, depth) => {
    if (depth === spec.at.length - 1) return;
    if (!isJsonObject(holder[key])) holder[key] = {};
    holder = holder[key] as Json;
  });
  const key = spec.at[spec.at.length - 1] as string;
  if (!Array.isArray(holder[key])) holder[key] = seed ? cloneJson([...seed]) : [];
  return holder[key] as unknown[];
}

const start = (draft: unknown): Json => (isJsonObject(draft) ? cloneJson(draft) : {});

/** `base-1`, `base-2`…: the first id no entry of `list` has. */
export function freeListId(list: readonly unknown[], base: string): string {
  const taken = new Set(list.map((entry) => (isJsonObject(entry) ? entry.id : undefined)));
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Adds an entry after `after` (default: at the end). Returns the draft and the new entry's index. */
export function addListEntry(
  draft: unknown,
  spec: ListSpec,
  text: string,
  after?: number,
  seed?: readonly unknown[],
): { draft: Json; index: number } {
  const next = start(draft);
  const list = holdList(next, spec, seed);
  const index = spec.fixedOrder || after === undefined ? list.length : Math.min(Math.max(after + 1, 0), list.length);
  list.splice(index, 0, spec.create(list, text));
  return { draft: next, index };
}

/** Whether the entry may be removed: more entries than the list's minimum, and the spec allows it. */
export function canRemoveListEntry(draft: unknown, spec: ListSpec, index: number, seed?: readonly unknown[]): boolean {
  const list = listOf(draft, spec, seed);
  return index >= 0 && index < list.length && list.length > spec.min && (spec.removable?.(list, index) ?? true);
}

/** Removes an entry (nothing when canRemoveListEntry() is false). */
export function removeListEntry(draft: unknown, spec: ListSpec, index: number, seed?: readonly unknown[]): Json {
  const next = start(draft);
  if (!canRemoveListEntry(next, spec, index, seed)) return next;
  holdList(next, spec, seed).splice(index, 1);
  spec.afterRemove?.(next);
  return next;
}

/** Copies an entry just after it. Returns the draft and the copy's index (the entry's own when no copy). */
export function duplicateListEntry(
  draft: unknown,
  spec: ListSpec,
  index: number,
  seed?: readonly unknown[],
): { draft: Json; index: number } {
  const next = start(draft);
  const list = listOf(next, spec, seed);
  if (!spec.copy || index < 0 || index >= list.length) return { draft: next, index };
  const held = holdList(next, spec, seed);
  held.splice(index + 1, 0, spec.copy(cloneJson(held[index]), held));
  return { draft: next, index: index + 1 };
}

/** Moves an entry by `delta` (−1 up, +1 down). `undefined` at an end, or when the order is fixed. */
export function moveListEntry(
  draft: unknown,
  spec: ListSpec,
  index: number,
  delta: number,
  seed?: readonly unknown[],
): { draft: Json; index: number } | undefined {
  const next = start(draft);
  const length = listOf(next, spec, seed).length;
  const target = index + delta;
  if (spec.fixedOrder || index < 0 || index >= length || target < 0 || target >= length) return undefined;
  const list = holdList(next, spec, seed);
  const [entry] = list.splice(index, 1);
  list.splice(target, 0, entry);
  return { draft: next, index: target };
}

/**
 * Sets one field of an entry (`field` undefined: the entry itself, for lists of texts). An empty optional
 * field is removed.
 */
export function setListField(
  draft: unknown,
  spec: ListSpec,
  index: number,
  field: string | undefined,
  value: unknown,
  seed?: readonly unknown[],
): Json {
  const next = start(draft);
  if (index < 0 || index >= listOf(next, spec, seed).length) return next;
  const list = holdList(next, spec, seed);
  if (field === undefined) {
    list[index] = value;
    return next;
  }
  const entry = list[index];
  if (!isJsonObject(entry)) return next;
  if (value === undefined || (value === '' && spec.optional?.includes(field))) Reflect.deleteProperty(entry, field);
  else entry[field] = value;
  return next;
}

/** Gives the entry whose id is `to` the id `from` back (a rename undone, so that stored data follows). */
export function renameListId(draft: unknown, spec: ListSpec, from: string, to: string): Json {
  const next = start(draft);
  const list = valueAt(next, spec.at);
  if (!Array.isArray(list) || list.some((entry) => isJsonObject(entry) && entry.id === from)) return next;
  const entry = list.find((e) => isJsonObject(e) && e.id === to) as Json | undefined;
  if (entry) entry.id = from;
  return next;
}

/**
 * Sets the value at `at` (objects created along the way); `undefined`, or an empty text when `optional`,
 * removes the key.
 */
export function setDraftValue(draft: unknown, at: readonly string[], value: unknown, optional = false): Json {
  const next = start(draft);
  let holder: Json = next;
  at.forEach((key, depth) => {
    if (depth === at.length - 1) return;
    if (!isJsonObject(holder[key])) holder[key] = {};
    holder = holder[key] as Json;
  });
  const key = at[at.length - 1];
  if (key === undefined) return next;
  if (value === undefined || (optional && value === '')) Reflect.deleteProperty(holder, key);
  else holder[key] = value;
  return next;
}
