/**
 * The JSON pane's completion and hover read a JSON Schema generated in the browser from the core's Valibot
 * schemas (kinds.ts): it must be the one published in schemas/, key for key and description for description.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { KINDS } from '../../src/elements/config-editor/kinds.js';
import { describeAt, keysAt } from '../../src/elements/config-editor/schema-help.js';

const published = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8')) as {
    properties: Record<string, unknown>;
  };

for (const [kind, file] of [
  ['questionnaire', 'questionnaire.schema.json'],
  ['atp', 'atp.schema.json'],
  ['principles', 'principles.schema.json'],
] as const) {
  test(`the ${kind} schema of the JSON pane is the published one`, () => {
    const { properties } = published(file);
    const ours = KINDS[kind].schema().properties ?? {};
    const strip = (p: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(p).filter(([k]) => k !== '$schema'));
    assert.deepEqual(strip(ours), strip(properties));
  });
}

test('completion offers the keys of a question, required ones first; hover finds their description', () => {
  const schema = KINDS.questionnaire.schema();
  const keys = keysAt(schema, ['sections', 0, 'subsections', 0, 'questions', 0]).map((k) => k.key);
  assert.deepEqual(keys.slice(0, 2).sort(), ['id', 'label']);
  assert.ok(keys.includes('weight') && keys.includes('scale'));
  assert.match(describeAt(schema, ['sections', 0, 'weight']) ?? '', /weight/i);
  assert.equal(describeAt(schema, ['nothing', 'here']), undefined);
});
