/**
 * Where a JSON path (`sections[1].questions[0].label`, as ConfigIssue.path writes it) sits in a JSON text: the
 * config editor places each issue the core reports on its range. A tolerant scanner: it maps what it can read of
 * a text and stops at the first syntax error, so a half-typed document still places the issues of its start.
 */
import { formatPath, type PathKey } from './issues.js';

/** A range of characters, `from` inclusive, `to` exclusive. */
export interface TextRange {
  from: number;
  to: number;
}

/** For each path found: the value's range, and the key's range when the value is an object member. */
export interface JsonLocation {
  value: TextRange;
  key?: TextRange;
}

class Scanner {
  pos = 0;
  readonly found = new Map<string, JsonLocation>();
  constructor(readonly text: string) {}

  skip(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  fail(): never {
    throw new SyntaxError(`JSON stops at ${this.pos}`);
  }

  string(): string {
    const start = this.pos;
    if (this.text[this.pos] !== '"') this.fail();
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '\\') this.pos += 2;
      else if (c === '"') {
        this.pos++;
        return JSON.parse(this.text.slice(start, this.pos)) as string;
      } else if (c === '\n') this.fail();
      else this.pos++;
    }
    return this.fail();
  }

  value(path: PathKey[], key?: TextRange): void {
    this.skip();
    const from = this.pos;
    const c = this.text[this.pos];
    if (c === '{') this.object(path);
    else if (c === '[') this.array(path);
    else if (c === '"') this.string();
    else {
      const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.pos));
      if (!match) this.fail();
      this.pos += match[0].length;
    }
    this.found.set(formatPath(path), { value: { from, to: this.pos }, ...(key ? { key } : {}) });
  }

  object(path: PathKey[]): void {
    this.pos++;
    this.skip();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skip();
      const keyFrom = this.pos;
      const name = this.string();
      const key = { from: keyFrom, to: this.pos };
      this.skip();
      if (this.text[this.pos] !== ':') this.fail();
      this.pos++;
      this.value([...path, name], key);
      this.skip();
      const next = this.text[this.pos++];
      if (next === '}') return;
      if (next !== ',') this.fail();
    }
  }

  array(path: PathKey[]): void {
    this.pos++;
    this.skip();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value([...path, index]);
      this.skip();
      const next = this.text[this.pos++];
      if (next === ']') return;
      if (next !== ',') this.fail();
    }
  }
}

/** Every path of `text` with its ranges (as far as the text is readable JSON). The root's path is `''`. */
export function mapJsonPaths(text: string): Map<string, JsonLocation> {
  const scanner = new Scanner(text);
  try {
    scanner.value([]);
  } catch {
    // A syntax error: keep what was mapped before it.
  }
  return scanner.found;
}

/** Splits a path written by formatPath back into its keys: `a[0]["b c"].d` → `['a', 0, 'b c', 'd']`. */
export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  const pattern = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < path.length && (match = pattern.exec(path))) {
    if (match[1] !== undefined) keys.push(Number(match[1]));
    else if (match[2] !== undefined) keys.push(JSON.parse(match[2]) as string);
    else if (match[3] !== undefined) keys.push(match[3]);
  }
  return keys;
}

/**
 * The range an issue at `path` belongs to, kept to one line where it can be: a member with a plain value from
 * its key to its value; an object or an array by its key (or its opening bracket); a path that is not in the
 * text (a required key that is missing) by its nearest ancestor that is. `undefined` when nothing of the text
 * could be read.
 */
export function locateJsonPath(
  text: string,
  path: string,
  map: Map<string, JsonLocation> = mapJsonPaths(text),
): TextRange | undefined {
  const keys = parsePath(path);
  for (let length = keys.length; length >= 0; length--) {
    const location = map.get(formatPath(keys.slice(0, length)));
    if (!location) continue;
    const container = '{['.includes(text[location.value.from] ?? '');
    const whole = length === keys.length && !container;
    if (location.key) return whole ? { from: location.key.from, to: location.value.to } : location.key;
    if (whole) return location.value;
    // A missing member of an array item or of the root: the opening bracket.
    return { from: location.value.from, to: location.value.from + 1 };
  }
  return undefined;
}
