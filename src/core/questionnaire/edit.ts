/**
 * Editing a questionnaire config's outline (sections › subsections › questions) as plain JSON data: pure
 * functions over a parsed draft, each returning a new draft (no DOM; the config editor's outline calls them, and
 * so can a back end or a script). The draft may be invalid
 * elsewhere (the editor keeps its outline usable while the JSON pane is mid-edit); an edit only needs the
 * arrays it walks. Starting from a valid config, every edit gives a valid config: the only child of a section
 * or subsection cannot be removed, and new or duplicated entries get ids no other entry has.
 */

/** An entry of the outline: `[section]`, `[section, subsection]` or `[section, subsection, question]`. */
export type OutlinePath = [number] | [number, number] | [number, number, number];

/** The texts new entries start with, in the editor's language. */
export interface NewEntryTexts {
  section: string;
  subsection: string;
  question: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const CHILDREN = ['sections', 'subsections', 'questions'] as const;
const ID_BASES = ['section', 'subsection', 'q'] as const;

/** The array that holds the entry at `path` (created when missing), and the entry's index in it. */
function siblingsOf(draft: Json, path: readonly number[]): { list: unknown[]; index: number } | undefined {
  let holder: Json = draft;
  for (let depth = 0; depth < path.length; depth++) {
    const key = CHILDREN[depth] as string;
    if (!Array.isArray(holder[key])) holder[key] = [];
    const list = holder[key] as unknown[];
    const index = path[depth] as number;
    if (depth === path.length - 1) return { list, index };
    const next = list[index];
    if (!isObject(next)) return undefined;
    holder = next;
  }
  return undefined;
}

/** The entry at `path`, or `undefined`. */
export function outlineEntryAt(draft: unknown, path: readonly number[]): Json | undefined {
  if (!isObject(draft)) return undefined;
  let entry: unknown = draft;
  for (let depth = 0; depth < path.length; depth++) {
    const list = isObject(entry) ? entry[CHILDREN[depth] as string] : undefined;
    entry = Array.isArray(list) ? list[path[depth] as number] : undefined;
  }
  return isObject(entry) ? entry : undefined;
}

/** Every id the outline uses (sections, subsections, questions). */
export function outlineIds(draft: unknown): Set<string> {
  const ids = new Set<string>();
  const walk = (entry: unknown, depth: number) => {
    if (!isObject(entry)) return;
    if (depth > 0 && typeof entry.id === 'string') ids.add(entry.id);
    const key = CHILDREN[depth];
    const list = key ? entry[key] : undefined;
    if (Array.isArray(list)) for (const child of list) walk(child, depth + 1);
  };
  walk(draft, 0);
  return ids;
}

/** `base-1`, `base-2`…: the first that `taken` does not have (it is added to `taken`). */
export function freshId(taken: Set<string>, base: string): string {
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  const id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A new entry of `depth` (0 section, 1 subsection, 2 question), with the children it needs to be valid. */
function newEntry(depth: number, texts: NewEntryTexts, taken: Set<string>): Json {
  const id = freshId(taken, ID_BASES[depth] as string);
  if (depth === 2) return { id, label: texts.question };
  const title = depth === 0 ? texts.section : texts.subsection;
  return { id, title, [CHILDREN[depth + 1] as string]: [newEntry(depth + 1, texts, taken)] };
}

/**
 * Adds an entry after `after` (or at the end of `parent`'s children): `parent` is `[]` for a section, `[s]` for a
 * subsection, `[s, ss]` for a question. Returns the draft and the new entry's path.
 */
export function addOutlineEntry(
  draft: unknown,
  parent: [] | [number] | [number, number],
  texts: NewEntryTexts,
  after?: number,
): { draft: Json; path: OutlinePath } {
  const next = isObject(draft) ? clone(draft) : {};
  const depth = parent.length;
  const at = siblingsOf(next, [...parent, 0]);
  if (!at) return { draft: next, path: [...parent, 0] as OutlinePath };
  const index = after === undefined ? at.list.length : Math.min(after + 1, at.list.length);
  at.list.splice(index, 0, newEntry(depth, texts, outlineIds(next)));
  return { draft: next, path: [...parent, index] as OutlinePath };
}

/** Whether the entry may be removed: not the only child of its parent (sections, subsections, questions ≥ 1). */
export function canRemove(draft: unknown, path: OutlinePath): boolean {
  const parent = path.length === 1 ? draft : outlineEntryAt(draft, path.slice(0, -1));
  const list = isObject(parent) ? parent[CHILDREN[path.length - 1] as string] : undefined;
  return Array.isArray(list) && list.length > 1 && outlineEntryAt(draft, path) !== undefined;
}

/** Removes an entry (a no-op when canRemove() is false). */
export function removeOutlineEntry(draft: unknown, path: OutlinePath): Json {
  const next = isObject(draft) ? clone(draft) : {};
  if (!canRemove(next, path)) return next;
  siblingsOf(next, path)?.list.splice(path[path.length - 1] as number, 1);
  return next;
}

/** Copies an entry (and its children, with new ids) just after it. Returns the draft and the copy's path. */
export function duplicateOutlineEntry(draft: unknown, path: OutlinePath): { draft: Json; path: OutlinePath } {
  const next = isObject(draft) ? clone(draft) : {};
  const entry = outlineEntryAt(next, path);
  const at = siblingsOf(next, path);
  if (!entry || !at) return { draft: next, path };
  const taken = outlineIds(next);
  const renew = (copy: Json, depth: number): Json => {
    copy.id = freshId(taken, typeof copy.id === 'string' ? `${copy.id}-copy` : (ID_BASES[depth] as string));
    const list = copy[CHILDREN[depth + 1] as string];
    if (depth < 2 && Array.isArray(list)) list.forEach((child) => isObject(child) && renew(child, depth + 1));
    return copy;
  };
  at.list.splice(at.index + 1, 0, renew(clone(entry), path.length - 1));
  const copyPath = [...path] as OutlinePath;
  copyPath[copyPath.length - 1] = at.index + 1;
  return { draft: next, path: copyPath };
}

/** Moves an entry among its siblings by `delta` (−1 up, +1 down). Returns the new path, or `undefined` at an end. */
export function moveOutlineEntry(
  draft: unknown,
  path: OutlinePath,
  delta: number,
): { draft: Json; path: OutlinePath } | undefined {
  const next = isObject(draft) ? clone(draft) : {};
  const at = siblingsOf(next, path);
  const target = (path[path.length - 1] as number) + delta;
  if (!at || !outlineEntryAt(next, path) || target < 0 || target >= at.list.length) return undefined;
  const [entry] = at.list.splice(at.index, 1);
  at.list.splice(target, 0, entry);
  const moved = [...path] as OutlinePath;
  moved[moved.length - 1] = target;
  return { draft: next, path: moved };
}

/** Sets one field of an entry (`title`, `label`, `id`, `help`…); an empty optional text removes the field. */
export function setOutlineField(draft: unknown, path: OutlinePath, field: string, value: unknown): Json {
  const next = isObject(draft) ? clone(draft) : {};
  const entry = outlineEntryAt(next, path);
  if (!entry) return next;
  if (value === undefined || (value === '' && (field === 'help' || field === 'description')))
    Reflect.deleteProperty(entry, field);
  else entry[field] = value;
  return next;
}

/** Gives the question now called `to` back its previous id `from`, so that the answers given to it follow. */
export function keepQuestionId(draft: unknown, from: string, to: string): Json {
  const next = isObject(draft) ? clone(draft) : {};
  const walk = (entry: unknown, depth: number): void => {
    if (!isObject(entry)) return;
    if (depth === 3 && entry.id === to) entry.id = from;
    const list = depth < 3 ? entry[CHILDREN[depth] as string] : undefined;
    if (Array.isArray(list)) for (const child of list) walk(child, depth + 1);
  };
  walk(next, 0);
  return next;
}
