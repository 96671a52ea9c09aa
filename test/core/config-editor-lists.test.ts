/**
 * The config editor's list edits for the ATP grid and the principles checklist (shared/list-edit.ts with the
 * specs of atp/edit.ts and principles/edit.ts), and the change reports of both: what publishing does to the
 * data already stored.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import atpMinimal from '../fixtures/atp.minimal.json';
import principlesMinimal from '../fixtures/principles.minimal.json';
import {
  ATP_THRESHOLDS,
  addListEntry,
  atpChanges,
  atpGroupsList,
  atpLevelsList,
  atpLists,
  atpThresholdChoices,
  canRemoveListEntry,
  configEditorStrings,
  defaultAtpConfig,
  defaultPrinciplesConfig,
  duplicateListEntry,
  listOf,
  moveListEntry,
  parseAtpConfig,
  parsePrinciplesConfig,
  principlesChanges,
  principlesGroupsList,
  principlesList,
  principlesStatusesList,
  readIdList,
  removeListEntry,
  renameListId,
  setDraftValue,
  setListField,
  setPrincipleRelation,
  type AtpConfig,
  type ListSpec,
  type PrinciplesConfig,
} from '../../src/core/index.js';
import { emptyConfig } from '../../src/elements/config-editor/start.js';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

type Edit =
  | { op: 'add' | 'remove' | 'duplicate' | 'up' | 'down' | 'rename'; list: number; index: number; text: string }
  | { op: 'threshold'; key: string; pick: number }
  | { op: 'number'; value: number }
  | { op: 'relates'; index: number; widgets: ('questionnaire' | 'atp-matrix')[] };

const edit = (lists: number): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({
      op: fc.constantFrom('add', 'remove', 'duplicate', 'up', 'down', 'rename'),
      list: fc.nat(lists - 1),
      // Often the first (or, for a removal, the last) entry: a scale loses levels at its top only.
      index: fc.oneof(fc.constant(0), fc.nat(12)),
      text: fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== ''),
    }),
    fc.record({
      op: fc.constant('threshold' as const),
      key: fc.constantFrom('undeterminedBelow', 'heldBackFrom', 'recoverableFrom', 'stableTrustFrom'),
      pick: fc.nat(8),
    }),
    fc.record({ op: fc.constant('number' as const), value: fc.integer({ min: 0, max: 100 }) }),
    // A principle's widgets, as its checkboxes set them (none checked included).
    fc.record({
      op: fc.constant('relates' as const),
      index: fc.nat(12),
      widgets: fc.subarray(['questionnaire', 'atp-matrix'] as ('questionnaire' | 'atp-matrix')[]),
    }),
  );

/** One edit as the outline makes it: a button or a field, on an entry that exists. */
function apply(draft: object, specs: ListSpec[], e: Edit, kind: 'atp' | 'principles'): object {
  if (e.op === 'threshold') {
    if (kind !== 'atp') return draft;
    const choices = atpThresholdChoices(draft, e.key);
    return setDraftValue(draft, ['postures', e.key], choices[e.pick % choices.length]);
  }
  if (e.op === 'number') {
    return kind === 'principles' ? setDraftValue(draft, ['threshold'], e.value) : draft;
  }
  if (e.op === 'relates') {
    if (kind !== 'principles') return draft;
    const index = e.index % listOf(draft, principlesList).length;
    const held = (listOf(draft, principlesList)[index] as { relatesTo?: unknown }).relatesTo;
    return setListField(draft, principlesList, index, 'relatesTo', setPrincipleRelation(held, 'widgets', e.widgets));
  }
  const spec = specs[e.list % specs.length] as ListSpec;
  const seed = seedOf(draft, spec);
  const length = listOf(draft, spec, seed).length;
  const index = length ? e.index % length : 0;
  switch (e.op) {
    case 'add':
      return addListEntry(draft, spec, e.text, length ? index : undefined, seed).draft;
    case 'remove': {
      const last = length - 1 - index;
      return canRemoveListEntry(draft, spec, last, seed) ? removeListEntry(draft, spec, last, seed) : draft;
    }
    case 'duplicate':
      return duplicateListEntry(draft, spec, index, seed).draft;
    case 'up':
    case 'down':
      return moveListEntry(draft, spec, index, e.op === 'up' ? -1 : 1, seed)?.draft ?? draft;
    case 'rename': {
      if (!length) return draft;
      const entry = listOf(draft, spec, seed)[index];
      const field = typeof entry === 'string' ? undefined : spec.at[0] === 'principles' ? 'text' : 'label';
      return setListField(draft, spec, index, field, e.text, seed);
    }
  }
}

