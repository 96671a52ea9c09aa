/**
 * Config errors in plain words (issue 17, item 11), through the principles checklist's parser: JSON text that does
 * not parse is reported in the user's language, with the line and column, never in the engine's raw English; each
 * problem says where it is by the names of the elements on its path, its JSON path kept.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePrinciplesConfig } from '../../src/core/index.js';
import { describeJsonError, lineAndColumn } from '../../src/core/shared/json-syntax.js';
import { parsePath } from '../../src/core/shared/issue-place.js';
import brokenJson from '../fixtures/principles.broken.json';

const broken: object = brokenJson;

const messageOf = (text: string, locale: 'fr' | 'en') => {
  const parsed = parsePrinciplesConfig(text, { locale });
  assert.equal(parsed.ok, false);
  if (parsed.ok) return '';
  assert.deepEqual(
    parsed.issues.map((i) => [i.path, i.code]),
    [['', 'invalid_json']],
  );
  return parsed.issues[0]!.message;
};

describe('JSON syntax errors in plain words', () => {
  test('a comma too many: said in French with its line and column, no English from the engine', () => {
    const text = '{\n  "id": "x",\n  "title": "T",\n}';
    const fr = messageOf(text, 'fr');
    assert.equal(
      fr,
      'Le texte n’est pas un JSON valide (ligne 4, colonne 1)\u202f: un nom de propriété entre guillemets doubles est attendu (virgule en trop\u202f?).',
    );
    assert.doesNotMatch(fr, /Expected|position|JSON at/);
    assert.match(messageOf(text, 'en'), /^The text is not valid JSON \(line 4, column 1\): a property name/);
  });

  test('text cut short: where it stops', () => {
    assert.equal(
      messageOf('{\n  "id": "x",\n  "title": ', 'en'),
      'The text is not valid JSON (line 3, column 12): the text stops before its end (a brace, bracket or quote missing?).',
    );
  });

  test('each reason the engine gives is ours, in both languages', () => {
    const cases: [string, RegExp, RegExp][] = [
      ['{"a" 1}', /deux-points attendus/, /a colon is expected/],
      ['{"a":1 "b":2}', /virgule ou une accolade fermante/, /comma or a closing brace/],
      ['{"a":[1 2]}', /virgule ou un crochet fermant/, /comma or a closing bracket/],
      ['{"a":1}x', /du texte suit la fin/, /text follows the end/],
      ['{"a":"x\ny"}', /retour à la ligne ou une tabulation/, /unescaped line break/],
      [
        '{"a":"x',
        /n’est pas fermé par un guillemet double|s’arrête avant la fin/,
        /not closed by a double quote|stops before its end/,
      ],
    ];
    for (const [text, fr, en] of cases) {
      assert.match(messageOf(text, 'fr'), fr, text);
      assert.match(messageOf(text, 'en'), en, text);
    }
  });

  test('line and column count from 1, across \\n and \\r\\n', () => {
    assert.deepEqual(lineAndColumn('ab', 0), { line: 1, column: 1 });
    assert.deepEqual(lineAndColumn('ab\r\ncd', 5), { line: 2, column: 2 });
    assert.deepEqual(lineAndColumn('a\nb', 99), { line: 2, column: 2 });
  });

  test('an engine message we do not know is kept as the detail, not hidden', () => {
    assert.deepEqual(describeJsonError('{', 'Something odd'), {
      reason: 'other',
      line: null,
      column: null,
      detail: 'Something odd',
    });
    assert.deepEqual(describeJsonError('[1,]', `Unexpected token ']', "[1,]" is not valid JSON`), {
      reason: 'token',
      line: null,
      column: null,
      detail: ']',
    });
  });
});

describe('problems placed in plain words', () => {
  test('each problem names the principle or status by its number and text, its JSON path kept', () => {
    const parsed = parsePrinciplesConfig(broken, { locale: 'fr' });
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    const byPath = new Map(parsed.issues.map((i) => [i.path, i]));
    assert.equal(
      byPath.get('principles[1].id')!.where,
      'Principe 2 «\u202fSame id as the first\u202f» › propriété «\u202fid\u202f»',
    );
    assert.equal(byPath.get('statuses[1].id')!.where, 'Statut 2 «\u202fDoing\u202f» › propriété «\u202fid\u202f»');
    assert.equal(byPath.get('principles[1].id')!.code, 'duplicate_id', 'path and code as before');
  });

  test('a shape error names its place too, in English; the root and unnamed places keep the path alone', () => {
    const config = structuredClone(broken) as { principles: { number: unknown }[] };
    config.principles[2]!.number = 'three';
    const parsed = parsePrinciplesConfig(config, { locale: 'en' });
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    const issue = parsed.issues.find((i) => i.path === 'principles[2].number')!;
    assert.equal(issue.where, 'Principle 3 “Same number as the second” › property “number”');
    const root = parsePrinciplesConfig({ ...broken, extra: 1 }, { locale: 'en' });
    assert.equal(root.ok, false);
    if (root.ok) return;
    assert.equal(root.issues.find((i) => i.path === 'extra')!.where, undefined);
  });

  test('parsePath reads back what formatPath writes', () => {
    assert.deepEqual(parsePath('sections[1].subsections[0].questions[3].weight'), [
      'sections',
      1,
      'subsections',
      0,
      'questions',
      3,
      'weight',
    ]);
    assert.deepEqual(parsePath('data.principles["odd key"].status'), ['data', 'principles', 'odd key', 'status']);
  });
});
