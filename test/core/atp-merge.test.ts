/**
 * The ATP grid core: the synthesis of several participants (mergeAtp).
 * Every assert.ok() carries a message: without one, Node 20 rebuilds it from this file's source when the
 * assertion fails, and on a long file that search never ends (the test hangs instead of failing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ATP_CATEGORIES,
  analyseAtp,
  buildPlans,
  mergeAtp,
  parseAtpData,
  type AtpCategory,
  type AtpData,
} from '../../src/core/index.js';
import { copy } from './helpers.js';
import { minimal, sample, parsed, config, fr, deepFreeze } from './atp-helpers.js';

describe('mergeAtp', () => {
  const item = (category: AtpCategory, text: string, intensity: number, n = 1) => ({
    id: `item-${n}`,
    category,
    text,
    intensity,
  });

  test('zero participants: an empty synthesis', () => {
    const s = mergeAtp(config, []);
    assert.deepEqual(s, { participants: 0, groups: [], data: { groups: [] } });
  });

  test('one participant: their grid, with spreads of 0', () => {
    const s = mergeAtp(fr, [sample]);
    assert.equal(s.participants, 1);
    assert.deepEqual(
      s.groups.map((g) => g.id),
      sample.groups.map((g) => g.id),
    );
    const providers = s.groups[0]!;
    assert.equal(providers.citedBy, 1);
    assert.deepEqual(providers.trust, { mean: 3, min: 3, max: 3 });
    assert.equal(providers.cells.attractions.length, 2);
    assert.ok(
      providers.cells.attractions.every((m) => m.spread === 0 && !m.divergent && m.citedBy === 1),
      'providers.cells.attractions.every((m) => m.spread === 0 && !m.divergent && m.citedBy === 1)',
    );
    assert.deepEqual(s.groups.at(-1)!.trust, { mean: null, min: null, max: null });
  });

  test('counts, means, min, max, spread; an item written twice by one participant counts once (its highest)', () => {
    const p1: AtpData = {
      groups: [
        {
          id: 'staff',
          label: 'Staff',
          trust: 1,
          items: [item('fears', 'Job cuts', 3), item('fears', 'job cuts!', 2, 2)],
        },
      ],
    };
    const p2: AtpData = { groups: [{ id: 'staff', label: 'Staff', trust: 3, items: [item('fears', 'Job cuts', 1)] }] };
    const p3: AtpData = {
      groups: [{ id: 'staff', label: 'Staff', trust: null, items: [item('attractions', 'Training', 2)] }],
    };
    const s = mergeAtp(config, [p1, p2, p3]);
    assert.equal(s.participants, 3);
    const staff = s.groups[0]!;
    assert.equal(staff.citedBy, 3);
    assert.deepEqual(staff.trust, { mean: 2, min: 1, max: 3 });
    assert.deepEqual(staff.cells.fears, [
      {
        key: 'job cuts',
        text: 'Job cuts',
        citedBy: 2,
        intensities: [3, 1],
        citedByIndex: [0, 1],
        mean: 2,
        min: 1,
        max: 3,
        spread: 2,
        divergent: true,
      },
    ]);
    assert.equal(staff.cells.attractions[0]!.citedBy, 1);
    assert.deepEqual(staff.cells.attractions[0]!.citedByIndex, [2], 'cited by the third participant only');
    assert.deepEqual(staff.cells.temptations, []);
  });

  test('divergent exactly at the configured spread, not below (and without float noise)', () => {
    const of = (values: number[], spread: number) => {
      const grids = values.map((v): AtpData => ({
        groups: [{ id: 'g', label: 'G', trust: null, items: [item('fears', 'X', v)] }],
      }));
      return mergeAtp(parsed({ ...copy(minimal), divergenceSpread: spread }), grids).groups[0]!.cells.fears[0]!;
    };
    assert.equal(of([1, 3], 2).divergent, true);
    assert.equal(of([1, 2.9], 2).divergent, false);
    assert.equal(of([1, 2], 1).divergent, true);
    assert.equal(of([1, 2], 1.5).divergent, false);
    // 2.3 − 0.3 is 1.9999999999999998 in floating point.
    const noisy = of([0.3, 2.3], 2);
    assert.equal(noisy.spread, 2);
    assert.equal(noisy.divergent, true);
  });

  test('groups are matched by id, then by normalised label; order: first participant’s, then as met', () => {
    const p1: AtpData = {
      groups: [
        { id: 'middle-managers', label: 'Cadres intermédiaires', trust: 2, items: [item('fears', 'Surcharge', 2)] },
        { id: 'staff', label: 'Personnels', trust: null, items: [] },
      ],
    };
    const p2: AtpData = {
      groups: [
        { id: 'nurses', label: 'Infirmiers', trust: 1, items: [] },
        { id: 'cadres', label: '  CADRES intermediaires ', trust: 0, items: [item('fears', 'surcharge.', 3)] },
        { id: 'staff', label: 'Staff (renamed)', trust: 3, items: [] },
      ],
    };
    const s = mergeAtp(config, [p1, p2]);
    assert.deepEqual(
      s.groups.map((g) => [g.id, g.label, g.citedBy]),
      [
        ['middle-managers', 'Cadres intermédiaires', 2],
        ['staff', 'Personnels', 2],
        ['nurses', 'Infirmiers', 1],
      ],
    );
    const managers = s.groups[0]!;
    assert.deepEqual(managers.trust, { mean: 1, min: 0, max: 2 });
    assert.deepEqual(managers.cells.fears[0]!.intensities, [2, 3]);
  });

  test('five participants', () => {
    const texts = ['Better service', 'Shared costs', 'Training'];
    const participants = [0, 1, 2, 3, 4].map((p): AtpData => ({
      groups: [
        {
          id: 'providers',
          label: 'Providers',
          trust: p === 4 ? null : p % 4,
          // Participant p cites the first p % 3 + 1 texts, at intensity p % 4.
          items: texts.slice(0, (p % 3) + 1).map((text, i) => item('attractions', text, p % 4, i + 1)),
        },
      ],
    }));
    const s = mergeAtp(config, participants);
    assert.equal(s.participants, 5);
    const g = s.groups[0]!;
    assert.equal(g.citedBy, 5);
    assert.deepEqual(g.trust, { mean: 1.5, min: 0, max: 3 });
    assert.deepEqual(
      g.cells.attractions.map((m) => [m.text, m.citedBy, m.intensities, m.mean, m.spread, m.divergent]),
      [
        ['Better service', 5, [0, 1, 2, 3, 0], 1.2, 3, true],
        ['Shared costs', 3, [1, 2, 0], 1, 2, true],
        ['Training', 1, [2], 2, 0, false],
      ],
    );
  });

  test('cells are sorted by citations, then by mean', () => {
    const p = (items: ReturnType<typeof item>[]): AtpData => ({
      groups: [{ id: 'g', label: 'G', trust: null, items }],
    });
    const s = mergeAtp(config, [
      p([item('fears', 'Low', 1), item('fears', 'High', 3, 2), item('fears', 'Common', 1, 3)]),
      p([item('fears', 'Common', 1)]),
    ]);
    assert.deepEqual(
      s.groups[0]!.cells.fears.map((m) => m.text),
      ['Common', 'High', 'Low'],
    );
  });

  test('the synthesis as a grid: valid data that analyseAtp and buildPlans take', () => {
    const other = copy(sample);
    other.groups[0]!.trust = 1;
    other.groups[0]!.items[0]!.intensity = 1;
    const s = mergeAtp(fr, [sample, other]);
    const check = parseAtpData(s.data);
    assert.ok(check.ok, JSON.stringify(!check.ok && check.issues));
    const providers = s.data.groups[0]!;
    assert.equal(providers.trust, 2);
    assert.equal(providers.items.find((i) => i.text.startsWith('Un poids'))?.intensity, 2);
    assert.deepEqual(
      providers.items.map((i) => i.id),
      providers.items.map((_, n) => `item-${n + 1}`),
    );
    assert.equal(analyseAtp(fr, s.data).groups[0]!.posture, 'cooperative');
    assert.equal(buildPlans(fr, s.data).risks.length > 0, true);
  });

  test('merging copies of one grid changes nothing but the counts', () => {
    const s = mergeAtp(fr, [sample, sample, sample]);
    assert.deepEqual(analyseAtp(fr, s.data), analyseAtp(fr, mergeAtp(fr, [sample]).data));
    for (const g of s.groups) {
      assert.equal(g.citedBy, 3);
      for (const category of ATP_CATEGORIES) for (const m of g.cells[category]) assert.equal(m.citedBy, 3);
    }
  });

  test('the participants’ grids are not changed', () => {
    const grids = deepFreeze([copy(sample), copy(sample)]);
    mergeAtp(fr, grids);
    assert.deepEqual(grids[0], sample);
  });
});
