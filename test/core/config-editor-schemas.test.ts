/**
 * The JSON pane's completion and hover read the JSON Schema published in schemas/ (kinds.ts loads the file
 * itself, so that the embed's stripped Valibot schemas never feed it): each kind gets its own file, and the
 * help finds a key's description in it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { KINDS } from '../../src/elements/config-editor/kinds.js';
import { describeAt, keysAt } from '../../src/elements/config-editor/schema-help.js';

const published = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8')) as unknown;

for (const [kind, file] of [
  ['questionnaire', 'questionnaire.schema.json'],
  ['atp', 'atp.schema.json'],
  ['principles', 'principles.schema.json'],
] as const) {
  test(`the ${kind} schema of the JSON pane is the published ${file}`, async () => {
    assert.deepEqual(await KINDS[kind].schema(), published(file));
  });
}

test('completion offers the keys of a question, required ones first; hover finds their description', async () => {
  const schema = await KINDS.questionnaire.schema();
  const keys = keysAt(schema, ['sections', 0, 'subsections', 0, 'questions', 0]).map((k) => k.key);
  assert.deepEqual(keys.slice(0, 2).sort(), ['id', 'label']);
  assert.ok(keys.includes('weight') && keys.includes('scale'));
  assert.match(describeAt(schema, ['sections', 0, 'weight']) ?? '', /weight/i);
  assert.equal(describeAt(schema, ['nothing', 'here']), undefined);
});

test('hover finds what a principle’s relatesTo and an ATP group’s id mean', async () => {
  const principles = await KINDS.principles.schema();
  assert.match(describeAt(principles, ['principles', 0, 'relatesTo', 'sections']) ?? '', /questionnaire sections/);
  const atp = await KINDS.atp.schema();
  assert.match(describeAt(atp, ['groups', 0, 'id']) ?? '', /grids and syntheses match groups/);
});
