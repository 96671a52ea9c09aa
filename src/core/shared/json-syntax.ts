/**
 * A JSON syntax error in the user's words: what is wrong (the engine's English reason mapped to one of ours) and
 * where (line and column, counted from 1, from the engine's character position). An engine message we do not
 * know keeps its text as the detail, so nothing is hidden.
 */

/** What can be wrong in JSON text, as our strings say it. */
export type JsonSyntaxReason =
  | 'end'
  | 'property-name'
  | 'colon'
  | 'comma-or-brace'
  | 'comma-or-bracket'
  | 'after-end'
  | 'control-character'
  | 'unterminated-string'
  | 'token'
  | 'other';

export interface JsonSyntaxError {
  reason: JsonSyntaxReason;
  /** Line and column of the error (from 1), `null` when the engine does not say where. */
  line: number | null;
  column: number | null;
  /** The unexpected character (`token`), else the engine's own message (`other`), else ''. */
  detail: string;
}

const REASONS: [RegExp, JsonSyntaxReason][] = [
  [/Unexpected end of JSON input|Unexpected end of data|unexpected end/i, 'end'],
  [/Expected ':'/i, 'colon'],
  [/property name/i, 'property-name'],
  [/Expected ',' or '}'/i, 'comma-or-brace'],
  [/Expected ',' or '\]'/i, 'comma-or-bracket'],
  [/non-whitespace character after JSON/i, 'after-end'],
  [/Bad control character/i, 'control-character'],
  [/Unterminated string/i, 'unterminated-string'],
  [/Unexpected token|unexpected character/i, 'token'],
];

/** Line and column (from 1) of character `position` of `text`. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Reads what `JSON.parse(text)` threw (`message`) as a reason and a place in `text`. */
export function describeJsonError(text: string, message: string): JsonSyntaxError {
  const reason = REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'other';
  const at = /at position (\d+)/.exec(message);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  let place: { line: number; column: number } | null = null;
  if (lineCol) place = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  else if (at) place = lineAndColumn(text, Number(at[1]));
  else if (reason === 'end') place = lineAndColumn(text, text.length);
  const token = /Unexpected token '?(.)'?/.exec(message)?.[1] ?? '';
  return {
    reason,
    line: place?.line ?? null,
    column: place?.column ?? null,
    detail: reason === 'token' ? token : reason === 'other' ? message : '',
  };
}
