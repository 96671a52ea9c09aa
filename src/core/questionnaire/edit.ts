/**
 * Editing a questionnaire config's outline (sections › subsections › questions) as plain JSON: what the config
 * editor's outline does, each edit a pure function that returns a new document. The document may be invalid
 * elsewhere (the editor keeps its outline usable while the JSON pane is mid-edit); an edit only needs the
 * arrays it walks. Starting from a valid config, every edit gives a valid config: the only child of a section
 * or subsection cannot be removed, and new or duplicated nodes get ids no other node has.
 */

/** A node of the outline: `[section]`, `[section, subsection]` or `[section, subsection, question]`. */
export type OutlinePath = [number] | [number, number] | [number, number, number];

/** The texts new nodes start with, in the editor's language. */
export interface NewNodeTexts {
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

/** The array that holds the node at `path` (created when missing), and the node's index in it. */
function siblingsOf(doc: Json, path: readonly number[]): { list: unknown[]; index: number } | undefined {
  let holder: Json = doc;
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

/** The node at `path`, or `undefined`. */
export function nodeAt(doc: unknown, path: readonly number[]): Json | undefined {
  if (!isObject(doc)) return undefined;
  let node: unknown = doc;
  for (let depth = 0; depth < path.length; depth++) {
    const list = isObject(node) ? node[CHILDREN[depth] as string] : undefined;
    node = Array.isArray(list) ? list[path[depth] as number] : undefined;
  }
  return isObject(node) ? node : undefined;
}

/** Every id the outline uses (sections, subsections, questions). */
export function outlineIds(doc: unknown): Set<string> {
  const ids = new Set<string>();
  const walk = (node: unknown, depth: number) => {
    if (!isObject(node)) return;
    if (depth > 0 && typeof node.id === 'string') ids.add(node.id);
    const key = CHILDREN[depth];
    const list = key ? node[key] : undefined;
    if (Array.isArray(list)) for (const child of list) walk(child, depth + 1);
  };
  walk(doc, 0);
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

/** A new node of `depth` (0 section, 1 subsection, 2 question), with the children it needs to be valid. */
function newNode(depth: number, texts: NewNodeTexts, taken: Set<string>): Json {
  const id = freshId(taken, ID_BASES[depth] as string);
  if (depth === 2) return { id, label: texts.question };
  const title = depth === 0 ? texts.section : texts.subsection;
  return { id, title, [CHILDREN[depth + 1] as string]: [newNode(depth + 1, texts, taken)] };
}

/**
 * Adds a node after `after` (or at the end of `parent`'s children): `parent` is `[]` for a section, `[s]` for a
 * subsection, `[s, ss]` for a question. Returns the document and the new node's path.
 */
export function addNode(
  doc: unknown,
  parent: [] | [number] | [number, number],
  texts: NewNodeTexts,
  after?: number,
): { doc: Json; path: OutlinePath } {
  const next = isObject(doc) ? clone(doc) : {};
  const depth = parent.length;
  const at = siblingsOf(next, [...parent, 0]);
  if (!at) return { doc: next, path: [...parent, 0] as OutlinePath };
  const index = after === undefined ? at.list.length : Math.min(after + 1, at.list.length);
  at.list.splice(index, 0, newNode(depth, texts, outlineIds(next)));
  return { doc: next, path: [...parent, index] as OutlinePath };
}

/** Whether the node may be removed: not the only child of its parent (sections, subsections, questions ≥ 1). */
export function canRemove(doc: unknown, path: OutlinePath): boolean {
  const parent = path.length === 1 ? doc : nodeAt(doc, path.slice(0, -1));
  const list = isObject(parent) ? parent[CHILDREN[path.length - 1] as string] : undefined;
  return Array.isArray(list) && list.length > 1 && nodeAt(doc, path) !== undefined;
}

/** Removes a node (a no-op when canRemove() is false). */
export function removeNode(doc: unknown, path: OutlinePath): Json {
  const next = isObject(doc) ? clone(doc) : {};
  if (!canRemove(next, path)) return next;
  siblingsOf(next, path)?.list.splice(path[path.length - 1] as number, 1);
  return next;
}

/** Copies a node (and its children, with new ids) just after it. Returns the document and the copy's path. */
export function duplicateNode(doc: unknown, path: OutlinePath): { doc: Json; path: OutlinePath } {
  const next = isObject(doc) ? clone(doc) : {};
  const node = nodeAt(next, path);
  const at = siblingsOf(next, path);
  if (!node || !at) return { doc: next, path };
  const taken = outlineIds(next);
  const renew = (copy: Json, depth: number): Json => {
    copy.id = freshId(taken, typeof copy.id === 'string' ? `${copy.id}-copy` : (ID_BASES[depth] as string));
    const list = copy[CHILDREN[depth + 1] as string];
    if (depth < 2 && Array.isArray(list)) list.forEach((child) => isObject(child) && renew(child, depth + 1));
    return copy;
  };
  at.list.splice(at.index + 1, 0, renew(clone(node), path.length - 1));
  const copyPath = [...path] as OutlinePath;
  copyPath[copyPath.length - 1] = at.index + 1;
  return { doc: next, path: copyPath };
}

/** Moves a node among its siblings by `delta` (−1 up, +1 down). Returns the new path, or `undefined` at an end. */
export function moveNode(doc: unknown, path: OutlinePath, delta: number): { doc: Json; path: OutlinePath } | undefined {
  const next = isObject(doc) ? clone(doc) : {};
  const at = siblingsOf(next, path);
  const target = (path[path.length - 1] as number) + delta;
  if (!at || !nodeAt(next, path) || target < 0 || target >= at.list.length) return undefined;
  const [node] = at.list.splice(at.index, 1);
  at.list.splice(target, 0, node);
  const moved = [...path] as OutlinePath;
  moved[moved.length - 1] = target;
  return { doc: next, path: moved };
}

/** Sets one field of a node (`title`, `label`, `id`, `help`…); an empty optional text removes the field. */
export function setNodeField(doc: unknown, path: OutlinePath, field: string, value: unknown): Json {
  const next = isObject(doc) ? clone(doc) : {};
  const node = nodeAt(next, path);
  if (!node) return next;
  if (value === undefined || (value === '' && (field === 'help' || field === 'description')))
    Reflect.deleteProperty(node, field);
  else node[field] = value;
  return next;
}

/** Gives the question now called `to` back its previous id `from`, so that the answers given to it follow. */
export function keepQuestionId(doc: unknown, from: string, to: string): Json {
  const next = isObject(doc) ? clone(doc) : {};
  const walk = (node: unknown, depth: number): void => {
    if (!isObject(node)) return;
    if (depth === 3 && node.id === to) node.id = from;
    const list = depth < 3 ? node[CHILDREN[depth] as string] : undefined;
    if (Array.isArray(list)) for (const child of list) walk(child, depth + 1);
  };
  walk(next, 0);
  return next;
}
