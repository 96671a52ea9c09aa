/**
 * Turns Valibot's issues into ours: a JSON path, a stable code and a sentence in the user's language — the
 * sentence by the problems' wording (valibot-wording.ts through issue-wording.ts), empty until it is registered.
 */
import type { BaseIssue } from 'valibot';
import type { Strings } from '../i18n/index.js';
import { issueWording } from './issue-wording.js';
import type { ConfigIssue, IssueCode, PathKey } from './issues.js';
import { formatPath } from './issues.js';

type AnyIssue = BaseIssue<unknown>;

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
  const wording = issueWording();
  for (const { issue, keys } of flatten(issues)) {
    const last = keys[keys.length - 1];
    let code: IssueCode;
    if (issue.kind === 'schema' && issue.expected === 'never') code = 'unknown_key';
    else if (issue.kind === 'schema' && issue.received === 'undefined' && last !== undefined) code = 'required';
    else if (last === 'principle' && issue.kind === 'validation') code = 'unknown_principle';
    else if (
      issue.kind === 'schema' &&
      (issue.type === 'literal' || issue.type === 'picklist' || issue.type === 'variant')
    )
      code = 'invalid_value';
    else if (issue.kind === 'schema') code = 'invalid_type';
    else if (issue.type === 'min_length') code = 'too_short';
    else if (issue.type === 'regex') code = 'invalid_id';
    else if (issue.type === 'integer') code = 'not_integer';
    else code = 'out_of_range';
    const path = formatPath(keys);
    const dedupe = `${path}\u0000${code}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({ path, code, message: wording?.valibot(code, issue, last, s) ?? '' });
  }
  return out;
}
