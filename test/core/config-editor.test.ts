/** The config editor's pure pieces: JSON paths placed in the text, outline edits, the change report, tags. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  addOutlineEntry,
  canRemove,
  configEditorStrings,
  configScriptTag,
  configTag,
  defaultQuestionnaire,
  duplicateOutlineEntry,
  keepQuestionId,
  locateJsonPath,
  moveOutlineEntry,
  outlineIds,
  parseAtpConfig,
  parsePrinciplesConfig,
  parseQuestionnaireConfig,
  questionnaireChanges,
  readConfigTag,
  removeOutlineEntry,
  setOutlineField,
  type OutlinePath,
} from '../../src/core/index.js';
import { config, copy, minimal } from './helpers.js';

const TEXTS = { section: 'S', subsection: 'SS', question: 'Q' };
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('locateJsonPath', () => {
  const brokenFixtures = [
    ['questionnaire', (t: string) => parseQuestionnaireConfig(t, { locale: 'en' })],
    ['atp', (t: string) => parseAtpConfig(t, { locale: 'en' })],
    ['principles', (t: string) => parsePrinciplesConfig(t, { locale: 'en' })],
  ] as const;
  for (const [name, parse] of brokenFixtures) {
    test(`every issue of the broken ${name} fixture lands on one line that names its key`, () => {
      const text = readFileSync(new URL(`../fixtures/${name}.broken.json`, import.meta.url), 'utf8');
      const parsed = parse(text);
      assert.equal(parsed.ok, false);
      if (parsed.ok) return;
      assert.ok(parsed.issues.length >= 3);
      const lines = text.split('\n');
      for (const issue of parsed.issues) {
        const range = locateJsonPath(text, issue.path);
        assert.ok(range, `no range for ${issue.path}`);
        assert.equal(lineOf(text, range.to), lineOf(text, range.from), `${issue.path} spans lines`);
        // The marked line holds the last key of the path, unless the path ends on an array item or names a
        // key that is missing (then the line is its parent's).
        const last = /(?:^|\.)([\w$]+)$/.exec(issue.path)?.[1];
        if (last && issue.code !== 'required') {
          assert.match(lines[lineOf(text, range.from) - 1] ?? '', new RegExp(`"${last}"`), issue.path);
        }
      }
    });
  }

  test('a value is marked from its key to its end; an array item by its own range', () => {
    const text = '{\n  "a": [1, {"b": "x"}],\n  "c": true\n}';
    assert.deepEqual(locateJsonPath(text, 'c'), { from: text.indexOf('"c"'), to: text.indexOf('true') + 4 });
    assert.deepEqual(locateJsonPath(text, 'a[0]'), { from: text.indexOf('1'), to: text.indexOf('1') + 1 });
    const b = text.indexOf('"b"');
    assert.deepEqual(locateJsonPath(text, 'a[1].b'), { from: b, to: text.indexOf('"x"') + 3 });
    // A missing key is shown at its parent, here the object's opening brace.
    const brace = text.indexOf('{"b"');
    assert.deepEqual(locateJsonPath(text, 'a[1].missing'), { from: brace, to: brace + 1 });
  });

  test('a text cut short still places the paths before the cut', () => {
    const text = '{ "id": "x", "sections": [ { "id": ';
    assert.deepEqual(locateJsonPath(text, 'id'), { from: 2, to: 11 });
    assert.equal(locateJsonPath('not json', 'id'), undefined);
  });
});

/** One edit the outline can make, drawn at random. */
const edit = fc.record({
  kind: fc.constantFrom('add', 'remove', 'duplicate', 'up', 'down', 'title'),
  a: fc.nat(8),
  b: fc.nat(8),
  c: fc.nat(8),
  depth: fc.integer({ min: 1, max: 3 }),
  text: fc.string({ minLength: 1, maxLength: 12 }),
});

