/**
 * The principles checklist's core, principle 5 as a tool: a proposal names the grid items it answers and, once
 * carried out, how it worked; the register saved before these fields existed opens with nothing lost.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  addProposal,
  createPrinciplesData,
  decideProposal,
  evaluateProposal,
  linkTo,
  parsePrinciplesData,
  parseSavedPrinciples,
  serializeSavedPrinciples,
  setProposalDone,
  updateProposal,
  type ItemLink,
  type PrinciplesData,
} from '../../src/core/index.js';
import { NOW } from './helpers.js';
import { data, deepFreeze, sampleData } from './principles-helpers.js';

const fear = { id: 'f1', text: 'Perdre son autonomie' };
const attraction = { id: 'a1', text: 'Des plannings stables' };
const draft = { text: 'Un comité commun des plannings', proposedBy: 'staff', date: '2026-01-10' };

/** A register with one accepted, carried-out proposal (proposal-1) linked to a fear of the staff. */
function carriedOut(): PrinciplesData {
  let { data: d } = addProposal(createPrinciplesData(), { ...draft, items: [linkTo('staff', fear)] }, NOW);
  d = decideProposal(d, 'proposal-1', 'accepted', undefined, NOW);
  return setProposalDone(d, 'proposal-1', true, '2026-02-01', NOW);
}

describe('proposals linked to grid items', () => {
  test('addProposal keeps the links, their wording included, once each; none gives no `items` key', () => {
    const links = [linkTo('staff', fear), linkTo('staff', attraction), linkTo('staff', fear)];
    const { data: d } = addProposal(createPrinciplesData(), { ...draft, items: links }, NOW);
    assert.deepEqual(d.proposals[0]!.items, [
      { group: 'staff', item: 'f1', text: 'Perdre son autonomie' },
      { group: 'staff', item: 'a1', text: 'Des plannings stables' },
    ]);
    const { data: bare } = addProposal(createPrinciplesData(), { ...draft, items: [] }, NOW);
    assert.equal(Object.hasOwn(bare.proposals[0]!, 'items'), false);
    assert.ok(parsePrinciplesData(d).ok);
    assert.throws(() => addProposal(createPrinciplesData(), { ...draft, items: [{ group: 'a b', item: 'x' }] }));
  });

  test('updateProposal replaces the links, keeps them when left out, removes them when emptied', () => {
    const before = deepFreeze(carriedOut());
    const moved = updateProposal(before, 'proposal-1', { items: [linkTo('staff', attraction)] }, NOW);
    assert.deepEqual(moved.proposals[0]!.items, [{ group: 'staff', item: 'a1', text: 'Des plannings stables' }]);
    assert.deepEqual(updateProposal(moved, 'proposal-1', { text: 'Autre texte' }, NOW).proposals[0]!.items, [
      { group: 'staff', item: 'a1', text: 'Des plannings stables' },
    ]);
    const cleared = updateProposal(moved, 'proposal-1', { items: [] }, NOW);
    assert.equal(Object.hasOwn(cleared.proposals[0]!, 'items'), false);
    assert.equal(before.proposals[0]!.items!.length, 1, 'input untouched');
  });

  test('links survive every decision and being carried out then reopened', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('accepted', 'proposed', 'rejected', 'done', 'undone'), { maxLength: 8 }),
        (steps) => {
          let d = carriedOut();
          for (const step of steps) {
            const p = d.proposals[0]!;
            if (step === 'done' || step === 'undone') {
              if (p.decision === 'accepted') d = setProposalDone(d, p.id, step === 'done', undefined, NOW);
            } else d = decideProposal(d, p.id, step, step === 'rejected' ? 'Pas maintenant' : undefined, NOW);
          }
          assert.deepEqual(d.proposals[0]!.items, [linkTo('staff', fear)]);
        },
      ),
    );
  });
});

