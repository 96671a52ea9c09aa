/**
 * The forces behind each posture (seed: "poussé par … ramené à la raison par …"), read from the group's grid.
 * Every assert.ok() carries a message (see atp-analyse.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  analyseAtp,
  postureForces,
  type AtpCategory,
  type AtpConfig,
  type AtpData,
  type AtpGroupForces,
  type AtpItem,
} from '../../src/core/index.js';
import { config } from './atp-helpers.js';

type Row = [AtpCategory, string, number];

function data(rows: Row[], trust: number | null = null): AtpData {
  const items: AtpItem[] = rows.map(([category, text, intensity], i) => ({
    id: `item-${i + 1}`,
    category,
    text,
    intensity,
  }));
  return { groups: [{ id: 'g', label: 'G', trust, items }] };
}

function forces(d: AtpData, locale: 'fr' | 'en' = 'en', c: AtpConfig = config): AtpGroupForces {
  const result = postureForces(d, analyseAtp(c, d, { locale }), { locale })[0];
  assert.ok(result, 'one group');
  return result;
}

describe('postureForces: the seed figure of each posture', () => {
  test('individualist: pushed by its strongest fear, brought back to reason by its strongest attraction', () => {
    const f = forces(
      data([
        ['fears', 'Losing autonomy', 3],
        ['fears', 'More work', 1],
        ['attractions', 'Better care', 2],
        ['attractions', 'Shared rota', 1],
      ]),
    );
    assert.equal(f.posture, 'individualist');
    assert.deepEqual(f.pushing, {
      category: 'fears',
      label: 'Pushed by fear',
      item: { id: 'item-1', text: 'Losing autonomy', intensity: 3 },
      value: 3,
    });
    assert.equal(f.restraining?.category, 'attractions');
    assert.equal(f.restraining?.label, 'Brought back to reason by attractions');
    assert.equal(f.restraining?.item?.text, 'Better care');
    assert.equal(f.restraining?.value, 2);
  });

  test('opportunist: pushed by temptation, brought back to reason by fear', () => {
    const f = forces(
      data([
        ['temptations', 'Keep the budget', 3],
        ['fears', 'Being blamed', 2],
        ['attractions', 'Visibility', 1],
      ]),
    );
    assert.equal(f.posture, 'opportunist');
    assert.equal(f.pushing?.category, 'temptations');
    assert.equal(f.pushing?.label, 'Pushed by temptation');
    assert.equal(f.pushing?.item?.text, 'Keep the budget');
    assert.equal(f.restraining?.category, 'fears');
    assert.equal(f.restraining?.label, 'Brought back to reason by fear');
    assert.equal(f.restraining?.item?.intensity, 2);
  });

  test('cooperative: pushed by attractions, steadied by trust (its rating, no item)', () => {
    const f = forces(data([['attractions', 'Better care', 3]], 2));
    assert.equal(f.posture, 'cooperative');
    assert.equal(f.pushing?.item?.text, 'Better care');
    assert.equal(f.pushing?.label, 'Pushed by attractions');
    assert.deepEqual(f.restraining, {
      category: 'trust',
      label: 'Steadied by trust',
      value: 2,
    });
  });

  test('an unrated trust gives no value, never a guess', () => {
    const f = forces(data([['attractions', 'Better care', 3]]));
    assert.equal(f.restraining?.value, null);
    assert.equal(f.restraining?.item, undefined);
  });

  test('undetermined: no figure applies', () => {
    const f = forces(data([]));
    assert.equal(f.posture, 'undetermined');
    assert.equal(f.pushing, null);
    assert.equal(f.restraining, null);
  });
});

describe('postureForces: what the grid does not say', () => {
  test('an individualist with no attraction: the restraining force says so (no item, no value)', () => {
    const f = forces(data([['fears', 'Losing autonomy', 2]]));
    assert.equal(f.posture, 'individualist');
    assert.equal(f.restraining?.category, 'attractions');
    assert.equal(f.restraining?.item, undefined);
    assert.equal(f.restraining?.value, null);
  });

  test('an opportunist with no fear: no item invented', () => {
    const f = forces(data([['temptations', 'Keep the budget', 2]]));
    assert.equal(f.posture, 'opportunist');
    assert.equal(f.restraining?.item, undefined);
    assert.equal(f.restraining?.value, null);
  });

  test('equal intensities: the first item in the grid wins, whatever the order of the others', () => {
    const f = forces(
      data([
        ['fears', 'Minor', 1],
        ['fears', 'First strong', 3],
        ['fears', 'Second strong', 3],
      ]),
    );
    assert.equal(f.pushing?.item?.id, 'item-2');
    assert.equal(f.pushing?.item?.text, 'First strong');
  });

  test('groups follow the grid order, and the input is not changed', () => {
    const d: AtpData = {
      groups: [
        { id: 'a', label: 'A', trust: null, items: [{ id: 'item-1', category: 'fears', text: 'x', intensity: 2 }] },
        { id: 'b', label: 'B', trust: 3, items: [{ id: 'item-1', category: 'attractions', text: 'y', intensity: 2 }] },
      ],
    };
    const before = JSON.stringify(d);
    const result = postureForces(d, analyseAtp(config, d));
    assert.deepEqual(
      result.map((g) => [g.id, g.posture]),
      [
        ['a', 'individualist'],
        ['b', 'cooperative'],
      ],
    );
    assert.equal(JSON.stringify(d), before);
  });
});

describe('postureForces: labels in both languages', () => {
  const d = data([
    ['fears', 'Perte d’autonomie', 3],
    ['attractions', 'Continuité des soins', 2],
  ]);

  test('French (the default)', () => {
    const result = postureForces(d, analyseAtp(config, d))[0];
    assert.equal(result?.pushing?.label, 'Poussé par la peur');
    assert.equal(result?.restraining?.label, 'Ramené à la raison par les attraits');
  });

  test('English', () => {
    const f = forces(d, 'en');
    assert.equal(f.pushing?.label, 'Pushed by fear');
    assert.equal(f.restraining?.label, 'Brought back to reason by attractions');
  });

  test('a site’s overrides win', () => {
    const result = postureForces(d, analyseAtp(config, d), {
      strings: { amForceIndividualistPush: 'Mû par la peur' },
    })[0];
    assert.equal(result?.pushing?.label, 'Mû par la peur');
  });

  test('French labels of the three figures', () => {
    const fr = (rows: Row[], trust: number | null = null) => {
      const x = data(rows, trust);
      const g = postureForces(x, analyseAtp(config, x))[0];
      return [g?.pushing?.label, g?.restraining?.label];
    };
    assert.deepEqual(fr([['temptations', 't', 3]]), ['Poussé par la tentation', 'Ramené à la raison par la peur']);
    assert.deepEqual(fr([['attractions', 'a', 3]], 3), ['Poussé par les attraits', 'Stabilisé par la confiance']);
  });
});
