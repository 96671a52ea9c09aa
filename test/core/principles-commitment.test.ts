/**
 * The promoter's commitment in two halves (issue 18): MADE when enough of the proposals stated are retained
 * for implementation, KEPT when enough are carried out — both over every proposal stated, pending ones included.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addProposal,
  assessPrinciples,
  createPrinciplesData,
  decideProposal,
  describeCommitment,
  describeCommitmentHalves,
  parsePrinciplesConfig,
  parseSavedPrinciples,
  setProposalDone,
  type PrinciplesConfig,
  type PrinciplesData,
} from '../../src/core/index.js';
import minimalJson from '../fixtures/principles.minimal.json';

const NOW = new Date('2026-01-15T10:00:00.000Z');

function config(threshold = 60): PrinciplesConfig {
  const parsed = parsePrinciplesConfig({ ...minimalJson, threshold }, { locale: 'en' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
}

/** A register built as a user would: `stated` proposals, then decisions and carried-out marks by index. */
function register(stated: number, retained: number[] = [], carriedOut: number[] = [], rejected: number[] = []) {
  let data: PrinciplesData = createPrinciplesData();
  const ids: string[] = [];
  for (let i = 0; i < stated; i++) {
    const added = addProposal(data, { text: `Proposal ${i}`, proposedBy: 'staff', date: '2026-01-10' }, NOW);
    data = added.data;
    ids.push(added.id);
  }
  for (const i of retained) data = decideProposal(data, ids[i]!, 'accepted', undefined, NOW);
  for (const i of carriedOut) data = setProposalDone(data, ids[i]!, true, '2026-01-12', NOW);
  for (const i of rejected) data = decideProposal(data, ids[i]!, 'rejected', 'Not now', NOW);
  return { data, ids };
}

const commitment = (data: PrinciplesData, threshold = 60) => assessPrinciples(config(threshold), data).commitment;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('the commitment made and kept', () => {
  test('no proposal: neither half has a figure or a verdict, nothing is missing', () => {
    const c = commitment(register(0).data);
    for (const half of [c.made, c.kept]) {
      assert.deepEqual(half, { count: 0, rate: null, met: null, missing: 0, reachable: true });
    }
    assert.deepEqual(c.notCarriedOut, []);
    assert.equal(describeCommitmentHalves(assessPrinciples(config(), register(0).data)), null);
  });

  test('all pending: neither made nor kept; both reachable; pending proposals count in the denominator', () => {
    const c = commitment(register(5).data);
    assert.deepEqual(c.made, { count: 0, rate: 0, met: false, missing: 3, reachable: true });
    assert.deepEqual(c.kept, { count: 0, rate: 0, met: false, missing: 3, reachable: true });
  });

  test('60 % retained and 0 % carried out: made, not kept, and the retained ones are listed', () => {
    const { data, ids } = register(10, range(6));
    const c = commitment(data);
    assert.equal(c.made.met, true);
    assert.equal(c.made.rate, 60);
    assert.equal(c.kept.met, false);
    assert.equal(c.kept.rate, 0);
    assert.equal(c.kept.missing, 6);
    assert.equal(c.kept.reachable, true, 'six retained, four pending: enough still open');
    assert.deepEqual(c.notCarriedOut, ids.slice(0, 6));
    // The 0.1 fields are the commitment made.
    assert.equal(c.met, c.made.met);
    assert.equal(c.rate, c.made.rate);
    assert.equal(c.missing, c.made.missing);
  });

  test('kept needs carried-out proposals over every proposal stated, not over the retained ones', () => {
    const c = commitment(register(10, range(6), range(5)).data);
    assert.equal(c.deliveryRate !== null && Math.round(c.deliveryRate), 83, '5 of the 6 retained are carried out');
    assert.equal(c.kept.rate, 50);
    assert.equal(c.kept.met, false);
    assert.equal(c.kept.missing, 1);
    assert.equal(commitment(register(10, range(6), range(6)).data).kept.met, true);
  });

  test('retained then rejected: no longer counts in either half, even if it had been carried out', () => {
    const { data } = register(5, range(3), range(3), [2]);
    const c = commitment(data);
    assert.equal(c.made.count, 2);
    assert.equal(c.made.met, false);
    assert.equal(c.kept.count, 2);
    assert.equal(c.kept.met, false);
    assert.deepEqual(c.notCarriedOut, []);
  });

  test('carried out then reopened: back among the retained ones to carry out', () => {
    const { data, ids } = register(5, range(3), range(3));
    assert.equal(commitment(data).kept.met, true);
    const reopened = setProposalDone(data, ids[1]!, false, undefined, NOW);
    const c = commitment(reopened);
    assert.equal(c.made.met, true, 'still retained');
    assert.equal(c.kept.met, false);
    assert.equal(c.kept.missing, 1);
    assert.deepEqual(c.notCarriedOut, [ids[1]]);
  });

  test('kept out of reach: fewer proposals open than are missing', () => {
    // 1 carried out, 1 retained to carry out, 3 rejected, no pending: 2 of 5 at best, 3 needed.
    const c = commitment(register(5, range(2), [0], [2, 3, 4]).data);
    assert.equal(c.kept.missing, 2);
    assert.equal(c.kept.reachable, false);
  });

  test('decided on the counts, whatever the threshold: exactly at it is met, one fewer is not', () => {
    for (const threshold of [50, 60, 62.5, 75, 100]) {
      for (const n of [1, 4, 8, 10]) {
        const need = range(n + 1).find((k) => k * 100 >= threshold * n)!;
        assert.equal(commitment(register(n, range(need), range(need)).data, threshold).kept.met, true);
        if (need > 0) {
          const below = commitment(register(n, range(need), range(need - 1)).data, threshold);
          assert.equal(below.kept.met, false, `${need - 1} of ${n} at ${threshold}`);
          assert.equal(below.kept.missing, 1);
        }
      }
    }
  });

  test('a register stored in the 0.1 format reads with every proposal and decision, and is assessed in two halves', () => {
    // Written out as 0.1 wrote it (not through serializeSavedPrinciples, which may change).
    const stored = JSON.stringify({
      format: 'coop-principles/1',
      data: register(4, [0, 1, 2], [0], [3]).data,
    });
    const parsed = parseSavedPrinciples(stored, { locale: 'en' });
    assert.ok(parsed.ok, JSON.stringify(parsed));
    if (!parsed.ok) return;
    assert.equal(parsed.data.proposals.length, 4);
    assert.deepEqual(
      parsed.data.proposals.map((p) => [p.decision, p.done]),
      [
        ['accepted', true],
        ['accepted', false],
        ['accepted', false],
        ['rejected', false],
      ],
    );
    const c = commitment(parsed.data);
    assert.equal(c.made.count, 3);
    assert.equal(c.kept.count, 1);
  });
});

