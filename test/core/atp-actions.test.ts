/**
 * The plans' actions (principles 5, 6, 8): stored with the grid, editable by anyone, linked to the items they
 * answer. Links survive a rename, a deletion, a merge of participants' grids and the project file's round trip;
 * a grid saved before actions existed still opens; the plans CSV carries them. And the undo of a deletion.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  actionLinks,
  addAction,
  addItem,
  buildPlans,
  draftFromEntry,
  entryAnswered,
  linkTo,
  mergeAtp,
  parseAtpData,
  parseProjectDocument,
  parseSavedAtp,
  plansToCsv,
  removeAction,
  removeGroup,
  removeItem,
  renameGroup,
  resolveItemLinks,
  restoreAction,
  restoreGroup,
  restoreItem,
  serializeProject,
  serializeSavedAtp,
  unansweredItems,
  updateAction,
  updateItem,
  type AtpData,
} from '../../src/core/index.js';
import { readCsvWithBom } from './helpers.js';
import { deepFreeze, fr, sample } from './atp-helpers.js';
import projectFull from '../fixtures/project.full.json';

const grid: AtpData = deepFreeze({
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
      items: [
        { id: 'item-1', category: 'temptations', text: 'Garder la main', intensity: 1 },
        { id: 'item-2', category: 'fears', text: 'Perte d’autonomie', intensity: 3 },
      ],
    },
  ],
});

const fear = linkTo('medecins', grid.groups[0]!.items[1]!);

function withAction(data: AtpData = grid) {
  const { data: next, id } = addAction(data, { plan: 'risks', text: ' Un comité de suivi ', items: [fear] });
  assert.ok(id, 'an id');
  return { data: next, id };
}

describe('actions: add, edit, remove, restore', () => {
  test('an added action is trimmed, todo, linked, with an id; the input is unchanged', () => {
    const { data, id } = withAction();
    assert.equal(grid.actions, undefined);
    assert.deepEqual(data.actions, [{ id, plan: 'risks', text: 'Un comité de suivi', state: 'todo', items: [fear] }]);
    assert.match(id, /^action-/);
    const second = addAction(data, { plan: 'risks', text: 'Autre' });
    assert.notEqual(second.id, id, 'ids are not reused');
  });

  test('invalid drafts add nothing', () => {
    for (const draft of [
      { plan: 'risks', text: '   ' },
      { plan: 'nope', text: 'x' },
      { plan: 'risks', text: 'x', due: '31/12/2026' },
      { plan: 'risks', text: 'x', state: 'finished' },
      { plan: 'risks', text: 'x', items: [{ group: 'medecins' }] },
    ]) {
      const result = addAction(grid, draft as never);
      assert.equal(result.data, grid, JSON.stringify(draft));
      assert.equal(result.id, '');
    }
  });

  test('editing owner, due, state and evaluation; clearing them; reopening keeps the evaluation', () => {
    const { data, id } = withAction();
    const edited = updateAction(data, id, { owner: ' Mme Martin ', due: '2027-03-31', state: 'doing' });
    assert.deepEqual(
      { owner: edited.actions![0]!.owner, due: edited.actions![0]!.due, state: edited.actions![0]!.state },
      { owner: 'Mme Martin', due: '2027-03-31', state: 'doing' },
    );
    const done = updateAction(edited, id, {
      state: 'done',
      evaluation: { effect: 'better', note: ' La peur a baissé ' },
    });
    assert.deepEqual(done.actions![0]!.evaluation, { effect: 'better', note: 'La peur a baissé' });
    const reopened = updateAction(done, id, { state: 'doing' });
    assert.deepEqual(reopened.actions![0]!.evaluation, { effect: 'better', note: 'La peur a baissé' }, 'kept');
    const cleared = updateAction(reopened, id, { owner: '', due: undefined, evaluation: undefined });
    assert.equal(cleared.actions![0]!.owner, undefined);
    assert.equal(cleared.actions![0]!.due, undefined);
    assert.equal(cleared.actions![0]!.evaluation, undefined);
  });

  test('an edit that is invalid or changes nothing returns the data itself', () => {
    const { data, id } = withAction();
    assert.equal(updateAction(data, id, { text: '' }), data);
    assert.equal(updateAction(data, id, { due: '2027-13-45' }), data);
    assert.equal(updateAction(data, id, { text: 'Un comité de suivi' }), data);
    assert.equal(updateAction(data, 'unknown', { text: 'x' }), data);
  });

  test('a removed action comes back at its place with its id', () => {
    let data = withAction().data;
    data = addAction(data, { plan: 'objectives', text: 'Deuxième' }).data;
    data = addAction(data, { plan: 'charter', text: 'Troisième' }).data;
    const middle = data.actions![1]!;
    const { data: without, removed } = removeAction(data, middle.id);
    assert.deepEqual(
      without.actions!.map((a) => a.text),
      ['Un comité de suivi', 'Troisième'],
    );
    assert.deepEqual(removed, { action: middle, index: 1 });
    assert.deepEqual(restoreAction(without, removed!.action, removed!.index), data);
    assert.equal(restoreAction(data, middle, 0), data, 'not twice');
    assert.deepEqual(removeAction(data, 'unknown'), { data });
  });
});

describe('undo of a deleted item or group', () => {
  test('an item comes back at its place, same id', () => {
    const item = grid.groups[0]!.items[0]!;
    const without = removeItem(grid, 'medecins', item.id);
    assert.deepEqual(restoreItem(without, 'medecins', item, 0), grid);
    assert.equal(restoreItem(grid, 'medecins', item, 0), grid, 'not twice');
    assert.equal(restoreItem(without, 'gone', item, 0), without, 'not into a missing group');
  });

  test('a group comes back at its place with its items and trust', () => {
    const group = grid.groups[0]!;
    const without = removeGroup(grid, group.id);
    assert.deepEqual(restoreGroup(without, group, 0), grid);
    assert.equal(restoreGroup(grid, group, 1), grid, 'not twice');
  });
});

describe('links of actions survive the grid’s life', () => {
  test('a rename keeps the link (same id), a deletion leaves it named as removed', () => {
    const { data } = withAction();
    const renamed = updateItem(data, 'medecins', 'item-2', { text: 'Perdre son autonomie' });
    const [found] = resolveItemLinks(renamed, actionLinks(renamed));
    assert.equal(found?.status, 'found');
    assert.equal(found?.status === 'found' && found.item.text, 'Perdre son autonomie');
    const deleted = removeItem(data, 'medecins', 'item-2');
    const [gone] = resolveItemLinks(deleted, actionLinks(deleted));
    assert.deepEqual(gone?.status === 'removed' && gone.text, 'Perte d’autonomie');
    assert.equal(deleted.actions!.length, 1, 'the action stays');
    const groupGone = removeGroup(renameGroup(data, 'medecins', 'Médecins libéraux'), 'medecins');
    assert.equal(resolveItemLinks(groupGone, actionLinks(groupGone))[0]?.status, 'removed');
  });

  test('merged with other participants, the link points at the merged item', () => {
    const mine = withAction().data;
    const other: AtpData = {
      groups: [
        {
          id: 'docs',
          label: 'médecins',
          trust: 1,
          items: [
            { id: 'item-9', category: 'attractions', text: 'Autre chose', intensity: 1 },
            { id: 'item-1', category: 'fears', text: 'perte d’autonomie', intensity: 1 },
          ],
        },
      ],
      actions: [{ id: mine.actions![0]!.id, plan: 'objectives', text: 'Autre', state: 'done', items: [] }],
    };
    const merged = mergeAtp(fr, [other, mine]);
    assert.equal(merged.data.actions?.length, 2);
    const action = merged.data.actions!.find((a) => a.text === 'Un comité de suivi')!;
    const [r] = resolveItemLinks(merged.data, action.items);
    assert.equal(r?.status, 'found');
    assert.equal(r?.status === 'found' && r.byText, false, 'by id: the link was rewritten');
    assert.equal(r?.status === 'found' && r.group.id, 'docs', 'the merged group (matched by label)');
    assert.equal(r?.status === 'found' && r.item.category, 'fears');
    assert.equal(new Set(merged.data.actions!.map((a) => a.id)).size, 2, 'ids kept apart');
    assert.ok(parseAtpData(merged.data).ok, 'the merged grid is valid');
  });

  test('merged, a link to a deleted item stays removed and never lands on a merged item', () => {
    const { data } = withAction();
    const mine = removeItem(data, 'medecins', 'item-2');
    const merged = mergeAtp(fr, [mine, grid]);
    const action = merged.data.actions![0]!;
    // grid (the second participant) still has the fear, so the merged cell exists: found by wording.
    assert.equal(resolveItemLinks(merged.data, action.items)[0]?.status, 'found');
    const alone = mergeAtp(fr, [mine, removeItem(grid, 'medecins', 'item-2')]);
    assert.equal(resolveItemLinks(alone.data, alone.data.actions![0]!.items)[0]?.status, 'removed');
  });

  test('the project file’s round trip keeps actions, links and evaluations', () => {
    const { data, id } = withAction(sample);
    const done = updateAction(data, id, { state: 'done', evaluation: { effect: 'unchanged', date: '2027-01-15' } });
    const project = { ...(projectFull as object), atp: { configId: 'atp-default', data: done } };
    const parsed = parseProjectDocument(serializeProject(project as never));
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
    assert.deepEqual(parsed.project.atp?.data, done);
  });
});

describe('stored grids', () => {
  test('a grid saved before actions existed opens unchanged', () => {
    const old = JSON.stringify({ format: 'coop-atp/1', data: sample });
    const parsed = parseSavedAtp(old);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data, sample);
    assert.equal(parsed.data.actions, undefined);
  });

  test('actions are stored and read back; a duplicate action id or a bad date is reported with its path', () => {
    const { data } = withAction();
    const parsed = parseSavedAtp(serializeSavedAtp(data));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data, data);
    const twice = { ...data, actions: [data.actions![0]!, data.actions![0]!] };
    const dup = parseSavedAtp(serializeSavedAtp(twice), { locale: 'en' });
    assert.equal(dup.ok, false);
    assert.deepEqual(!dup.ok && dup.issues.map((i) => i.path), ['data.actions[1].id']);
    const badDate = { ...data, actions: [{ ...data.actions![0]!, due: 'demain' }] };
    const bad = parseSavedAtp(serializeSavedAtp(badDate));
    assert.deepEqual(!bad.ok && bad.issues.map((i) => i.path), ['data.actions[0].due']);
  });
});

describe('suggestions and unanswered items', () => {
  test('"add to the plan" drafts an action linked to every item the entry came from', () => {
    const plans = buildPlans(fr, grid, { locale: 'fr' });
    const entry = plans.risks.find((e) => e.key === 'perte d’autonomie'.replace('’', "'"))!;
    const draft = draftFromEntry(grid, entry);
    assert.equal(draft.plan, 'risks');
    assert.equal(draft.text, entry.action);
    assert.deepEqual(draft.items, [
      linkTo('medecins', grid.groups[0]!.items[1]!),
      linkTo('direction', grid.groups[1]!.items[1]!),
    ]);
    assert.equal(entryAnswered(grid, entry), false);
    const { data } = addAction(grid, draft);
    assert.equal(entryAnswered(data, entry), true);
    const half = addAction(grid, { ...draft, items: draft.items!.slice(0, 1) }).data;
    assert.equal(entryAnswered(half, entry), false, 'one group’s item still unanswered');
  });

  test('per group, the items no action answers; the register’s links count too', () => {
    const before = unansweredItems(grid);
    assert.deepEqual(
      before.map((g) => g.unlinked),
      [2, 2],
    );
    const { data } = withAction();
    const after = unansweredItems(data);
    assert.deepEqual(
      after.map((g) => g.unlinked),
      [1, 2],
    );
    assert.deepEqual(after[0]!.items.fears, []);
    const withRegister = unansweredItems(data, [linkTo('direction', grid.groups[1]!.items[0]!)]);
    assert.deepEqual(
      withRegister.map((g) => g.unlinked),
      [1, 1],
    );
  });
});

describe('the plans CSV carries the actions', () => {
  test('actions first in their plan, with items, owner, due, state and result; suggestions after', () => {
    const added = withAction(grid);
    const id = added.id;
    let data = added.data;
    data = updateAction(data, id, {
      owner: 'Mme Martin',
      due: '2027-03-31',
      state: 'done',
      evaluation: { effect: 'better', note: 'Moins d’inquiétude' },
    });
    data = removeItem(
      addItem(data, 'medecins', { category: 'fears', text: 'x', intensity: 1 }).data,
      'medecins',
      'item-2',
    );
    const plans = buildPlans(fr, data, { locale: 'fr' });
    const rows = readCsvWithBom(plansToCsv(fr, plans, { locale: 'fr' }, data), ';');
    assert.deepEqual(rows[0], [
      'Plan',
      'Libellé',
      'Groupes',
      'Intensité',
      'Action suggérée (à retravailler)',
      'Action décidée',
      'Responsable',
      'Échéance',
      'État',
      'Résultat',
      'Constat',
    ]);
    const action = rows.find((r) => r[5] === 'Un comité de suivi')!;
    assert.deepEqual(action, [
      'Plan de gestion des risques',
      'Perte d’autonomie (élément supprimé de la grille)',
      'Médecins',
      '',
      '',
      'Un comité de suivi',
      'Mme Martin',
      '2027-03-31',
      'Réalisée',
      'Mieux',
      'Moins d’inquiétude',
    ]);
    const firstRisk = rows.findIndex((r) => r[0] === 'Plan de gestion des risques');
    assert.equal(rows[firstRisk], action, 'the decided action leads its plan');
    assert.equal(rows.length, 1 + 1 + plans.objectives.length + plans.risks.length + plans.charter.length);
    for (const row of rows) assert.equal(row.length, 11);
  });
});