describe('outline edits', () => {
  test('from a valid config, any sequence of edits gives a config that parses with no issue', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(minimal, defaultQuestionnaire('fr')),
        fc.array(edit, { maxLength: 25 }),
        (start, edits) => {
          let doc: unknown = copy(start);
          for (const e of edits) {
            const path = [e.a, e.b, e.c].slice(0, e.depth) as OutlinePath;
            if (e.kind === 'add')
              doc = addOutlineEntry(doc, path.slice(0, -1) as [] | [number] | [number, number], TEXTS).draft;
            else if (e.kind === 'remove') doc = removeOutlineEntry(doc, path);
            else if (e.kind === 'duplicate') doc = duplicateOutlineEntry(doc, path).draft;
            else if (e.kind === 'up' || e.kind === 'down')
              doc = moveOutlineEntry(doc, path, e.kind === 'up' ? -1 : 1)?.draft ?? doc;
            else doc = setOutlineField(doc, path, e.depth === 3 ? 'label' : 'title', e.text);
          }
          const parsed = parseQuestionnaireConfig(doc as object);
          assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('the only question of a subsection cannot be removed; any other can', () => {
    const doc = copy(minimal);
    const path: OutlinePath = [0, 0, 0];
    const grown = addOutlineEntry(doc, [0, 0], TEXTS).draft;
    assert.equal(canRemove(grown, path), true);
    let doc2: unknown = grown;
    while (canRemove(doc2, path)) doc2 = removeOutlineEntry(doc2, path);
    const count = (d: unknown) => (d as typeof minimal).sections[0]?.subsections[0]?.questions.length;
    assert.equal(count(doc2), 1);
    assert.deepEqual(removeOutlineEntry(doc2, path), doc2);
  });

  test('a duplicate gets new ids for itself and its children, placed just after', () => {
    const before = outlineIds(minimal);
    const { draft: doc, path } = duplicateOutlineEntry(minimal, [0]);
    assert.deepEqual(path, [1]);
    const after = outlineIds(doc);
    assert.ok(after.size > before.size);
    const parsed = parseQuestionnaireConfig(doc);
    assert.ok(parsed.ok);
  });

  test('moving past an end does nothing; moving down then up is the identity', () => {
    const doc = addOutlineEntry(minimal, [], TEXTS).draft;
    assert.equal(moveOutlineEntry(doc, [0], -1), undefined);
    const down = moveOutlineEntry(doc, [0], 1);
    assert.ok(down);
    assert.deepEqual(down.path, [1]);
    assert.deepEqual(moveOutlineEntry(down.draft, [1], -1)?.draft, doc);
  });
});

describe('questionnaireChanges', () => {
  const first = () => {
    const doc = copy(minimal) as unknown as { sections: { subsections: { questions: { id: string }[] }[] }[] };
    return doc;
  };

  test('an unchanged config affects nothing', () => {
    const c = config();
    const changes = questionnaireChanges(c, c);
    assert.deepEqual([changes.affectsData, changes.contentChanged, changes.versionMustChange], [false, false, false]);
  });

  test('a renamed id orphans its answers, is offered back, and keeping it clears the report', () => {
    const doc = first();
    const question = doc.sections[0]!.subsections[0]!.questions[0]!;
    const oldId = question.id;
    question.id = 'renamed-question';
    const changes = questionnaireChanges(config(), config(doc));
    assert.deepEqual(
      changes.removed.map((q) => q.id),
      [oldId],
    );
    assert.deepEqual(
      changes.renamed.map((r) => [r.from, r.to]),
      [[oldId, 'renamed-question']],
    );
    assert.equal(changes.versionMustChange, true);
    const kept = keepQuestionId(doc, oldId, 'renamed-question');
    assert.equal(questionnaireChanges(config(), config(kept)).affectsData, false);
  });

  test('a scale that loses its top level re-scales every question that uses it', () => {
    const doc = copy(minimal) as { scale: { levels: unknown[] }; version: string };
    doc.scale.levels.pop();
    doc.version = 'next';
    const changes = questionnaireChanges(config(), config(doc));
    assert.ok(changes.rescaled.length > 0);
    assert.equal(changes.removed.length, 0);
    assert.equal(changes.versionMustChange, false);
  });
});

describe('config tags', () => {
  test('a tag copied from the editor reads back to the same config, whatever its text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, id) => {
        const value = { title, id, nested: [`'</script>&amp;"`] };
        assert.deepEqual(JSON.parse(readConfigTag(configTag('coop-questionnaire', value)) ?? ''), value);
        assert.deepEqual(JSON.parse(readConfigTag(configScriptTag('coop-questionnaire', value)) ?? ''), value);
      }),
    );
  });

  test('the attribute is escaped: no quote or angle bracket of the text closes it', () => {
    const tag = configTag('coop-questionnaire', { t: `a'b<c>&` });
    assert.equal(tag.match(/'/g)?.length, 2);
    assert.doesNotMatch(tag.slice(1, -'</coop-questionnaire>'.length), /<[^/]/);
    assert.equal(readConfigTag('<p>nothing here</p>'), undefined);
  });
});

test('the config editor speaks French and English with the same keys of the same kinds', () => {
  const fr = configEditorStrings('fr');
  const en = configEditorStrings('en');
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
  for (const key of Object.keys(fr) as (keyof typeof fr)[]) assert.equal(typeof fr[key], typeof en[key], key);
  assert.equal(configEditorStrings('fr', { ceUndo: 'Défaire' }).ceUndo, 'Défaire');
});
