/** The principles checklist's core: statuses and the editing of principles and proposals. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  DECISIONS,
  addProposal,
  clearPrincipleStatus,
  createPrinciplesData,
  defaultPrinciplesConfig,
  decideProposal,
  parsePrinciplesData,
  parseSavedPrinciples,
  principleStatus,
  removeProposal,
  serializeSavedPrinciples,
  setPrincipleField,
  setPrincipleStatus,
  setProposalDone,
  statusOf,
  updateProposal,
  type Decision,
} from '../../src/core/index.js';
import { NOW, copy } from './helpers.js';
import { minimal, config, data, deepFreeze, sampleData } from './principles-helpers.js';

const LATER = new Date('2026-01-16T08:00:00.000Z');

describe('statusOf', () => {
  const c = config();
  test('a principle with no state, or an unknown status id, is at the first not-started status', () => {
    assert.equal(statusOf(c, createPrinciplesData(), 'trust').id, 'todo');
    const d = setPrincipleStatus(createPrinciplesData(), 'trust', 'retired', NOW);
    assert.equal(statusOf(c, d, 'trust').id, 'todo');
    const statuses = copy(minimal).statuses!;
    const reordered = config({
      ...copy(minimal),
      statuses: [statuses[3]!, { id: 'later', label: 'Later', kind: 'not-started' }, ...statuses.slice(0, 3)],
    });
    assert.equal(statusOf(reordered, d, 'trust').id, 'later', 'the first of kind not-started, not the first status');
  });
  test('a known status id', () => {
    const d = setPrincipleStatus(createPrinciplesData(), 'trust', 'doing', NOW);
    assert.equal(statusOf(c, d, 'trust').label, 'Doing');
    assert.equal(statusOf(c, d, 'purpose').id, 'todo');
  });
});

describe('principleStatus: not assessed yet', () => {
  const c = config();
  test('no state, a state with no status, or an unknown status id: null, never "not started"', () => {
    assert.equal(principleStatus(c, createPrinciplesData(), 'trust'), null);
    assert.equal(
      principleStatus(c, setPrincipleField(createPrinciplesData(), 'trust', 'owner', 'Ana', NOW), 'trust'),
      null,
    );
    assert.equal(
      principleStatus(c, setPrincipleStatus(createPrinciplesData(), 'trust', 'retired', NOW), 'trust'),
      null,
    );
    assert.equal(
      principleStatus(c, setPrincipleStatus(createPrinciplesData(), 'trust', 'todo', NOW), 'trust')?.id,
      'todo',
    );
  });

  test('clearPrincipleStatus keeps evidence, owner and due date; an empty state is removed', () => {
    const before = deepFreeze(setPrincipleStatus(data(), 'p2', 'in-place', NOW));
    const after = clearPrincipleStatus(before, 'p2', LATER);
    assert.deepEqual(after.principles.p2, {
      owner: 'Project lead',
      dueDate: '2026-06-30',
      updatedAt: LATER.toISOString(),
    });
    assert.equal(before.principles.p2!.status, 'in-place', 'input untouched');
    const bare = clearPrincipleStatus(before, 'p4', LATER);
    assert.equal(Object.hasOwn(bare.principles, 'p4'), false);
    assert.equal(clearPrincipleStatus(after, 'p2', LATER), after, 'not assessed: nothing changes');
    assert.ok(parsePrinciplesData(after).ok, 'a state without a status is valid data');
  });

  test("stored data of today's format reads the same: every stored status kept", () => {
    const parsed = parsePrinciplesData(sampleData);
    assert.ok(parsed.ok);
    const d = parsed.data;
    assert.deepEqual(
      ['p1', 'p2', 'p3', 'p4'].map((id) => principleStatus(defaultPrinciplesConfig('en'), d, id)?.id ?? null),
      ['in-place', 'in-progress', null, 'not-started'],
    );
  });
});

describe('editing principles', () => {
  test('setPrincipleStatus: new data, the input untouched, updatedAt from `now`', () => {
    const before = deepFreeze(data());
    const after = setPrincipleStatus(before, 'p2', 'in-place', LATER);
    assert.notEqual(after, before);
    assert.equal(after.principles.p2!.status, 'in-place');
    assert.equal(after.principles.p2!.owner, 'Project lead', 'other fields kept');
    assert.equal(after.principles.p2!.updatedAt, LATER.toISOString());
    assert.equal(before.principles.p2!.status, 'in-progress');
    assert.throws(() => setPrincipleStatus(before, 'bad id', 'x'), RangeError);
    assert.throws(() => setPrincipleStatus(before, 'p1', ''), RangeError);
  });

  test('setPrincipleField: sets, replaces, removes on an empty or blank value; checks due dates', () => {
    const before = deepFreeze(createPrinciplesData());
    const a = setPrincipleField(before, 'p3', 'owner', 'Marie', NOW);
    assert.deepEqual(a.principles.p3, { owner: 'Marie', updatedAt: NOW.toISOString() }, 'typing is not assessing');
    const b = setPrincipleField(a, 'p3', 'dueDate', '2026-09-30', LATER);
    assert.equal(b.principles.p3!.dueDate, '2026-09-30');
    assert.equal(b.principles.p3!.updatedAt, LATER.toISOString());
    const c = setPrincipleField(setPrincipleField(b, 'p3', 'owner', '', LATER), 'p3', 'dueDate', '  ', LATER);
    assert.deepEqual(Object.keys(c.principles.p3!).sort(), ['updatedAt']);
    assert.equal(a.principles.p3!.owner, 'Marie', 'earlier data untouched');
    assert.deepEqual(before, createPrinciplesData());
    assert.throws(() => setPrincipleField(a, 'p3', 'dueDate', '2026-02-30'), RangeError);
    assert.throws(() => setPrincipleField(a, 'p3', 'dueDate', '30/09/2026'), RangeError);
    assert.ok(parsePrinciplesData(c).ok);
  });
});

describe('editing proposals', () => {
  const draft = { text: 'Share the purchasing calendar', proposedBy: 'staff', date: '2026-01-10' };

  test('addProposal: pending, not carried out, the smallest free id', () => {
    const empty = deepFreeze(createPrinciplesData());
    const first = addProposal(empty, draft, NOW);
    assert.equal(first.id, 'proposal-1');
    assert.deepEqual(first.data.proposals[0], {
      id: 'proposal-1',
      ...draft,
      decision: 'proposed',
      done: false,
      updatedAt: NOW.toISOString(),
    });
    assert.equal(empty.proposals.length, 0);
    let d = first.data;
    for (let i = 0; i < 3; i++) d = addProposal(d, draft, NOW).data;
    d = removeProposal(d, 'proposal-2');
    const again = addProposal(deepFreeze(d), draft, NOW);
    assert.equal(again.id, 'proposal-2');
    assert.equal(again.data.proposals[again.data.proposals.length - 1]!.id, 'proposal-2', 'appended');
    assert.equal(addProposal(again.data, draft, NOW).id, 'proposal-5');
  });

  test('addProposal and updateProposal refuse what would not validate', () => {
    const d = createPrinciplesData();
    assert.throws(() => addProposal(d, { ...draft, text: ' ' }), RangeError);
    assert.throws(() => addProposal(d, { ...draft, date: '2026-1-5' }), RangeError);
    const { data: one } = addProposal(d, draft, NOW);
    assert.throws(() => updateProposal(one, 'proposal-1', { text: '' }), RangeError);
    assert.throws(() => updateProposal(one, 'proposal-1', { date: 'soon' }), RangeError);
  });

  test('updateProposal changes only what the patch gives', () => {
    const before = deepFreeze(data());
    const after = updateProposal(before, 'proposal-2', { text: 'One contact per site', date: '2026-02-04' }, LATER);
    const p = after.proposals[1]!;
    assert.equal(p.text, 'One contact per site');
    assert.equal(p.date, '2026-02-04');
    assert.equal(p.proposedBy, 'staff');
    assert.equal(p.decision, 'accepted');
    assert.equal(p.updatedAt, LATER.toISOString());
    assert.equal(before.proposals[1]!.text, 'Keep one purchasing contact per site');
    assert.equal(after.proposals[0], before.proposals[0], 'other proposals shared, not copied');
  });

  test('decideProposal: rejecting needs a reason; leaving accepted clears done; leaving rejected clears the reason', () => {
    const before = deepFreeze(data());
    assert.throws(() => decideProposal(before, 'proposal-4', 'rejected'), RangeError);
    assert.throws(() => decideProposal(before, 'proposal-4', 'rejected', '   '), RangeError);
    assert.throws(() => decideProposal(before, 'proposal-4', 'maybe' as Decision), RangeError);

    const rejected = decideProposal(before, 'proposal-1', 'rejected', 'Too costly', LATER).proposals[0]!;
    assert.equal(rejected.decision, 'rejected');
    assert.equal(rejected.rejectionReason, 'Too costly');
    assert.equal(rejected.done, false);
    assert.equal(rejected.doneDate, undefined);
    assert.equal(rejected.updatedAt, LATER.toISOString());
    assert.equal(before.proposals[0]!.done, true);

    const reopened = decideProposal(before, 'proposal-3', 'proposed', undefined, LATER).proposals[2]!;
    assert.equal(reopened.decision, 'proposed');
    assert.ok(!('rejectionReason' in reopened));

    const accepted = decideProposal(before, 'proposal-3', 'accepted', 'ignored', LATER).proposals[2]!;
    assert.equal(accepted.rejectionReason, undefined);

    const stillAccepted = decideProposal(before, 'proposal-1', 'accepted', undefined, LATER).proposals[0]!;
    assert.equal(stillAccepted.done, true, 'accepting again keeps it carried out');
    assert.equal(stillAccepted.doneDate, '2026-03-01');
  });

  test('setProposalDone: only when accepted; the date given or today’s local date; undone removes it', () => {
    const before = deepFreeze(data());
    assert.throws(() => setProposalDone(before, 'proposal-3', true), RangeError);
    assert.throws(() => setProposalDone(before, 'proposal-4', true), RangeError);
    assert.throws(() => setProposalDone(before, 'proposal-2', true, '2026-02-30'), RangeError);
    // Just after midnight at UTC+14 it is still the day before in UTC: the user's day is the local one.
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const justAfterMidnight = new Date(2026, 2, 16, 0, 30);
      assert.equal(justAfterMidnight.toISOString().slice(0, 10), '2026-03-15');
      const done = setProposalDone(before, 'proposal-2', true, undefined, justAfterMidnight).proposals[1]!;
      assert.equal(done.done, true);
      assert.equal(done.doneDate, '2026-03-16');
      assert.equal(done.updatedAt, justAfterMidnight.toISOString());
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    assert.equal(setProposalDone(before, 'proposal-2', true, '2026-03-02', NOW).proposals[1]!.doneDate, '2026-03-02');
    const undone = setProposalDone(before, 'proposal-1', false, undefined, NOW).proposals[0]!;
    assert.equal(undone.done, false);
    assert.ok(!('doneDate' in undone));
    assert.equal(before.proposals[1]!.done, false);
  });

  test('unknown ids leave the data as it is (the same object)', () => {
    const d = deepFreeze(data());
    assert.equal(updateProposal(d, 'nope', { text: 'x' }), d);
    assert.equal(decideProposal(d, 'nope', 'accepted'), d);
    assert.equal(setProposalDone(d, 'nope', true), d);
    assert.equal(removeProposal(d, 'nope'), d);
    assert.equal(removeProposal(d, 'proposal-2').proposals.length, 3);
  });

  test('any sequence of edits gives data that validates and survives storage, inputs untouched', () => {
    const ids = ['proposal-1', 'proposal-2', 'proposal-3', 'proposal-4'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), text: fc.string({ minLength: 1 }), by: fc.string() }),
      fc.record({
        kind: fc.constant('decide' as const),
        id: fc.constantFrom(...ids),
        d: fc.constantFrom(...DECISIONS),
      }),
      fc.record({ kind: fc.constant('done' as const), id: fc.constantFrom(...ids), done: fc.boolean() }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('status' as const), p: fc.constantFrom('p1', 'p2'), s: fc.constantFrom('a', 'b') }),
      fc.record({
        kind: fc.constant('field' as const),
        p: fc.constantFrom('p1', 'p3'),
        f: fc.constantFrom('evidence' as const, 'owner' as const),
        v: fc.string(),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let d = deepFreeze(createPrinciplesData());
        for (const o of ops) {
          const previous = d;
          const snapshot = JSON.stringify(previous);
          if (o.kind === 'add') {
            if (!o.text.trim()) continue;
            d = addProposal(d, { text: o.text, proposedBy: o.by, date: '2026-01-01' }, NOW).data;
          } else if (o.kind === 'decide') d = decideProposal(d, o.id, o.d, 'Because', NOW);
          else if (o.kind === 'done') {
            const p = d.proposals.find((x) => x.id === o.id);
            if (p && p.decision !== 'accepted') assert.throws(() => setProposalDone(d, o.id, o.done), RangeError);
            else d = setProposalDone(d, o.id, o.done, undefined, NOW);
          } else if (o.kind === 'remove') d = removeProposal(d, o.id);
          else if (o.kind === 'status') d = setPrincipleStatus(d, o.p, o.s, NOW);
          else d = setPrincipleField(d, o.p, o.f, o.v, NOW);
          deepFreeze(d);
          assert.equal(JSON.stringify(previous), snapshot, 'the input is untouched');
          const parsed = parsePrinciplesData(d);
          assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
          const saved = parseSavedPrinciples(serializeSavedPrinciples(d));
          assert.ok(saved.ok);
          assert.deepEqual(saved.data, d);
        }
      }),
      { numRuns: 60 },
    );
  });
});