/**
 * What the checklist's outline gives a list the draft leaves out (principles-outline-view.ts): the statuses and
 * groups the core fills in, so that a first edit starts from them.
 */
function seedOf(draft: object, spec: ListSpec): readonly unknown[] | undefined {
  if (spec !== principlesStatusesList && spec !== principlesGroupsList) return undefined;
  const parsed = parsePrinciplesConfig(draft, { locale: 'en' });
  const defaults = parsed.ok ? parsed.config : defaultPrinciplesConfig('en');
  return spec === principlesStatusesList ? defaults.statuses : defaults.groups;
}

const principlesSpecs = [principlesList, principlesStatusesList, principlesGroupsList];

describe('list edits: every sequence of outline edits gives a config the core accepts', () => {
  // The editor's starting points: the default content, a small config, and "An empty config".
  const empty = (kind: 'atp' | 'principles', locale: 'fr' | 'en') =>
    emptyConfig(kind, locale, configEditorStrings(locale));
  const starts = {
    atp: [defaultAtpConfig('fr'), defaultAtpConfig('en'), copy(atpMinimal), empty('atp', 'fr'), empty('atp', 'en')],
    principles: [
      defaultPrinciplesConfig('fr'),
      copy(principlesMinimal),
      empty('principles', 'fr'),
      empty('principles', 'en'),
    ],
  };
  test('each kind’s empty config parses with no issue, in both languages', () => {
    for (const locale of ['fr', 'en'] as const) {
      const atpEmpty = parseAtpConfig(empty('atp', locale), { locale });
      assert.deepEqual(atpEmpty.ok ? [] : atpEmpty.issues, []);
      const principlesEmpty = parsePrinciplesConfig(empty('principles', locale), { locale });
      assert.deepEqual(principlesEmpty.ok ? [] : principlesEmpty.issues, []);
      assert.equal((empty('principles', locale) as PrinciplesConfig).principles.length, 1);
      assert.equal((empty('atp', locale) as AtpConfig).groups.length, 1);
    }
  });
  test('ATP grid', () => {
    fc.assert(
      fc.property(fc.nat(starts.atp.length - 1), fc.array(edit(atpLists().length), { maxLength: 30 }), (s, edits) => {
        let draft: object = copy(starts.atp[s] as object);
        for (const e of edits) draft = apply(draft, atpLists(), e, 'atp');
        const parsed = parseAtpConfig(draft, { locale: 'en' });
        assert.deepEqual(parsed.ok ? [] : parsed.issues, []);
      }),
      { numRuns: 500 },
    );
  });
  test('principles checklist', () => {
    fc.assert(
      fc.property(fc.nat(starts.principles.length - 1), fc.array(edit(3), { maxLength: 30 }), (s, edits) => {
        let draft: object = copy(starts.principles[s] as object);
        for (const e of edits) draft = apply(draft, principlesSpecs, e, 'principles');
        const parsed = parsePrinciplesConfig(draft, { locale: 'en' });
        assert.deepEqual(parsed.ok ? [] : parsed.issues, []);
      }),
      { numRuns: 500 },
    );
  });
});