describe('describeCommitment: both halves in words', () => {
  const sentence = (data: PrinciplesData, locale: 'fr' | 'en', threshold = 60) =>
    describeCommitment(assessPrinciples(config(threshold), data), { locale });

  test('made, not kept yet, in English and French', () => {
    const { data } = register(10, range(6), range(2));
    assert.equal(
      sentence(data, 'en'),
      '6 of 10 proposals accepted for implementation: 60% — the 60% commitment is made. ' +
        '2 of 10 proposals carried out: 20% — the commitment is not kept yet: 4 more proposals to carry out ' +
        '(4 accepted proposals are not carried out yet).',
    );
    assert.equal(
      sentence(data, 'fr'),
      '6 propositions retenues pour mise en œuvre sur 10\u202f: 60\u00a0% — l’engagement de 60\u00a0% est pris. ' +
        '2 propositions réalisées sur 10\u202f: 20\u00a0% — l’engagement n’est pas encore tenu\u202f: il reste 4 propositions ' +
        'à réaliser (4 propositions retenues ne sont pas encore réalisées).',
    );
  });

  test('made and kept', () => {
    assert.equal(
      sentence(register(5, range(3), range(3)).data, 'en'),
      '3 of 5 proposals accepted for implementation: 60% — the 60% commitment is made. ' +
        '3 of 5 proposals carried out: 60% — the commitment is kept.',
    );
  });

  test('not made, saying what is missing and whether enough proposals are pending', () => {
    assert.equal(
      sentence(register(10, range(2), [], range(10).slice(2)).data, 'en'),
      '2 of 10 proposals accepted for implementation: 20% — the 60% commitment is not made yet: 4 more proposals ' +
        'to accept, with no proposal pending. 0 of 10 proposals carried out: 0% — the commitment is not kept yet: ' +
        '6 more proposals to carry out (2 accepted proposals are not carried out yet), with only 2 proposals still open.',
    );
    assert.equal(
      sentence(register(1).data, 'fr'),
      '0 proposition retenue pour mise en œuvre sur 1\u202f: 0\u00a0% — l’engagement de 60\u00a0% n’est pas encore ' +
        'pris\u202f: il reste 1 proposition à retenir. 0 proposition réalisée sur 1\u202f: 0\u00a0% — l’engagement n’est ' +
        'pas encore tenu\u202f: il reste 1 proposition à réaliser.',
    );
  });

  test('rounded for display, never contradicting the verdict', () => {
    // 599 of 1000 retained at 60 %: "59.9", never "60" beside "not made".
    const { data } = register(1000, range(599));
    assert.match(sentence(data, 'en'), /: 59\.9% — the 60% commitment is not made yet/);
    assert.match(sentence(data, 'fr'), /: 59,9\u00a0% — l’engagement de 60\u00a0% n’est pas encore pris/);
  });

  test('no proposal; a site’s overrides apply', () => {
    const none = assessPrinciples(config(), register(0).data);
    assert.equal(describeCommitment(none, { locale: 'en' }), 'No action proposal recorded yet.');
    const { data } = register(5, range(3), range(3));
    assert.match(
      describeCommitment(assessPrinciples(config(), data), {
        locale: 'en',
        strings: { principlesCommitmentKept: () => 'promise kept' },
      }),
      /— promise kept\.$/,
    );
  });
});
