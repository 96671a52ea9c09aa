/** The CSV and JSON exports, and signing a result off (validate / reopen). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { listQuestions, parseResponses, scoreQuestionnaire, setComment, type Responses } from '../../src/core/index.js';
import { exportDocument, responsesToCsv, type CsvLabels } from '../../src/core/questionnaire/export.js';
import { reopenResponses, validateResponses } from '../../src/core/questionnaire/validate.js';
import { answer, config, copy, minimal, NOW, readCsv } from './helpers.js';

const labels: CsvLabels = {
  section: 'Section',
  subsection: 'Subsection',
  question: 'Question',
  answer: 'Answer',
  value: 'Value',
  comment: 'Comment',
};

const c = config();
const rowsOf = (r: Responses, locale: 'fr' | 'en' = 'en') => {
  const csv = responsesToCsv(c, r, { locale, labels });
  assert.equal(csv[0], '\uFEFF');
  return readCsv(csv.slice(1), locale === 'fr' ? ';' : ',');
};
const rowOf = (rows: string[][], questionId: string) =>
  rows[1 + listQuestions(c).findIndex((ref) => ref.question.id === questionId)]!;

describe('responsesToCsv', () => {
  const responses = answer(c, { q1: 3, q3: 'dont-know', q6: 1 });

  test('starts with a byte-order mark, then the header row', () => {
    const csv = responsesToCsv(c, responses, { locale: 'en', labels });
    assert.ok(csv.startsWith('\uFEFFSection,Subsection,Question,Answer,Value,Comment\r\n'));
  });

  test('one row per question in document order, unanswered ones with empty answer cells', () => {
    const rows = rowsOf(responses);
    assert.equal(rows.length, 1 + listQuestions(c).length);
    assert.deepEqual(
      rows.slice(1).map((r) => r[2]),
      listQuestions(c).map((ref) => ref.question.label),
    );
    assert.deepEqual(rowOf(rows, 'q1'), [
      'Governance',
      'Organise governance',
      'The directors’ committee has adopted a code of conduct.',
      'Done, written and shared',
      '3',
      '',
    ]);
    assert.deepEqual(rowOf(rows, 'q2'), [
      'Governance',
      'Organise governance',
      'Everyone knows who decides what.',
      '',
      '',
      '',
    ]);
    for (const row of rows) assert.equal(row.length, 6);
  });

  test('non-scored answers and named scales give their option’s label', () => {
    const rows = rowsOf(responses);
    assert.deepEqual(rowOf(rows, 'q3').slice(3, 5), ['Don’t know', 'dont-know']);
    assert.deepEqual(rowOf(rows, 'q6').slice(3, 5), ['Yes', '1']);
  });

  test('the delimiter is ";" in French and "," in English, and only it forces quotes', () => {
    const input = copy(minimal);
    input.sections[0]!.title = 'Gouvernance; pilotage, décision';
    const cfg = config(input);
    const fr = responsesToCsv(cfg, responses, { locale: 'fr', labels });
    const en = responsesToCsv(cfg, responses, { locale: 'en', labels });
    assert.ok(fr.startsWith('\uFEFFSection;Subsection;Question;Answer;Value;Comment\r\n'));
    assert.ok(fr.includes('\r\n"Gouvernance; pilotage, décision";Organise governance;'));
    assert.ok(en.includes('\r\n"Gouvernance; pilotage, décision",Organise governance,'));
    assert.ok(!fr.includes('\r\nGouvernance; pilotage, décision;'));
    const input2 = copy(minimal);
    input2.sections[0]!.title = 'Gouvernance, pilotage';
    assert.ok(
      responsesToCsv(config(input2), responses, { locale: 'fr', labels }).includes('\r\nGouvernance, pilotage;'),
    );
  });

  test('quotes are doubled, and fields with quotes, CR or LF are quoted; rows still end with CRLF', () => {
    const comment = 'He said "yes", then left.\nNext line\r\nand a CR\rend';
    const r = setComment(c, responses, 'q1', comment, NOW);
    for (const locale of ['fr', 'en'] as const) {
      const csv = responsesToCsv(c, r, { locale, labels });
      assert.ok(csv.includes(`"He said ""yes"", then left.\nNext line\r\nand a CR\rend"\r\n`), locale);
      assert.equal(rowOf(rowsOf(r, locale), 'q1')[5], comment);
      // Outside quoted fields, every line break is CRLF.
      const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
      assert.equal(unquoted.split('\r\n').length - 1, 1 + listQuestions(c).length);
      assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(unquoted));
    }
  });

  test('cells that would start a formula get a leading apostrophe', () => {
    const cases = ['=HYPERLINK("http://x","y")', '+33 1 23', '-2', '@SUM(A1)', '\tindent', '\rstart'];
    for (const comment of cases) {
      const r = setComment(c, responses, 'q1', comment, NOW);
      assert.equal(rowOf(rowsOf(r), 'q1')[5], `'${comment}`, JSON.stringify(comment));
    }
    const input = copy(minimal);
    input.sections[0]!.title = '=cmd|/c calc';
    assert.equal(
      readCsv(responsesToCsv(config(input), responses, { locale: 'en', labels }).slice(1), ',')[1]![0],
      "'=cmd|/c calc",
    );
    const safe = setComment(c, responses, 'q1', 'a = b', NOW);
    assert.equal(rowOf(rowsOf(safe), 'q1')[5], 'a = b');
  });

  test('numeric values are not guarded, option ids are', () => {
    const input = copy(minimal);
    input.scale.nonScored = [{ value: '=evil()', label: '@label' }];
    const cfg = config(input);
    const r: Responses = copy(answer(cfg, { q1: '=evil()' }));
    r.answers.q2 = { value: -1, updatedAt: r.updatedAt }; // off the scale, as stored data may be
    const rows = readCsv(responsesToCsv(cfg, r, { locale: 'en', labels }).slice(1), ',');
    assert.deepEqual(rows[1]!.slice(3, 5), ["'@label", "'=evil()"]);
    assert.deepEqual(rows[2]!.slice(3, 5), ['', '-1']);
  });

  test('decimal values use the locale’s separator (French spreadsheets read "1.5" as a date)', () => {
    const input = copy(minimal);
    input.scale.levels[1]!.value = 1.5;
    const cfg = config(input);
    const r = answer(cfg, { q1: 1.5 });
    assert.equal(readCsv(responsesToCsv(cfg, r, { locale: 'fr', labels }).slice(1), ';')[1]![4], '1,5');
    assert.equal(readCsv(responsesToCsv(cfg, r, { locale: 'en', labels }).slice(1), ',')[1]![4], '1.5');
  });

  test('a comment without an answer is exported with empty answer cells', () => {
    const r = setComment(c, answer(c, {}), 'q2', 'to discuss', NOW);
    assert.deepEqual(rowOf(rowsOf(r), 'q2').slice(3), ['', '', 'to discuss']);
  });

  test('any comment reads back as typed (after the formula guard)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('fr' as const, 'en' as const), (comment, locale) => {
        fc.pre(comment.length > 0);
        const r = setComment(c, responses, 'q1', comment, NOW);
        const expected = /^[=+\-@\t\r]/.test(comment) ? `'${comment}` : comment;
        assert.equal(rowOf(rowsOf(r, locale), 'q1')[5], expected);
      }),
    );
  });
});

describe('exportDocument', () => {
  const responses = answer(c, { q1: 3, q2: 2, q3: 'dont-know', q4: 1, q5: 3, q6: 1 });

  test('the questionnaire, the responses, the result and the export time', () => {
    const doc = exportDocument(c, responses, NOW);
    assert.deepEqual(doc.questionnaire, { id: 'minimal', version: '1', title: 'Minimal questionnaire' });
    assert.equal(doc.responses, responses);
    assert.deepEqual(doc.result, scoreQuestionnaire(c, responses));
    assert.equal(doc.result.global.band?.id, 'ready');
    assert.equal(doc.exportedAt, '2026-01-15T10:00:00.000Z');
  });

  test('is plain JSON data, and its responses read back with parseResponses', () => {
    const doc = exportDocument(c, responses, NOW);
    const back = JSON.parse(JSON.stringify(doc)) as typeof doc;
    assert.deepEqual(back, doc);
    const parsed = parseResponses(back.responses);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.responses, responses);
  });
});

describe('validateResponses / reopenResponses', () => {
  const draft = answer(c, { q1: 3, q2: 1 });
  const later = new Date('2026-02-01T08:30:00.000Z');

  test('validate: status, dates and the trimmed signature; answers and version unchanged', () => {
    const snapshot = copy(draft);
    const v = validateResponses(draft, { name: '  Anne Martin ', role: ' Directrice ' }, later);
    assert.deepEqual(draft, snapshot, 'the input is not changed');
    assert.equal(v.status, 'validated');
    assert.equal(v.validatedAt, '2026-02-01T08:30:00.000Z');
    assert.equal(v.updatedAt, '2026-02-01T08:30:00.000Z');
    assert.deepEqual(v.validatedBy, { name: 'Anne Martin', role: 'Directrice' });
    assert.equal(v.questionnaireVersion, draft.questionnaireVersion);
    assert.equal(v.createdAt, draft.createdAt);
    assert.deepEqual(v.answers, draft.answers);
    assert.ok(parseResponses(v).ok, 'the result fits the responses schema');
  });

  test('validate: empty values are left out, and no validatedBy at all when both are empty', () => {
    assert.deepEqual(validateResponses(draft, { name: 'A', role: '   ' }, later).validatedBy, { name: 'A' });
    assert.deepEqual(validateResponses(draft, { role: 'DG' }, later).validatedBy, { role: 'DG' });
    for (const by of [{}, { name: '', role: '' }, { name: ' \t', role: '\n' }]) {
      const v = validateResponses(draft, by, later);
      assert.equal('validatedBy' in v, false, JSON.stringify(by));
      assert.equal(v.status, 'validated');
    }
  });

  test('validate again: the new signer replaces the old one', () => {
    const first = validateResponses(draft, { name: 'A', role: 'DG' }, NOW);
    assert.deepEqual(validateResponses(first, { role: 'DAF' }, later).validatedBy, { role: 'DAF' });
    assert.equal('validatedBy' in validateResponses(first, {}, later), false);
  });

  test('reopen: back to draft, signature removed, updatedAt = now', () => {
    const validated = validateResponses(draft, { name: 'A', role: 'DG' }, NOW);
    const snapshot = copy(validated);
    const reopened = reopenResponses(validated, later);
    assert.deepEqual(validated, snapshot, 'the input is not changed');
    assert.equal(reopened.status, 'draft');
    assert.equal('validatedAt' in reopened, false);
    assert.equal('validatedBy' in reopened, false);
    assert.equal(reopened.updatedAt, '2026-02-01T08:30:00.000Z');
    assert.deepEqual(reopened.answers, draft.answers);
    assert.ok(parseResponses(reopened).ok);
  });

  test('the default time is now', () => {
    const before = Date.now();
    const v = validateResponses(draft, {});
    assert.ok(Date.parse(v.validatedAt!) >= before && Date.parse(v.validatedAt!) <= Date.now());
    assert.ok(Date.parse(reopenResponses(v).updatedAt) >= before);
  });
});