describe('list edits', () => {
  test('a new group gets an id no group has; the last group stays', () => {
    const one = { groups: [{ id: 'group-1', label: 'A' }] };
    const { draft, index } = addListEntry(one, atpGroupsList, 'B');
    assert.deepEqual(listOf(draft, atpGroupsList)[index], { id: 'group-2', label: 'B' });
    assert.equal(canRemoveListEntry(one, atpGroupsList, 0), false);
    assert.deepEqual(removeListEntry(one, atpGroupsList, 0), one);
  });

  test('a scale loses its top level only, and the thresholds come back inside it', () => {
    const draft = { trust: { levels: [0, 1, 2].map((value) => ({ value, label: `t${value}` })) } };
    assert.equal(canRemoveListEntry(draft, atpLevelsList('trust'), 1), false);
    const shorter = removeListEntry(draft, atpLevelsList('trust'), 2);
    assert.deepEqual(shorter.postures, { stableTrustFrom: 1 });
    assert.equal(ATP_THRESHOLDS.trust.stableTrustFrom, 2);
    assert.equal(moveListEntry(draft, atpLevelsList('trust'), 1, 1), undefined);
    assert.equal(
      (listOf(addListEntry(draft, atpLevelsList('trust'), 'top').draft, atpLevelsList('trust'))[3] as { value: number })
        .value,
      3,
    );
  });

  test('the last status of its kind stays; a list the draft leaves out starts from the defaults given', () => {
    const config = defaultPrinciplesConfig('en');
    const statuses = config.statuses;
    assert.equal(canRemoveListEntry(config, principlesStatusesList, 0), false);
    const bare = copy(config) as Partial<PrinciplesConfig>;
    delete bare.statuses;
    const added = addListEntry(bare, principlesStatusesList, 'Blocked', undefined, statuses);
    assert.equal(listOf(added.draft, principlesStatusesList).length, statuses.length + 1);
    assert.ok(parsePrinciplesConfig(added.draft, { locale: 'en' }).ok);
  });

  test('a duplicated principle gets a new id and the next number', () => {
    const config = defaultPrinciplesConfig('en');
    const { draft, index } = duplicateListEntry(config, principlesList, 0);
    const copyOf = listOf(draft, principlesList)[index] as { id: string; number: number };
    assert.equal(copyOf.id, 'p1-copy-1');
    assert.equal(copyOf.number, config.principles.length + 1);
  });

  test('a principle’s relatesTo: each part set on its own, empty parts and an empty relatesTo left out', () => {
    const both = setPrincipleRelation(undefined, 'widgets', ['questionnaire', 'atp-matrix', 'questionnaire']);
    assert.deepEqual(both, { widgets: ['questionnaire', 'atp-matrix'] });
    const withSections = setPrincipleRelation(both, 'sections', readIdList(' governance, purpose;;roles  '));
    assert.deepEqual(withSections, {
      widgets: ['questionnaire', 'atp-matrix'],
      sections: ['governance', 'purpose', 'roles'],
    });
    assert.deepEqual(setPrincipleRelation(withSections, 'widgets', []), {
      sections: ['governance', 'purpose', 'roles'],
    });
    assert.equal(setPrincipleRelation({ sections: ['purpose'] }, 'sections', readIdList(' , ')), undefined);
    // Set on a principle through the list edit, an undefined relatesTo removes the key.
    const config = copy(principlesMinimal) as unknown as PrinciplesConfig;
    const cleared = setListField(config, principlesList, 0, 'relatesTo', undefined) as PrinciplesConfig;
    assert.equal('relatesTo' in (cleared.principles[0] as object), false);
    assert.ok(parsePrinciplesConfig(cleared, { locale: 'en' }).ok);
  });

  test('renameListId gives a renamed entry its old id back, unless the old id is in use', () => {
    const draft = { groups: [{ id: 'new', label: 'A' }] };
    assert.deepEqual(renameListId(draft, atpGroupsList, 'old', 'new'), { groups: [{ id: 'old', label: 'A' }] });
    const both = {
      groups: [
        { id: 'old', label: 'A' },
        { id: 'new', label: 'B' },
      ],
    };
    assert.deepEqual(renameListId(both, atpGroupsList, 'old', 'new'), both);
  });
});

