/**
 * The checks across a document (unique ids, references to what it declares), written to read a document whose
 * shape may be wrong: each list and id is taken only where it is what it should be, so a shape error elsewhere
 * does not hide a duplicate id, and every problem is reported in one pass (shared/parse.ts runs them both on a
 * valid document, from its semantics, and on one whose shape failed).
 */
import { formatPath, type IssueCode, type IssueList, type PathKey } from './issues.js';

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** `value[key]` when it is a list, else no entry (a missing or malformed list has nothing to cross-check). */
export function listAt(value: unknown, key: string): readonly unknown[] {
  const list = isRecord(value) ? value[key] : undefined;
  return Array.isArray(list) ? list : [];
}

/** `entry[key]` when it is a string or a number, else `undefined` (the shape check says what is wrong). */
export function keyOf(entry: unknown, key: string): string | number | undefined {
  const value = isRecord(entry) ? entry[key] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/** The message for a value used twice, given the value and the path of its first use. */
export type DuplicateMessage = (value: string | number, firstPath: string) => string;

/**
 * Reports the second and later uses of `entry[key]` in `list` (at `at`), naming the first. `seen` is shared
 * between calls when several lists share one namespace (the questionnaire's sections, subsections, questions).
 */
export function checkUnique(
  list: readonly unknown[],
  at: readonly PathKey[],
  issues: IssueList,
  options: { key?: string; seen?: Map<string | number, string>; message?: DuplicateMessage; code?: IssueCode } = {},
): void {
  const { key = 'id', seen = new Map<string | number, string>(), code = 'duplicate_id' } = options;
  const message = options.message ?? ((value, first) => issues.strings.issueDuplicateId(String(value), first));
  list.forEach((entry, i) => {
    const value = keyOf(entry, key);
    if (value === undefined) return;
    const first = seen.get(value);
    if (first !== undefined) issues.add([...at, i, key], code, message(value, first));
    else seen.set(value, formatPath([...at, i, key]));
  });
}

/**
 * The string ids of a list, or `undefined` when it is not a list or one entry has none: a reference to it
 * cannot be judged until the list itself is right.
 */
export function idsOf(list: unknown, key = 'id'): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const ids: string[] = [];
  for (const entry of list) {
    const value = keyOf(entry, key);
    if (typeof value !== 'string') return undefined;
    ids.push(value);
  }
  return ids;
}
