/**
 * The ATP grid core: the editing functions and fitting a grid to its config.
 * Every assert.ok() carries a message: without one, Node 20 rebuilds it from this file's source when the
 * assertion fails, and on a long file that search never ends (the test hangs instead of failing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ATP_CATEGORIES,
  addGroup,
  addItem,
  createAtpData,
  fitAtpData,
  moveGroup,
  parseAtpData,
  removeGroup,
  removeItem,
  renameGroup,
  setTrust,
  updateItem,
  type AtpCategory,
  type AtpData,
} from '../../src/core/index.js';
import { copy } from './helpers.js';
import { minimal, sample, parsed, config, fr, deepFreeze } from './atp-helpers.js';

describe('editing functions', () => {
  const base = (): AtpData => deepFreeze(copy(sample));

  test('createAtpData: the config’s groups, trust not rated, no item', () => {
    const data = createAtpData(config);
    assert.deepEqual(data, {
      groups: [
        { id: 'managers', label: 'Managers', trust: null, items: [] },
        { id: 'staff', label: 'Staff', trust: null, items: [] },
      ],
    });
    data.groups.pop();
    assert.equal(config.groups.length, 2, 'the config is not shared');
  });

  test('addGroup: the slug of the label when free and valid, else the smallest free group-N', () => {
    const data = base();
    const added = addGroup(data, '  Cadres de santé ');
    assert.equal(added.id, 'cadres-de-sante');
    assert.deepEqual(added.data.groups.at(-1), {
      id: 'cadres-de-sante',
      label: 'Cadres de santé',
      trust: null,
      items: [],
    });
    assert.equal(added.data.groups.length, data.groups.length + 1);
    assert.equal(addGroup(data, 'Staff').id, 'group-1', '"staff" is taken');
    assert.equal(addGroup(data, '!!!').id, 'group-1', 'nothing left of the label');
    assert.equal(addGroup(data, 'Constructor').id, 'group-1', 'not a valid id');
    const withOne = addGroup(addGroup(data, '***').data, '###');
    assert.equal(withOne.id, 'group-2');
    const gap = removeGroup(addGroup(withOne.data, '%%%').data, 'group-1');
    assert.equal(addGroup(gap, '???').id, 'group-1', 'the smallest free number');
    const empty = addGroup(data, '   ');
    assert.equal(empty.data, data);
    assert.equal(empty.id, '');
  });

  test('renameGroup', () => {
    const data = base();
    const next = renameGroup(data, 'staff', ' Agents ');
    assert.equal(next.groups[3]!.label, 'Agents');
    assert.equal(next.groups[3]!.id, 'staff');
    assert.equal(next.groups[0], data.groups[0], 'other groups are shared, not copied');
    assert.equal(renameGroup(data, 'nobody', 'X'), data);
    assert.equal(renameGroup(data, 'staff', '  '), data);
    assert.equal(renameGroup(data, 'staff', 'Personnels'), data);
  });

  test('moveGroup', () => {
    const data = base();
    const ids = (d: AtpData) => d.groups.map((g) => g.id);
    assert.deepEqual(ids(moveGroup(data, 'users', 0)), [
      'users',
      'providers',
      'deputy-directors',
      'middle-managers',
      'staff',
      'beneficiaries',
    ]);
    assert.deepEqual(ids(moveGroup(data, 'providers', 2)), [
      'deputy-directors',
      'middle-managers',
      'providers',
      'staff',
      'beneficiaries',
      'users',
    ]);
    assert.deepEqual(ids(moveGroup(data, 'providers', 99)).at(-1), 'providers');
    assert.deepEqual(ids(moveGroup(data, 'users', -5))[0], 'users');
    assert.equal(moveGroup(data, 'providers', 0), data);
    assert.equal(moveGroup(data, 'nobody', 0), data);
    assert.equal(moveGroup(data, 'users', Number.NaN), data);
  });

  test('removeGroup', () => {
    const data = base();
    const next = removeGroup(data, 'staff');
    assert.equal(next.groups.length, 5);
    assert.ok(!next.groups.some((g) => g.id === 'staff'), "!next.groups.some((g) => g.id === 'staff')");
    assert.equal(removeGroup(data, 'nobody'), data);
  });

  test('setTrust', () => {
    const data = base();
    assert.equal(setTrust(data, 'users', 2).groups[5]!.trust, 2);
    assert.equal(setTrust(data, 'providers', null).groups[0]!.trust, null);
    for (const bad of [-1, Number.NaN, Infinity, '2' as unknown as number])
      assert.equal(setTrust(data, 'users', bad), data);
    assert.equal(setTrust(data, 'nobody', 1), data);
    assert.equal(setTrust(data, 'providers', 3), data, 'same value');
  });

  test('addItem: a new id never used in the group, trimmed text, no empty note', () => {
    const data = base();
    const added = addItem(data, 'users', { category: 'fears', text: ' Longer waits ', intensity: 2, note: ' ' });
    assert.match(added.id, /^item-[0-9a-z]+$/);
    assert.deepEqual(added.data.groups[5]!.items, [
      { id: added.id, category: 'fears', text: 'Longer waits', intensity: 2 },
    ]);
    // A freed id is not given again: a link to the deleted item must not land on the new one.
    const gap = removeItem(data, 'providers', 'item-2');
    const again = addItem(gap, 'providers', { category: 'attractions', text: 'X', intensity: 1, note: 'why' });
    const ids = data.groups[0]!.items.map((i) => i.id);
    assert.ok(!ids.includes(again.id), `${again.id} is not one of ${ids.join(', ')}`);
    assert.deepEqual(again.data.groups[0]!.items.at(-1), {
      id: again.id,
      category: 'attractions',
      text: 'X',
      intensity: 1,
      note: 'why',
    });
    const twice = addItem(again.data, 'providers', { category: 'fears', text: 'Y', intensity: 1 });
    assert.notEqual(twice.id, again.id, 'two items added in the same millisecond get two ids');
    const refused = [
      addItem(data, 'nobody', { category: 'fears', text: 'X', intensity: 1 }),
      addItem(data, 'users', { category: 'fears', text: '  ', intensity: 1 }),
      addItem(data, 'users', { category: 'hopes' as AtpCategory, text: 'X', intensity: 1 }),
      addItem(data, 'users', { category: 'fears', text: 'X', intensity: -1 }),
      addItem(data, 'users', { category: 'fears', text: 'X', intensity: Number.NaN }),
    ];
    for (const r of refused) assert.deepEqual(r, { data, id: '' });
  });

  test('updateItem: applies the whole patch or nothing', () => {
    const data = base();
    const next = updateItem(data, 'deputy-directors', 'item-2', { text: ' Loss of autonomy ', intensity: 2 });
    assert.deepEqual(next.groups[1]!.items[1], {
      id: 'item-2',
      category: 'fears',
      text: 'Loss of autonomy',
      intensity: 2,
      note: 'Surtout pour les achats.',
    });
    assert.equal(next.groups[1]!.items[0], data.groups[1]!.items[0]);
    assert.equal(updateItem(data, 'deputy-directors', 'item-2', { note: '' }).groups[1]!.items[1]!.note, undefined);
    assert.ok(
      !('note' in updateItem(data, 'deputy-directors', 'item-2', { note: undefined }).groups[1]!.items[1]!),
      "!('note' in updateItem(data, 'deputy-directors', 'item-2', { note: undefined }).groups[1]!.items[1]!)",
    );
    assert.equal(updateItem(data, 'deputy-directors', 'item-1', { note: 'n' }).groups[1]!.items[0]!.note, 'n');
    assert.equal(
      updateItem(data, 'deputy-directors', 'item-1', { category: 'temptations' }).groups[1]!.items[0]!.category,
      'temptations',
    );
    assert.equal(updateItem(data, 'deputy-directors', 'item-2', { text: '', intensity: 1 }), data);
    assert.equal(updateItem(data, 'deputy-directors', 'item-2', { intensity: -2 }), data);
    assert.equal(updateItem(data, 'deputy-directors', 'item-2', { category: 'x' as AtpCategory }), data);
    assert.equal(updateItem(data, 'deputy-directors', 'item-9', { intensity: 1 }), data);
    assert.equal(updateItem(data, 'nobody', 'item-1', { intensity: 1 }), data);
    assert.equal(updateItem(data, 'deputy-directors', 'item-2', { intensity: 3 }), data, 'no change');
  });

  test('removeItem', () => {
    const data = base();
    const next = removeItem(data, 'staff', 'item-2');
    assert.deepEqual(
      next.groups[3]!.items.map((i) => i.id),
      ['item-1', 'item-3'],
    );
    assert.equal(removeItem(data, 'staff', 'item-9'), data);
    assert.equal(removeItem(data, 'nobody', 'item-1'), data);
  });

  test('any sequence of edits leaves the input unchanged and gives valid data', () => {
    const category = fc.constantFrom(...ATP_CATEGORIES);
    const text = fc.string({ maxLength: 12 });
    const groupRef = fc.nat(8);
    const itemRef = fc.nat(6);
    const value = fc.oneof(fc.integer({ min: -1, max: 4 }), fc.double({ noNaN: false }), fc.constant(null));
    const op = fc.oneof(
      fc.record({ kind: fc.constant('addGroup' as const), text }),
      fc.record({ kind: fc.constant('renameGroup' as const), groupRef, text }),
      fc.record({ kind: fc.constant('moveGroup' as const), groupRef, to: fc.integer({ min: -2, max: 9 }) }),
      fc.record({ kind: fc.constant('removeGroup' as const), groupRef }),
      fc.record({ kind: fc.constant('setTrust' as const), groupRef, value }),
      fc.record({ kind: fc.constant('addItem' as const), groupRef, category, text, value, note: fc.option(text) }),
      fc.record({
        kind: fc.constant('updateItem' as const),
        groupRef,
        itemRef,
        category: fc.option(category),
        text: fc.option(text),
        value: fc.option(value),
        note: fc.option(text),
      }),
      fc.record({ kind: fc.constant('removeItem' as const), groupRef, itemRef }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let data = base();
        for (const o of ops) {
          const before = JSON.stringify(data);
          const frozen = deepFreeze(data);
          const gid = frozen.groups['groupRef' in o ? o.groupRef : 0]?.id ?? 'nobody';
          const group = frozen.groups.find((g) => g.id === gid);
          const iid = 'itemRef' in o ? (group?.items[o.itemRef]?.id ?? 'item-99') : 'item-99';
          const num = 'value' in o ? (o.value as number) : 0;
          switch (o.kind) {
            case 'addGroup':
              data = addGroup(frozen, o.text).data;
              break;
            case 'renameGroup':
              data = renameGroup(frozen, gid, o.text);
              break;
            case 'moveGroup':
              data = moveGroup(frozen, gid, o.to);
              break;
            case 'removeGroup':
              data = removeGroup(frozen, gid);
              break;
            case 'setTrust':
              data = setTrust(frozen, gid, o.value);
              break;
            case 'addItem':
              data = addItem(frozen, gid, {
                category: o.category,
                text: o.text,
                intensity: num,
                ...(o.note === null ? {} : { note: o.note }),
              }).data;
              break;
            case 'updateItem':
              data = updateItem(frozen, gid, iid, {
                ...(o.category === null ? {} : { category: o.category }),
                ...(o.text === null ? {} : { text: o.text }),
                ...(o.value === null ? {} : { intensity: o.value as number }),
                ...(o.note === null ? {} : { note: o.note }),
              });
              break;
            case 'removeItem':
              data = removeItem(frozen, gid, iid);
              break;
          }
          assert.equal(JSON.stringify(frozen), before, `${o.kind} changed its input`);
          const check = parseAtpData(data);
          assert.ok(check.ok, `${o.kind}: ${JSON.stringify(!check.ok && check.issues)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('fitAtpData', () => {
  test('brings intensities and trust above the top of the config’s scales down to it, dropping nothing', () => {
    const input = copy(minimal);
    input.intensity.levels.pop();
    input.trust.levels.pop();
    const smaller = parsed(input);
    const data = deepFreeze(copy(sample));
    const fitted = fitAtpData(smaller, data);
    assert.notEqual(fitted, data);
    assert.equal(fitted.groups.length, data.groups.length);
    fitted.groups.forEach((g, i) => {
      const original = data.groups[i]!;
      assert.equal(g.items.length, original.items.length);
      assert.equal(g.trust, original.trust === null ? null : Math.min(original.trust, 2));
      g.items.forEach((item, j) => {
        assert.deepEqual(item, { ...original.items[j]!, intensity: Math.min(original.items[j]!.intensity, 2) });
      });
    });
    assert.equal(fitted.groups[5], data.groups[5], 'untouched groups are shared');
  });

  test('returns the data itself when it fits', () => {
    const data = copy(sample);
    assert.equal(fitAtpData(fr, data), data);
  });
});