const atp = (change: (c: AtpConfig) => void = () => {}): AtpConfig => {
  const config = copy(atpMinimal) as unknown as AtpConfig;
  change(config);
  const parsed = parseAtpConfig(config, { locale: 'en' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
};

describe('atpChanges', () => {
  test('the same config changes nothing', () => {
    const changes = atpChanges(atp(), atp());
    assert.equal(changes.affectsData, false);
    assert.equal(changes.contentChanged, false);
  });

  test('a lower top level brings ratings down: the levels above are named, the data is affected', () => {
    const changes = atpChanges(
      atp(),
      atp((c) => {
        c.intensity.levels.pop();
        c.trust.levels.splice(3);
      }),
    );
    assert.deepEqual(changes.loweredIntensity, [{ id: '3', label: 'Strong' }]);
    assert.deepEqual(
      changes.loweredTrust.map((l) => l.id),
      ['3'],
    );
    assert.equal(changes.affectsData, true);
  });

  test('a group under a new id at the same place is offered as renamed; a removed one is named', () => {
    const changes = atpChanges(
      atp(),
      atp((c) => {
        (c.groups[0] as { id: string }).id = 'leaders';
        c.groups.pop();
      }),
    );
    assert.deepEqual(changes.renamedGroups, [{ from: 'managers', to: 'leaders', label: 'Managers' }]);
    assert.deepEqual(
      changes.removedGroups.map((g) => g.id),
      ['managers', 'staff'],
    );
    assert.equal(changes.affectsData, true);
  });

  test('a new id loses every stored grid; new thresholds are listed', () => {
    const changes = atpChanges(
      atp(),
      atp((c) => {
        c.id = 'other';
        c.postures = { heldBackFrom: 1 } as AtpConfig['postures'];
      }),
    );
    assert.equal(changes.idChanged, true);
    assert.deepEqual(changes.thresholds, ['heldBackFrom']);
  });
});

const principles = (change: (c: PrinciplesConfig) => void = () => {}): PrinciplesConfig => {
  const config = copy(principlesMinimal) as unknown as PrinciplesConfig;
  change(config);
  const parsed = parsePrinciplesConfig(config, { locale: 'en' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
};

describe('principlesChanges', () => {
  test('the same config changes nothing', () => {
    const changes = principlesChanges(principles(), principles());
    assert.equal(changes.affectsData, false);
  });

  test('a removed status leaves its principles not assessed; a new kind counts them otherwise', () => {
    const before = principles();
    const changes = principlesChanges(
      before,
      principles((c) => {
        const extra = { id: 'started', label: 'Started', kind: 'in-progress' as const };
        c.statuses = [...c.statuses.filter((s) => s.kind !== 'in-progress'), extra];
        (c.statuses[0] as { kind: string }).kind = 'not-started';
      }),
    );
    assert.deepEqual(
      changes.removedStatuses.map((s) => s.id),
      before.statuses.filter((s) => s.kind === 'in-progress').map((s) => s.id),
    );
    assert.equal(changes.affectsData, true);
  });

  test('a principle under a new id with the same text is offered as renamed', () => {
    const before = principles();
    const changes = principlesChanges(
      before,
      principles((c) => {
        (c.principles[0] as { id: string }).id = 'renamed';
      }),
    );
    const first = before.principles[0]!;
    assert.deepEqual(changes.removedPrinciples, [{ id: first.id, label: first.text }]);
    assert.deepEqual(changes.renamedPrinciples, [{ from: first.id, to: 'renamed', label: first.text }]);
  });

  test('a removed group and a new threshold are reported', () => {
    const before = principles();
    const changes = principlesChanges(
      before,
      principles((c) => {
        c.groups = c.groups.slice(1);
        c.threshold = 80;
      }),
    );
    assert.deepEqual(
      changes.removedGroups.map((g) => g.id),
      [before.groups[0]!.id],
    );
    assert.equal(changes.thresholdChanged, true);
  });
});
