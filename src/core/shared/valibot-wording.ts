/**
 * The sentence of a Valibot issue, once valibot-issues.ts has classed it (its code): the expected and received
 * types in the user's words. Part of the problems' wording (issue-wording.ts), loaded with the first problem.
 */
import type { BaseIssue } from 'valibot';
import type { Strings } from '../i18n/index.js';
import type { IssueCode, PathKey } from './issues.js';

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

export function wordValibotIssue(
  code: IssueCode,
  issue: BaseIssue<unknown>,
  last: PathKey | undefined,
  s: Strings,
): string {
  const received = describe(issue.received, s);
  const expected = describe(issue.expected, s);
  switch (code) {
    case 'unknown_key':
      return s.issueUnknownKey(String(last));
    case 'required':
      return s.issueRequired(String(last));
    case 'unknown_principle':
      return s.issueUnknownPrinciple(issue.received);
    case 'invalid_value':
      return s.issueInvalidValue(expected, received);
    case 'invalid_type':
      return s.issueInvalidType(expected, received);
    case 'too_short':
      return Array.isArray(issue.input)
        ? s.issueTooFewItems(Number(issue.expected?.replace(/^>=/, '') ?? 1))
        : s.issueEmptyText;
    case 'invalid_id':
      return s.issueInvalidId(received);
    case 'not_integer':
      return s.issueNotInteger(received);
    default:
      return s.issueOutOfRange(expected, received);
  }
}
