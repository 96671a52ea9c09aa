/**
 * The ATP grid core: stored grids and their storage key.
 * Every assert.ok() carries a message: without one, Node 20 rebuilds it from this file's source when the
 * assertion fails, and on a long file that search never ends (the test hangs instead of failing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SAVED_ATP_FORMAT, atpStorageKey, parseSavedAtp, serializeSavedAtp } from '../../src/core/index.js';
import { copy } from './helpers.js';
import { sample } from './atp-helpers.js';

describe('stored grids', () => {
  test('round trip', () => {
    const text = serializeSavedAtp(sample);
    assert.ok(
      text.startsWith(`{"format":"${SAVED_ATP_FORMAT}","data":{"groups":[`),
      'text.startsWith(`{"format":"${SAVED_ATP_FORMAT}","data":{"groups":[`)',
    );
    const result = parseSavedAtp(text);
    assert.ok(result.ok, 'expected success');
    assert.deepEqual(result.data, sample);
  });

  test('corrupt text: invalid_json at the root, never thrown', () => {
    for (const text of ['', '{"format":"coop-atp/1","data":', 'undefined']) {
      const result = parseSavedAtp(text, { locale: 'fr' });
      assert.ok(!result.ok, 'expected a rejection');
      assert.deepEqual(
        result.issues.map((i) => [i.path, i.code]),
        [['', 'invalid_json']],
      );
      assert.match(result.issues[0]!.message, /JSON valide/);
    }
  });

  test('the wrong format tag, a bare grid, bad data: located issues', () => {
    const wrong = parseSavedAtp(JSON.stringify({ format: 'coop-atp/2', data: sample }));
    assert.ok(!wrong.ok, 'expected a rejection');
    assert.equal(wrong.issues[0]?.path, 'format');
    assert.equal(wrong.issues[0]?.code, 'invalid_value');
    const bare = parseSavedAtp(JSON.stringify(sample));
    assert.ok(!bare.ok, 'expected a rejection');
    assert.ok(
      bare.issues.some((i) => i.path === 'groups' && i.code === 'unknown_key'),
      "bare.issues.some((i) => i.path === 'groups' && i.code === 'unknown_key')",
    );
    const dup = copy(sample);
    dup.groups[1]!.id = 'providers';
    dup.groups[0]!.items[1]!.intensity = Number.NaN;
    const bad = parseSavedAtp(serializeSavedAtp(dup));
    assert.ok(!bad.ok, 'expected a rejection');
    assert.deepEqual(
      bad.issues.map((i) => [i.path, i.code]),
      [['data.groups[0].items[1].intensity', 'invalid_type']],
      'NaN is written as null by JSON',
    );
    const dupOnly = copy(sample);
    dupOnly.groups[1]!.id = 'providers';
    const dupResult = parseSavedAtp(serializeSavedAtp(dupOnly));
    assert.ok(!dupResult.ok, 'expected a rejection');
    assert.deepEqual(
      dupResult.issues.map((i) => [i.path, i.code]),
      [['data.groups[1].id', 'duplicate_id']],
    );
    assert.equal(parseSavedAtp('[]').ok, false);
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const result = parseSavedAtp(text);
          if (!result.ok) assert.ok(result.issues.length > 0, 'result.issues.length > 0');
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('storage key', () => {
    assert.equal(atpStorageKey('atp-default'), 'coop-widgets:atp:atp-default');
    assert.equal(atpStorageKey('atp-default', 'ght-est'), 'coop-widgets:atp:atp-default:ght-est');
    assert.equal(atpStorageKey('atp-default', ''), 'coop-widgets:atp:atp-default');
  });
});
