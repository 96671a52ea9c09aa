/** The principles checklist's core: filtering and sorting the proposals register. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DECISIONS, filterProposals, sortProposals, type Decision, type Proposal } from '../../src/core/index.js';
import { data, deepFreeze, counts } from './principles-helpers.js';

describe('filterProposals', () => {
  const d = data();
  const ids = (list: Proposal[]) => list.map((p) => p.id);
  test('by decision, carried out, author; criteria combine; all by default', () => {
    assert.deepEqual(ids(filterProposals(d, {})), ['proposal-1', 'proposal-2', 'proposal-3', 'proposal-4']);
    assert.deepEqual(ids(filterProposals(d, { decision: 'all' })).length, 4);
    assert.deepEqual(ids(filterProposals(d, { decision: 'accepted' })), ['proposal-1', 'proposal-2']);
    assert.deepEqual(ids(filterProposals(d, { done: true })), ['proposal-1']);
    assert.deepEqual(ids(filterProposals(d, { done: false })), ['proposal-2', 'proposal-3', 'proposal-4']);
    assert.deepEqual(ids(filterProposals(d, { proposedBy: 'Patients’ committee' })), ['proposal-4']);
    assert.deepEqual(ids(filterProposals(d, { decision: 'accepted', done: false, proposedBy: 'staff' })), [
      'proposal-2',
    ]);
    assert.deepEqual(ids(filterProposals(d, { decision: 'rejected', proposedBy: 'staff' })), []);
  });
  test('done on a proposal that is not accepted does not count', () => {
    const odd = counts({ rejected: 1, accepted: 1, done: 1 });
    odd.proposals[1]!.done = true;
    assert.deepEqual(ids(filterProposals(odd, { done: true })), ['proposal-1']);
  });
});

describe('sortProposals', () => {
  const make = (rows: [string, string, string, Decision][]): Proposal[] =>
    rows.map(([id, text, date, decision]) => ({
      id,
      text,
      proposedBy: id.startsWith('s') ? 'staff' : 'users',
      date,
      decision,
      done: false,
    }));
  const list = deepFreeze(
    make([
      ['s1', 'Zoé', '2026-01-03', 'accepted'],
      ['u1', 'Émile', '2026-01-01', 'rejected'],
      ['s2', 'Eliane', '2026-01-03', 'proposed'],
      ['u2', 'Fabrice', '2026-01-02', 'accepted'],
      ['s3', 'emma', '2026-01-03', 'proposed'],
      ['u3', 'Proposal 10', '2026-01-01', 'accepted'],
      ['s4', 'Proposal 2', '2026-01-02', 'rejected'],
    ]),
  );
  const ids = (l: Proposal[]) => l.map((p) => p.id);

  test('by text with the locale’s collation: "Émile" among the E, "2" before "10"', () => {
    assert.deepEqual(
      sortProposals(list, 'text', 'ascending', 'fr').map((p) => p.text),
      ['Eliane', 'Émile', 'emma', 'Fabrice', 'Proposal 2', 'Proposal 10', 'Zoé'],
    );
    assert.deepEqual(
      sortProposals(list, 'text', 'descending', 'en').map((p) => p.text),
      ['Zoé', 'Proposal 10', 'Proposal 2', 'Fabrice', 'emma', 'Émile', 'Eliane'],
    );
  });

  test('by date, stable in both directions (equal dates keep register order)', () => {
    assert.deepEqual(ids(sortProposals(list, 'date', 'ascending', 'en')), ['u1', 'u3', 'u2', 's4', 's1', 's2', 's3']);
    assert.deepEqual(ids(sortProposals(list, 'date', 'descending', 'en')), ['s1', 's2', 's3', 'u2', 's4', 'u1', 'u3']);
  });

  test('by decision: proposed, accepted, rejected', () => {
    assert.deepEqual(ids(sortProposals(list, 'decision', 'ascending', 'fr')), [
      's2',
      's3',
      's1',
      'u2',
      'u3',
      'u1',
      's4',
    ]);
  });

  test('by author: the group’s label when the groups are given, else what is stored', () => {
    const groups = [
      { id: 'staff', label: 'Personnels' },
      { id: 'users', label: 'Bénéficiaires' },
    ];
    assert.deepEqual(ids(sortProposals(list, 'proposedBy', 'ascending', 'fr', groups)).slice(0, 3), ['u1', 'u2', 'u3']);
    assert.deepEqual(ids(sortProposals(list, 'proposedBy', 'ascending', 'fr')).slice(0, 4), ['s1', 's2', 's3', 's4']);
  });

  test('returns a new array and leaves the list as it was', () => {
    const before = ids(list);
    const sorted = sortProposals(list, 'text', 'ascending', 'fr');
    assert.notEqual(sorted, list);
    assert.deepEqual(ids(list), before);
  });

  test('a sort is a stable permutation for any register', () => {
    const row = fc.record({
      text: fc.constantFrom('a', 'B', 'é', 'É', 'z', '10', '9'),
      date: fc.constantFrom('2026-01-01', '2026-01-02'),
      decision: fc.constantFrom(...DECISIONS),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.constantFrom('date' as const, 'text' as const, 'decision' as const, 'proposedBy' as const),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (rows, key, direction) => {
          const l = rows.map((r, i): Proposal => ({ ...r, id: `p${i}`, proposedBy: 'staff', done: false }));
          const sorted = sortProposals(l, key, direction, 'fr');
          assert.deepEqual(ids(sorted).slice().sort(), ids(l).slice().sort());
          const collator = new Intl.Collator('fr', { numeric: true });
          const cmp = (a: Proposal, b: Proposal) =>
            key === 'date'
              ? a.date.localeCompare(b.date)
              : key === 'text'
                ? collator.compare(a.text, b.text)
                : key === 'decision'
                  ? DECISIONS.indexOf(a.decision) - DECISIONS.indexOf(b.decision)
                  : 0;
          for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sorted[i - 1]!, sorted[i]!];
            const c = cmp(a, b) * (direction === 'descending' ? -1 : 1);
            assert.ok(c <= 0, 'ordered');
            if (c === 0) assert.ok(Number(a.id.slice(1)) < Number(b.id.slice(1)), 'stable');
          }
        },
      ),
    );
  });
});