describe('evaluateProposal', () => {
  test('records the effect, a trimmed note and the date (today by default) on a carried-out proposal', () => {
    const before = deepFreeze(carriedOut());
    const after = evaluateProposal(before, 'proposal-1', { effect: 'better', note: '  Moins de tensions ' }, NOW);
    const pad = (n: number) => String(n).padStart(2, '0');
    const today = `${NOW.getFullYear()}-${pad(NOW.getMonth() + 1)}-${pad(NOW.getDate())}`;
    assert.deepEqual(after.proposals[0]!.evaluation, { effect: 'better', note: 'Moins de tensions', date: today });
    const dated = evaluateProposal(after, 'proposal-1', { effect: 'worse', date: '2026-05-02' }, NOW);
    assert.deepEqual(dated.proposals[0]!.evaluation, { effect: 'worse', date: '2026-05-02' });
    assert.equal(
      Object.hasOwn(evaluateProposal(dated, 'proposal-1', undefined, NOW).proposals[0]!, 'evaluation'),
      false,
    );
    assert.equal(before.proposals[0]!.evaluation, undefined, 'input untouched');
    assert.ok(parsePrinciplesData(dated).ok);
  });

  test('refuses a proposal not carried out, an unknown effect, a malformed date', () => {
    const pending = addProposal(createPrinciplesData(), draft, NOW).data;
    assert.throws(() => evaluateProposal(pending, 'proposal-1', { effect: 'better' }, NOW), RangeError);
    const d = carriedOut();
    assert.throws(() => evaluateProposal(d, 'proposal-1', { effect: 'great' as 'better' }, NOW), RangeError);
    assert.throws(() => evaluateProposal(d, 'proposal-1', { effect: 'better', date: '01/02/2026' }, NOW), RangeError);
    assert.equal(evaluateProposal(d, 'nope', { effect: 'better' }, NOW), d, 'unknown id: the input itself');
  });

  test('reopened, the evaluation is kept (nothing lost), and the data stays valid', () => {
    let d = evaluateProposal(carriedOut(), 'proposal-1', { effect: 'unchanged' }, NOW);
    d = setProposalDone(d, 'proposal-1', false, undefined, NOW);
    d = decideProposal(d, 'proposal-1', 'proposed', undefined, NOW);
    assert.equal(d.proposals[0]!.evaluation!.effect, 'unchanged');
    assert.ok(parsePrinciplesData(d).ok);
  });
});

describe('the saved register: today’s format and the new fields', () => {
  test('a register saved before links existed opens with every proposal and decision', () => {
    const stored = JSON.stringify({ format: 'coop-principles/1', data: sampleData });
    const parsed = parseSavedPrinciples(stored);
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.data.proposals.map((p) => [p.id, p.text, p.proposedBy, p.date, p.decision, p.rejectionReason, p.done]),
      data().proposals.map((p) => [p.id, p.text, p.proposedBy, p.date, p.decision, p.rejectionReason, p.done]),
    );
    assert.deepEqual(parsed.data.principles, data().principles);
  });

  test('links and evaluations round-trip through the saved document', () => {
    const d = evaluateProposal(carriedOut(), 'proposal-1', { effect: 'better', note: 'ok', date: '2026-03-01' }, NOW);
    const again = parseSavedPrinciples(serializeSavedPrinciples(d));
    assert.ok(again.ok);
    assert.deepEqual(again.data, d);
  });

  test('a bad link or evaluation is reported with its JSON path', () => {
    const d = carriedOut();
    const bad = {
      ...d,
      proposals: [
        {
          ...d.proposals[0]!,
          items: [{ group: 'staff' } as ItemLink],
          evaluation: { effect: 'great' },
        },
      ],
    };
    const parsed = parsePrinciplesData(bad);
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path);
    assert.ok(paths.includes('proposals[0].items[0].item'), paths.join(', '));
    assert.ok(paths.includes('proposals[0].evaluation.effect'), paths.join(', '));
  });
});
