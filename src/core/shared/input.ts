/** The guards around every parse (shared/parse.ts): decoding JSON text, and never throwing on hostile input. */
import { IssueList, type ParseResult } from './issues.js';
import { issueWording } from './issue-wording.js';

/**
 * Shared first steps of every parser: JSON text is decoded (a syntax error is one `invalid_json` issue at the
 * root) and an array where an object belongs is named as such rather than as every key missing.
 */
export function decode(input: unknown, issues: IssueList): { ok: boolean; value: unknown } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      // Said in the user's words, with the line and column, not in the engine's English (json-syntax.ts).
      const message = error instanceof Error ? error.message : String(error);
      issues.add('', 'invalid_json', issueWording()?.jsonSyntax(input, message, issues.strings) ?? '');
      return { ok: false, value: undefined };
    }
  }
  // Valibot takes an array for an object (and lists every key as missing): name the real mistake.
  if (Array.isArray(value)) {
    const s = issues.strings;
    issues.add('', 'invalid_type', s.issueInvalidType(s.typeObject, s.typeArray));
    return { ok: false, value: undefined };
  }
  return { ok: true, value };
}

/** Last line of defence for hostile inputs (getters that throw, proxies): report, never throw. */
export function guarded<T>(issues: IssueList, run: () => ParseResult<T>): ParseResult<T> {
  try {
    return run();
  } catch (error) {
    issues.add(
      '',
      'invalid_input',
      issues.strings.issueInvalidJson(error instanceof Error ? error.message : String(error)),
    );
    return { ok: false, issues: issues.items };
  }
}
