import assert from 'node:assert/strict';
import brokenJson from '../fixtures/questionnaire.broken.json';
import minimalJson from '../fixtures/questionnaire.minimal.json';
import {
  createResponses,
  parseQuestionnaireConfig,
  setAnswer,
  type AnswerValue,
  type ConfigIssue,
  type QuestionnaireConfig,
  type QuestionnaireConfigInput,
  type Responses,
} from '../../src/core/index.js';

/** The shared fixtures, typed as what an editor may write (optional keys included). */
export const minimal = minimalJson as QuestionnaireConfigInput;
export const broken = brokenJson as QuestionnaireConfigInput;

/** A deep copy of a fixture, to change in one test without touching the others. */
export const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function config(input: object = minimal): QuestionnaireConfig {
  const parsed = parseQuestionnaireConfig(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.config;
}

export const NOW = new Date('2026-01-15T10:00:00.000Z');

export function answer(c: QuestionnaireConfig, values: Record<string, AnswerValue>): Responses {
  let r = createResponses(c, NOW);
  for (const [id, value] of Object.entries(values)) r = setAnswer(c, r, id, value, NOW);
  return r;
}

/** The issue at this JSON path, if any. */
export const find = (issues: ConfigIssue[], path: string) => issues.find((i) => i.path === path);

/** A strict RFC 4180 reader (CRLF records, quoted fields), to check what spreadsheet software will see. */
export function readCsv(text: string, delimiter: string): string[][] {
  assert.ok(text.endsWith('\r\n'), 'the last record ends with CRLF');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const end = text.indexOf('"', i);
        assert.ok(end >= 0, 'unterminated quoted field');
        cell += text.slice(i, end);
        i = end + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        assert.notEqual(text[i], '"', `a quote in an unquoted field at ${i}`);
        cell += text[i];
        i += 1;
      }
    }
    row.push(cell);
    if (text[i] === delimiter) {
      i += 1;
      continue;
    }
    assert.equal(text.slice(i, i + 2), '\r\n', `a record ends with CRLF (at ${i})`);
    i += 2;
    rows.push(row);
    row = [];
    if (i === text.length) return rows;
  }
}

/** A CSV export as spreadsheet software opens it: it starts with the UTF-8 byte-order mark, then strict RFC 4180. */
export function readCsvWithBom(csv: string, delimiter: string): string[][] {
  assert.equal(csv[0], '\uFEFF', 'starts with a byte-order mark');
  return readCsv(csv.slice(1), delimiter);
}
