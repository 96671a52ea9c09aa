import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { jsonSchemas } from '../../scripts/json-schemas.js';

test('the committed JSON Schemas match the core’s definitions (run `npm run schemas` after changing them)', () => {
  for (const [file, text] of Object.entries(jsonSchemas())) {
    assert.equal(readFileSync(`schemas/${file}`, 'utf8'), text, file);
  }
});

test('the questionnaire schema describes what editors write: optional keys with defaults are not required', () => {
  const schema = JSON.parse(jsonSchemas()['questionnaire.schema.json']!) as {
    required: string[];
    additionalProperties: boolean;
  };
  assert.deepEqual(schema.required.sort(), ['bands', 'id', 'scale', 'schemaVersion', 'sections', 'title', 'version']);
  assert.equal(schema.additionalProperties, false);
});
