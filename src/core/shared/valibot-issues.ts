/** Turns Valibot's issues into ours: a JSON path, a stable code and a sentence in the user's language. */
import type { BaseIssue } from 'valibot';
import type { Strings } from '../i18n/index.js';
import type { ConfigIssue, IssueCode, PathKey } from './issues.js';
import { formatPath } from './issues.js';

type AnyIssue = BaseIssue<unknown>;

function typeName(raw: string, s: Strings): string {
  switch (raw) {
    case 'string':
      return s.typeString;
    case 'number':
      return s.typeNumber;
    case 'boolean':
      return s.typeBoolean;
    case 'Array':
      return s.typeArray;
    case 'Object':
      return s.typeObject;
    case 'null':
      return s.typeNull;
    case 'undefined':
      return s.typeMissing;
    default:
      return raw;
  }
}

/** Expected-type strings such as `(string | Object)` become `(texte | objet)`. */
const describe = (raw: string | null, s: Strings) =>
  (raw ?? '').replace(/\b(string|number|boolean|Array|Object|null|undefined)\b/g, (m) => typeName(m, s));

function keysOf(issue: AnyIssue): PathKey[] {
  return (issue.path ?? []).map((item) => {
    const key = (item as { key?: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
}

interface Located {
  issue: AnyIssue;
  keys: PathKey[];
}

/**
 * Unions (a scale given by name or inline) report only "none matched". When the input was an object, the
 * problems inside it say more: Valibot keeps them, with paths relative to the union, in `issue.issues`.
 */
function flatten(issues: readonly AnyIssue[], prefix: PathKey[] = []): Located[] {
  const out: Located[] = [];
  for (const issue of issues) {
    const keys = [...prefix, ...keysOf(issue)];
    const nested = (issue.issues as readonly AnyIssue[] | undefined)?.filter((n) => n.path?.length);
    const input = issue.input;
    if (issue.type === 'union' && nested?.length && input !== null && typeof input === 'object') {
      out.push(...flatten(nested, keys));
    } else {
      out.push({ issue, keys });
    }
  }
  return out;
}

export function fromValibot(issues: readonly AnyIssue[], s: Strings): ConfigIssue[] {
  const seen = new Set<string>();
  const out: ConfigIssue[] = [];
  for (const { issue, keys } of flatten(issues)) {
    const last = keys[keys.length - 1];
    const received = describe(issue.received, s);
    const expected = describe(issue.expected, s);
    let code: IssueCode;
    let message: string;
    if (issue.kind === 'schema' && issue.expected === 'never') {
      code = 'unknown_key';
      message = s.issueUnknownKey(String(last));
    } else if (issue.kind === 'schema' && issue.received === 'undefined' && last !== undefined) {
      code = 'required';
      message = s.issueRequired(String(last));
    } else if (last === 'principle' && issue.kind === 'validation') {
      code = 'unknown_principle';
      message = s.issueUnknownPrinciple(issue.received);
    } else if (
      issue.kind === 'schema' &&
      (issue.type === 'literal' || issue.type === 'picklist' || issue.type === 'variant')
    ) {
      code = 'invalid_value';
      message = s.issueInvalidValue(expected, received);
    } else if (issue.kind === 'schema') {
      code = 'invalid_type';
      message = s.issueInvalidType(expected, received);
    } else if (issue.type === 'min_length') {
      code = 'too_short';
      const min = Number(issue.expected?.replace(/^>=/, '') ?? 1);
      message = Array.isArray(issue.input) ? s.issueTooFewItems(min) : s.issueEmptyText;
    } else if (issue.type === 'regex') {
      code = 'invalid_id';
      message = s.issueInvalidId(received);
    } else if (issue.type === 'integer') {
      code = 'not_integer';
      message = s.issueNotInteger(received);
    } else {
      code = 'out_of_range';
      message = s.issueOutOfRange(expected, received);
    }
    const path = formatPath(keys);
    const dedupe = `${path}\u0000${code}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({ path, code, message });
  }
  return out;
}
