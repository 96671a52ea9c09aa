/** The principles checklist's core: the saved document and its storage key. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createPrinciplesData,
  parseSavedPrinciples,
  principlesStorageKey,
  serializeSavedPrinciples,
} from '../../src/core/index.js';
import { copy } from './helpers.js';
import { data } from './principles-helpers.js';

describe('saved document', () => {
  test('round trip, with the format tag', () => {
    const d = data();
    const text = serializeSavedPrinciples(d);
    assert.ok(text.startsWith('{"format":"coop-principles/1","data":{'));
    const parsed = parseSavedPrinciples(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data, d);
  });

  test('corrupt text, another format, an array, data that breaks the rules', () => {
    const notJson = parseSavedPrinciples('{"format":"coop-principles/1","data":', { locale: 'en' });
    assert.ok(!notJson.ok);
    assert.deepEqual(
      notJson.issues.map((i) => [i.path, i.code]),
      [['', 'invalid_json']],
    );
    const other = parseSavedPrinciples(JSON.stringify({ format: 'coop-principles/2', data: createPrinciplesData() }));
    assert.ok(!other.ok && other.issues[0]!.path === 'format' && other.issues[0]!.code === 'invalid_value');
    const list = parseSavedPrinciples('[]');
    assert.ok(!list.ok && list.issues[0]!.code === 'invalid_type');
    const d = copy(data());
    delete d.proposals[2]!.rejectionReason;
    d.proposals[0]!.date = '1 Feb';
    const shape = parseSavedPrinciples(serializeSavedPrinciples(d));
    assert.ok(!shape.ok && shape.issues.some((i) => i.path === 'data.proposals[0].date'));
    d.proposals[0]!.date = '2026-02-01';
    const rules = parseSavedPrinciples(serializeSavedPrinciples(d));
    assert.ok(!rules.ok);
    assert.deepEqual(
      rules.issues.map((i) => [i.path, i.code]),
      [['data.proposals[2].rejectionReason', 'required']],
    );
  });

  test('storage key', () => {
    assert.equal(principlesStorageKey('principles-default'), 'coop-widgets:principles:principles-default');
    assert.equal(principlesStorageKey('x', 'ght-nord'), 'coop-widgets:principles:x:ght-nord');
    assert.equal(principlesStorageKey('x', ''), 'coop-widgets:principles:x');
  });
});
