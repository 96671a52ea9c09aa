/**
 * Where a problem is, in plain words: the JSON path walked through the document, each element of a known list
 * named by its kind and its own title, text or label — « Principe 3 « Bâtir la confiance » › propriété
 * « number » » rather than `principles[2].number`. The path stays in the issue for developers.
 */
import type { Strings } from '../i18n/index.js';
import type { ConfigIssue, PathKey } from './issues.js';

const STEP = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;

/** `sections[1].questions[3].weight` → `['sections', 1, 'questions', 3, 'weight']` (formatPath's inverse). */
export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const m of path.matchAll(STEP)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else if (m[3] !== undefined) keys.push(JSON.parse(m[3]) as string);
  }
  return keys;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The element's own name: its title, else its text, else its label (plain text, cut to 60 characters). */
function nameOf(element: unknown): string | null {
  if (!isRecord(element)) return null;
  for (const key of ['title', 'text', 'label']) {
    const value = element[key];
    if (typeof value === 'string' && value.trim()) {
      const text = value.trim().replace(/\s+/g, ' ');
      return text.length > 60 ? `${text.slice(0, 59)}…` : text;
    }
  }
  return null;
}

/**
 * The place of `path` in `document` in words, `undefined` when nothing there has a name to give (the root, an
 * unknown list): the caller then shows the path alone.
 */
export function placeOf(document: unknown, path: string, s: Strings): string | undefined {
  const keys = parsePath(path);
  const parts: string[] = [];
  let node: unknown = document;
  let named = false;
  keys.forEach((key, i) => {
    const parent = node;
    node = Array.isArray(parent) ? parent[key as number] : isRecord(parent) ? parent[String(key)] : undefined;
    const list = keys[i - 1];
    if (typeof key === 'number' && typeof list === 'string') {
      const part = s.issuePlace(list, key, nameOf(node));
      if (part) {
        parts.push(part);
        named = true;
      }
    } else if (typeof key === 'string' && i === keys.length - 1) {
      parts.push(s.issuePlaceProperty(key));
    }
  });
  return named ? parts.join(' › ') : undefined;
}

/** The issues with their place in words added where one can be given; the issues themselves are not changed. */
export function withPlaces(issues: readonly ConfigIssue[], document: unknown, s: Strings): ConfigIssue[] {
  return issues.map((issue) => {
    if (issue.where !== undefined || !issue.path) return issue;
    try {
      const where = placeOf(document, issue.path, s);
      return where ? { ...issue, where } : issue;
    } catch {
      return issue; // a hostile document (a getter that throws): the path alone
    }
  });
}
