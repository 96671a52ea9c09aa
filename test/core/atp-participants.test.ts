/**
 * A participant's grid read from a file: a grid export, a stored grid, a project file or a bare grid; anything
 * else says why it was not added, with the JSON path of the first problem.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readParticipantFile, serializeSavedAtp } from '../../src/core/index.js';
import { sample } from './atp-helpers.js';
import projectFull from '../fixtures/project.full.json';

describe('readParticipantFile', () => {
  test('a grid export, a stored grid, a bare grid and a project file all give the grid', () => {
    const exported = JSON.stringify({
      config: { id: 'atp-default' },
      data: sample,
      exportedAt: '2026-12-01T10:00:00Z',
    });
    for (const text of [
      exported,
      serializeSavedAtp(sample),
      JSON.stringify(sample),
      `\uFEFF${JSON.stringify(sample)}`,
    ]) {
      const read = readParticipantFile(text);
      assert.ok(read.ok, text.slice(0, 40));
      assert.deepEqual(read.data, sample);
    }
    const project = readParticipantFile(JSON.stringify(projectFull));
    assert.ok(project.ok);
    assert.deepEqual(project.data, (projectFull as { atp: { data: unknown } }).atp.data);
  });

  test('not JSON, no grid, a project without a grid: said so', () => {
    assert.deepEqual(readParticipantFile('{ nope'), { ok: false, reason: 'not-json' });
    assert.deepEqual(readParticipantFile('[1, 2]'), { ok: false, reason: 'no-grid' });
    assert.deepEqual(readParticipantFile('{"answers": {}}'), { ok: false, reason: 'no-grid' });
    const { atp: _atp, ...withoutGrid } = projectFull as Record<string, unknown>;
    assert.deepEqual(readParticipantFile(JSON.stringify(withoutGrid)), { ok: false, reason: 'no-grid' });
  });

  test('an invalid grid gives its first problem with the path in the file', () => {
    const broken = structuredClone(sample);
    (broken.groups[0]!.items[1] as { intensity: unknown }).intensity = 'high';
    const bare = readParticipantFile(JSON.stringify(broken), { locale: 'en' });
    assert.equal(bare.ok, false);
    assert.equal(!bare.ok && bare.reason === 'invalid' && bare.path, 'groups[0].items[1].intensity');
    const exported = readParticipantFile(JSON.stringify({ config: { id: 'x' }, data: broken }), { locale: 'en' });
    assert.equal(!exported.ok && exported.reason === 'invalid' && exported.path, 'data.groups[0].items[1].intensity');
    const project = readParticipantFile(
      JSON.stringify({ ...projectFull, atp: { configId: 'atp-default', data: broken } }),
      { locale: 'en' },
    );
    assert.equal(!project.ok && project.reason === 'invalid' && project.path, 'atp.data.groups[0].items[1].intensity');
  });
});
