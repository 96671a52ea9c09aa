/**
 * Principle 5: actions linked to the grid items they answer. Links survive a rename (same id), a merge or a
 * re-import (found again by wording in the group), and a deletion (a "removed" link that still names the item).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import {
  EvaluationSchema,
  ItemLinkSchema,
  addItem,
  linkTo,
  removeGroup,
  removeItem,
  resolveItemLinks,
  sameItem,
  unlinkedItems,
  updateItem,
  type AtpData,
} from '../../src/core/index.js';

const grid: AtpData = {
  groups: [
    {
      id: 'medecins',
      label: 'Médecins',
      trust: 2,
      items: [
        { id: 'item-1', category: 'attractions', text: 'Partager les gardes', intensity: 3 },
        { id: 'item-2', category: 'fears', text: 'Perte d’autonomie', intensity: 2 },
      ],
    },
    {
      id: 'direction',
      label: 'Direction',
      trust: null,
      items: [{ id: 'item-1', category: 'temptations', text: 'Garder la main', intensity: 1 }],
    },
  ],
};
const fear = grid.groups[0]!.items[1]!;

describe('item links', () => {
  test('a link made with linkTo keeps the wording and is valid against its schema', () => {
    const link = linkTo('medecins', fear);
    assert.deepEqual(link, { group: 'medecins', item: 'item-2', text: 'Perte d’autonomie' });
    assert.ok(v.safeParse(ItemLinkSchema, link).success, 'linkTo output parses');
    assert.equal(v.safeParse(ItemLinkSchema, { group: 'medecins', item: '../x' }).success, false);
    assert.equal(v.safeParse(ItemLinkSchema, { group: 'medecins', item: 'item-2', extra: 1 }).success, false);
  });

  test('a renamed item is still found by id, with its new wording', () => {
    const renamed = updateItem(grid, 'medecins', 'item-2', { text: 'Peur de perdre la main' });
    const [r] = resolveItemLinks(renamed, [linkTo('medecins', fear)]);
    assert.equal(r?.status, 'found');
    if (r?.status !== 'found') return;
    assert.equal(r.byText, false);
    assert.equal(r.item.text, 'Peur de perdre la main');
    assert.deepEqual(r.group, { id: 'medecins', label: 'Médecins' });
  });

  test('an item re-created under another id (merge, re-import) is found again by its wording in its group', () => {
    const without = removeItem(grid, 'medecins', 'item-2');
    const { data: again } = addItem(without, 'medecins', {
      category: 'fears',
      text: '  perte d\u2019AUTONOMIE ! ',
      intensity: 1,
    });
    const [r] = resolveItemLinks(again, [{ group: 'medecins', item: 'item-2', text: 'Perte d’autonomie' }]);
    assert.equal(r?.status, 'found');
    if (r?.status === 'found') assert.equal(r.byText, true);
  });

  test('a deleted item leaves a removed link that still names it; a deleted group too', () => {
    const gone = removeItem(grid, 'medecins', 'item-2');
    const [r] = resolveItemLinks(gone, [linkTo('medecins', fear)]);
    assert.deepEqual(r, {
      link: linkTo('medecins', fear),
      status: 'removed',
      group: { id: 'medecins', label: 'Médecins' },
      text: 'Perte d’autonomie',
    });
    const [g] = resolveItemLinks(removeGroup(grid, 'medecins'), [{ group: 'medecins', item: 'item-2' }]);
    assert.equal(g?.status, 'removed');
    if (g?.status === 'removed') {
      assert.equal(g.group, null);
      assert.equal(g.text, 'item-2', 'with no wording kept, the id names it');
    }
  });

  test('the same item id in two groups are two items', () => {
    const a = { group: 'medecins', item: 'item-1' };
    const b = { group: 'direction', item: 'item-1' };
    assert.equal(sameItem(grid, a, b), false);
    assert.equal(sameItem(grid, a, { ...a, text: 'other wording' }), true);
  });

  test('unlinkedItems lists, per group in grid order, the items no action answers', () => {
    const result = unlinkedItems(grid, [linkTo('medecins', fear), { group: 'nowhere', item: 'x' }]);
    assert.deepEqual(
      result.map((g) => [g.group.id, g.total, g.unlinked, g.items.attractions.map((i) => i.id), g.items.fears.length]),
      [
        ['medecins', 2, 1, ['item-1'], 0],
        ['direction', 1, 1, [], 0],
      ],
    );
    assert.deepEqual(
      result[1]!.items.temptations.map((i) => i.text),
      ['Garder la main'],
    );
    assert.equal(
      unlinkedItems(grid, []).reduce((n, g) => n + g.unlinked, 0),
      3,
    );
  });

  test('an evaluation takes one of three effects, a note and a date', () => {
    assert.ok(
      v.safeParse(EvaluationSchema, { effect: 'better', note: 'Moins d’inquiétude', date: '2026-11-02' }).success,
    );
    assert.equal(v.safeParse(EvaluationSchema, { effect: 'solved' }).success, false);
    assert.equal(v.safeParse(EvaluationSchema, { effect: 'better', date: '2 nov.' }).success, false);
  });
});
