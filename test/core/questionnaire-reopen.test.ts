/**
 * Reopening a validated result (issue 17, item 2): the validated version is kept in `history`, never lost — by
 * reopen, by a merge with another tab, in the CSV and JSON exports — and a document saved before `history`
 * existed still opens.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  exportDocument,
  listQuestions,
  parseQuestionnaireConfig,
  parseSaved,
  serializeSaved,
  setAnswer,
  type Responses,
} from '../../src/core/index.js';
import { responsesToCsv } from '../../src/core/questionnaire/export.js';
import { mergeResponses } from '../../src/core/questionnaire/merge.js';
import { reopenResponses, validateResponses } from '../../src/core/questionnaire/validate.js';
import { answer, config, copy, minimal, NOW, readCsv } from './helpers.js';

const c = config();
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const validated = validateResponses(answer(c, { q1: 3, q2: 1 }), { name: 'Anne Martin', role: 'DG' }, later(10));

describe('reopenResponses keeps the validated version', () => {
  test('a record of the validation (date, signer, version, answers) is appended to history', () => {
    const snapshot = copy(validated);
    const reopened = reopenResponses(validated, later(20));
    assert.deepEqual(validated, snapshot, 'the input is not changed');
    assert.equal(reopened.status, 'draft');
    assert.deepEqual(reopened.history, [
      {
        validatedAt: later(10).toISOString(),
        validatedBy: { name: 'Anne Martin', role: 'DG' },
        validatedVersion: validated.validatedVersion,
        reopenedAt: later(20).toISOString(),
        answers: validated.answers,
      },
    ]);
    assert.deepEqual(reopened.answers, validated.answers, 'the new draft starts from the validated answers');
  });

  test('changing the new draft leaves the record as it was validated', () => {
    const reopened = reopenResponses(validated, later(20));
    const changed = setAnswer(c, reopened, 'q1', 0, later(30));
    assert.equal(changed.answers.q1!.value, 0);
    assert.equal(changed.history![0]!.answers.q1!.value, 3);
  });

  test('each validate → reopen cycle adds one record, oldest first; a draft reopened adds none', () => {
    let r: Responses = validated;
    for (let i = 1; i <= 3; i += 1) {
      r = reopenResponses(r, later(20 * i));
      r = validateResponses(r, { name: `V${i}` }, later(20 * i + 5));
    }
    assert.equal(r.history!.length, 3);
    assert.deepEqual(
      r.history!.map((h) => h.validatedBy?.name),
      ['Anne Martin', 'V1', 'V2'],
    );
    const draft = answer(c, { q1: 1 });
    assert.equal(reopenResponses(draft, later(1)).history, undefined);
  });
});

describe('the saved format with history', () => {
  test('a document of today’s format (no history) still opens, and reopens with its validation kept', () => {
    // Written as the library wrote it before history existed: no `history` key.
    const text = serializeSaved('validate', validated);
    assert.equal(text.includes('history'), false);
    const parsed = parseSaved(text);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.saved.responses, validated);
    const reopened = reopenResponses(parsed.saved.responses, later(20));
    const back = parseSaved(serializeSaved('fill', reopened));
    assert.ok(back.ok, JSON.stringify(back));
    assert.deepEqual(back.saved.responses.history, reopened.history);
  });

  test('a broken history record is reported with its JSON path', () => {
    const reopened = reopenResponses(validated, later(20));
    const broken = JSON.parse(serializeSaved('fill', reopened)) as {
      responses: { history: { validatedAt: string }[] };
    };
    broken.responses.history[0]!.validatedAt = 'yesterday';
    const parsed = parseSaved(JSON.stringify(broken));
    assert.equal(parsed.ok, false);
    if (!parsed.ok)
      assert.deepEqual(
        parsed.issues.map((i) => i.path),
        ['responses.history[0].validatedAt'],
      );
  });

  test('allowReopen is on unless the config says otherwise', () => {
    const input = copy(minimal) as Record<string, unknown>;
    assert.equal('allowReopen' in input, false);
    const on = parseQuestionnaireConfig(input);
    assert.ok(on.ok && on.config.allowReopen === true);
    const off = parseQuestionnaireConfig({ ...input, allowReopen: false });
    assert.ok(off.ok && off.config.allowReopen === false);
  });
});

describe('merge and exports keep every validated version', () => {
  const reopened = reopenResponses(validated, later(20));

  test('a merge holds both sides’ records, each once, oldest first', () => {
    const other = reopenResponses(validateResponses(answer(c, { q2: 2 }), { name: 'Other tab' }, later(5)), later(6));
    const merged = mergeResponses(reopened, other);
    assert.deepEqual(
      merged.history!.map((h) => h.validatedBy?.name),
      ['Other tab', 'Anne Martin'],
    );
    assert.deepEqual(mergeResponses(reopened, reopened).history, reopened.history);
    assert.deepEqual(mergeResponses(reopened, validated).history, reopened.history, 'against the validated copy');
    assert.deepEqual(mergeResponses(validated, reopened).history, reopened.history);
  });

  test('property: a merge never loses a record of either side', () => {
    const cycle = fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 4 });
    fc.assert(
      fc.property(cycle, cycle, (a, b) => {
        const grow = (minutes: number[], who: string) =>
          minutes.reduce<Responses>(
            (r, m, i) => reopenResponses(validateResponses(r, { name: `${who}${i}` }, later(m)), later(m + 1)),
            answer(c, { q1: 1 }),
          );
        const left = grow(a, 'L');
        const right = grow(b, 'R');
        const merged = mergeResponses(left, right);
        const names = new Set((merged.history ?? []).map((h) => JSON.stringify(h)));
        for (const h of [...(left.history ?? []), ...(right.history ?? [])]) assert.ok(names.has(JSON.stringify(h)));
      }),
    );
  });

  test('the CSV has one column per earlier validated version, with the answer it had', () => {
    const changed = setAnswer(c, reopened, 'q1', 0, later(30));
    const labels = {
      section: 'Section',
      subsection: 'Subsection',
      question: 'Question',
      answer: 'Answer',
      value: 'Value',
      comment: 'Comment',
      validatedVersion: (date: string) => `Validated ${date}`,
    };
    const rows = readCsv(responsesToCsv(c, changed, { locale: 'en', labels }).slice(1), ',');
    assert.equal(rows[0]![6], `Validated ${later(10).toISOString().slice(0, 10)}`);
    const q1 = rows[1 + listQuestions(c).findIndex((r) => r.question.id === 'q1')]!;
    assert.equal(q1[4], '0', 'the draft’s value');
    assert.equal(q1[6], 'Done, written and shared', 'the validated answer');
    const plain = readCsv(responsesToCsv(c, validated, { locale: 'en', labels }).slice(1), ',');
    assert.equal(plain[0]!.length, 6, 'no history, no extra column');
  });

  test('the JSON export carries the history', () => {
    assert.deepEqual(exportDocument(c, reopened, NOW).responses.history, reopened.history);
  });
});
