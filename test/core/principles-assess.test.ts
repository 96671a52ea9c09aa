/** The principles checklist's core: progress, the commitment and its sentence. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  assessPrinciples,
  clearPrincipleStatus,
  createPrinciplesData,
  defaultPrinciplesConfig,
  describeCommitment,
  setPrincipleField,
  setPrincipleStatus,
  type Decision,
  type PrinciplesConfig,
  type Proposal,
} from '../../src/core/index.js';
import { NOW, copy } from './helpers.js';
import { minimal, config, data, counts } from './principles-helpers.js';

const withThreshold = (threshold: number) => config({ ...copy(minimal), threshold });

const commitment = (c: Parameters<typeof counts>[0], threshold = 60) =>
  assessPrinciples(withThreshold(threshold), counts(c)).commitment;

/** The commitment for `accepted` of `n` proposals, the rest pending, without building huge registers one by one. */
function assessCounts(c: PrinciplesConfig, accepted: number, n: number) {
  const template = (decision: Decision): Proposal => ({
    id: 'x',
    text: 't',
    proposedBy: '',
    date: '2026-01-01',
    decision,
    done: false,
  });
  const acceptedOne = template('accepted');
  const pendingOne = template('proposed');
  const proposals = Array.from({ length: n }, (_, i) => (i < accepted ? acceptedOne : pendingOne));
  return assessPrinciples(c, { principles: {}, proposals }).commitment;
}

describe('assessPrinciples: progress', () => {
  test('counts by kind with custom statuses (two of kind in-progress), unknown ids as not assessed yet', () => {
    const c = config();
    let d = createPrinciplesData();
    d = setPrincipleStatus(d, 'trust', 'planned', NOW);
    d = setPrincipleStatus(d, 'purpose', 'doing', NOW);
    const a = assessPrinciples(c, d);
    assert.deepEqual(a.progress, {
      total: 3,
      inPlace: 0,
      inProgress: 2,
      notStarted: 0,
      notAssessed: 1,
      percentInPlace: 0,
    });
    d = setPrincipleStatus(d, 'roles', 'done', NOW);
    d = setPrincipleStatus(d, 'trust', 'retired', NOW);
    const b = assessPrinciples(c, d);
    assert.deepEqual(b.progress, {
      total: 3,
      inPlace: 1,
      inProgress: 1,
      notStarted: 0,
      notAssessed: 1,
      percentInPlace: 100 / 3,
    });
    assert.deepEqual(b.notInPlace, ['trust', 'purpose'], 'config order');
  });

  test('the default config with the sample data', () => {
    const a = assessPrinciples(defaultPrinciplesConfig('en'), data());
    assert.equal(a.progress.inPlace, 1);
    assert.equal(a.progress.inProgress, 1);
    assert.equal(a.progress.notStarted, 1, 'p4 was said not started');
    assert.equal(a.progress.notAssessed, 6, 'the principles the data does not name are not assessed yet');
    assert.deepEqual(a.notInPlace, ['p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
  });
});

describe('assessPrinciples: not assessed yet', () => {
  test('nothing assessed: every principle not assessed, none "not started"', () => {
    const a = assessPrinciples(defaultPrinciplesConfig('fr'), createPrinciplesData());
    assert.deepEqual(a.progress, {
      total: 9,
      inPlace: 0,
      inProgress: 0,
      notStarted: 0,
      notAssessed: 9,
      percentInPlace: 0,
    });
    assert.equal(a.notInPlace.length, 9);
  });

  test('a stored state of today\'s format keeps its status: "not-started" chosen stays not started', () => {
    const stored = data({
      principles: { p1: { status: 'not-started', updatedAt: '2026-01-01T00:00:00.000Z' } },
      proposals: [],
    });
    const a = assessPrinciples(defaultPrinciplesConfig('en'), stored);
    assert.equal(a.progress.notStarted, 1);
    assert.equal(a.progress.notAssessed, 8);
  });

  test('evidence typed first does not assess a principle; clearing the status takes it back', () => {
    const c = config();
    let d = setPrincipleField(createPrinciplesData(), 'trust', 'evidence', 'Minutes', NOW);
    assert.equal(assessPrinciples(c, d).progress.notAssessed, 3);
    d = setPrincipleStatus(d, 'trust', 'todo', NOW);
    assert.deepEqual([assessPrinciples(c, d).progress.notStarted, assessPrinciples(c, d).progress.notAssessed], [1, 2]);
    d = clearPrincipleStatus(d, 'trust', NOW);
    assert.equal(assessPrinciples(c, d).progress.notAssessed, 3);
    assert.equal(d.principles.trust!.evidence, 'Minutes', 'the evidence is kept');
  });

  test('the counts always add up to the number of principles (property)', () => {
    const c = config();
    const ids = ['todo', 'planned', 'doing', 'done', 'retired', null] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { minLength: 3, maxLength: 3 }), (chosen) => {
        let d = createPrinciplesData();
        c.principles.forEach((p, i) => {
          const id = chosen[i];
          if (id) d = setPrincipleStatus(d, p.id, id, NOW);
        });
        const p = assessPrinciples(c, d).progress;
        assert.equal(p.inPlace + p.inProgress + p.notStarted + p.notAssessed, p.total);
        assert.equal(p.notAssessed, chosen.filter((id) => id === null || id === 'retired').length);
      }),
    );
  });
});

describe('assessPrinciples: the commitment', () => {
  test('no proposal: rate and met null, nothing missing', () => {
    assert.deepEqual(commitment({}), {
      proposals: 0,
      accepted: 0,
      rejected: 0,
      pending: 0,
      done: 0,
      rate: null,
      deliveryRate: null,
      threshold: 60,
      met: null,
      missing: 0,
      reachable: true,
      made: { count: 0, rate: null, met: null, missing: 0, reachable: true },
      kept: { count: 0, rate: null, met: null, missing: 0, reachable: true },
      notCarriedOut: [],
    });
  });

  test('all pending: rate 0, not met, missing ⌈0.6 n⌉, reachable', () => {
    for (const n of [1, 2, 5, 7, 10, 33]) {
      const c = commitment({ pending: n });
      assert.equal(c.rate, 0);
      assert.equal(c.met, false);
      assert.equal(c.missing, Math.ceil((60 * n) / 100), String(n));
      assert.equal(c.reachable, true);
    }
  });

  test('exactly 60% is met: 3 of 5, 6 of 10, 60 of 100', () => {
    for (const [accepted, total] of [
      [3, 5],
      [6, 10],
      [60, 100],
    ] as const) {
      const c = commitment({ accepted, pending: total - accepted });
      assert.equal(c.rate, 60);
      assert.equal(c.met, true, `${accepted}/${total}`);
      assert.equal(c.missing, 0);
    }
  });

  test('exactly at a whole threshold is met, one fewer is not, for every threshold and register size', () => {
    // 57 ÷ 100 × 100 is 56.99999999999999 in floating point: the counts decide, not the quotient.
    for (let threshold = 0; threshold <= 100; threshold++) {
      const c = withThreshold(threshold);
      for (let n = 1; n <= 200; n++) {
        if ((threshold * n) % 100 !== 0) continue;
        const accepted = (threshold * n) / 100;
        const at = assessCounts(c, accepted, n);
        assert.equal(at.met, true, `${accepted}/${n} at ${threshold}`);
        assert.equal(at.missing, 0);
        if (accepted > 0) {
          const below = assessCounts(c, accepted - 1, n);
          assert.equal(below.met, false, `${accepted - 1}/${n} at ${threshold}`);
          assert.equal(below.missing, 1);
        }
      }
    }
  });

  test('the tolerance absorbs the rounding of a decimal threshold: 161 of 250 is exactly 64.4%', () => {
    // 64.4 × 250 is 16100.000000000002 in floating point.
    assert.equal(commitment({ accepted: 161, pending: 89 }, 64.4).met, true);
    assert.equal(commitment({ accepted: 160, pending: 90 }, 64.4).met, false);
    assert.equal(commitment({ accepted: 160, pending: 90 }, 64.4).missing, 1);
    assert.equal(commitment({ pending: 250 }, 64.4).missing, 161);
  });

  test('59.9% is not met: 599 of 1000, one acceptance missing', () => {
    const c = commitment({ accepted: 599, rejected: 1, pending: 400 });
    assert.equal(c.rate, 59.9);
    assert.equal(c.met, false);
    assert.equal(c.missing, 1);
    assert.equal(c.reachable, true);
  });

  test('unreachable when fewer proposals are pending than acceptances are missing', () => {
    const c = commitment({ accepted: 2, rejected: 7, pending: 1 });
    assert.equal(c.missing, 4);
    assert.equal(c.reachable, false);
    assert.equal(commitment({ accepted: 2, rejected: 4, pending: 4 }).reachable, true);
  });

  test('threshold 0: any register meets it; threshold 100: every proposal must be accepted', () => {
    assert.equal(commitment({ rejected: 3 }, 0).met, true);
    assert.equal(commitment({ rejected: 3 }, 0).missing, 0);
    assert.equal(commitment({}, 0).met, null);
    assert.equal(commitment({ accepted: 9, pending: 1 }, 100).met, false);
    assert.equal(commitment({ accepted: 9, pending: 1 }, 100).missing, 1);
    assert.equal(commitment({ accepted: 10 }, 100).met, true);
  });

  test('a threshold with decimals: 62.5%', () => {
    assert.equal(commitment({ accepted: 5, pending: 3 }, 62.5).met, true);
    assert.equal(commitment({ accepted: 4, pending: 4 }, 62.5).met, false);
    assert.equal(commitment({ accepted: 4, pending: 4 }, 62.5).missing, 1);
    assert.equal(commitment({ accepted: 62, pending: 38 }, 62.5).missing, 1);
    assert.equal(commitment({ accepted: 1, pending: 2 }, 33.3).met, true);
  });

  test('delivery: null with nothing accepted, 0, 100; done on a proposal that is not accepted is ignored', () => {
    assert.equal(commitment({ pending: 2 }).deliveryRate, null);
    assert.equal(commitment({ accepted: 4 }).deliveryRate, 0);
    assert.equal(commitment({ accepted: 4, done: 4 }).deliveryRate, 100);
    assert.equal(commitment({ accepted: 4, done: 1 }).deliveryRate, 25);
    const d = counts({ accepted: 2, done: 1, rejected: 1, pending: 1 });
    d.proposals[2]!.done = true;
    d.proposals[3]!.done = true;
    const c = assessPrinciples(withThreshold(60), d).commitment;
    assert.equal(c.done, 1);
    assert.equal(c.deliveryRate, 50);
  });

  test('met and missing agree with exact rational arithmetic (whole thresholds)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n }))),
        fc.integer({ min: 0, max: 100 }),
        ([n, accepted], threshold) => {
          const a = assessCounts(config({ ...copy(minimal), threshold }), accepted, n);
          const exactMet = BigInt(accepted) * 100n >= BigInt(threshold) * BigInt(n);
          assert.equal(a.met, exactMet);
          assert.equal(a.rate, (accepted * 100) / n);
          const needed = (BigInt(threshold) * BigInt(n) + 99n) / 100n; // ⌈t × n ÷ 100⌉
          const missing = needed > BigInt(accepted) ? Number(needed - BigInt(accepted)) : 0;
          assert.equal(a.missing, missing);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('met agrees with exact arithmetic for thresholds with one decimal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n }))),
        fc.integer({ min: 0, max: 1000 }),
        ([n, accepted], tenths) => {
          const a = assessCounts(config({ ...copy(minimal), threshold: tenths / 10 }), accepted, n);
          assert.equal(a.met, accepted * 1000 >= tenths * n);
          assert.equal(a.met, a.missing === 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('describeCommitment', () => {
  const sentence = (c: Parameters<typeof counts>[0], locale: 'fr' | 'en', threshold = 60) =>
    describeCommitment(assessPrinciples(withThreshold(threshold), counts(c)), { locale });

  test('made, not kept yet, in English and French', () => {
    assert.equal(
      sentence({ accepted: 31, done: 12, pending: 19 }, 'en'),
      '31 of 50 proposals accepted for implementation: 62% — the 60% commitment is made. 12 of 50 proposals carried out: 24% — the commitment is not kept yet: 18 more proposals to carry out (19 accepted proposals are not carried out yet).',
    );
    assert.equal(
      sentence({ accepted: 31, done: 12, pending: 19 }, 'fr'),
      '31 propositions retenues pour mise en œuvre sur 50\u202f: 62\u00a0% — l’engagement de 60\u00a0% est pris. 12 propositions réalisées sur 50\u202f: 24\u00a0% — l’engagement n’est pas encore tenu\u202f: il reste 18 propositions à réaliser (19 propositions retenues ne sont pas encore réalisées).',
    );
  });

  test('not made, naming the proposals still to retain and to carry out', () => {
    assert.equal(
      sentence({ accepted: 29, rejected: 1, pending: 20, done: 29 }, 'en'),
      '29 of 50 proposals accepted for implementation: 58% — the 60% commitment is not made yet: 1 more proposal to accept. 29 of 50 proposals carried out: 58% — the commitment is not kept yet: 1 more proposal to carry out.',
    );
    assert.equal(
      sentence({ accepted: 0, pending: 5 }, 'fr'),
      '0 proposition retenue pour mise en œuvre sur 5\u202f: 0\u00a0% — l’engagement de 60\u00a0% n’est pas encore pris\u202f: il reste 3 propositions à retenir. 0 proposition réalisée sur 5\u202f: 0\u00a0% — l’engagement n’est pas encore tenu\u202f: il reste 3 propositions à réaliser.',
    );
    assert.equal(
      sentence({ accepted: 2, rejected: 8 }, 'en'),
      '2 of 10 proposals accepted for implementation: 20% — the 60% commitment is not made yet: 4 more proposals to accept, with no proposal pending. 0 of 10 proposals carried out: 0% — the commitment is not kept yet: 6 more proposals to carry out (2 accepted proposals are not carried out yet), with only 2 proposals still open.',
    );
    assert.equal(
      sentence({ accepted: 2, rejected: 7, pending: 1, done: 1 }, 'fr'),
      '2 propositions retenues pour mise en œuvre sur 10\u202f: 20\u00a0% — l’engagement de 60\u00a0% n’est pas encore pris\u202f: il reste 4 propositions à retenir, alors qu’il ne reste qu’une proposition en attente. 1 proposition réalisée sur 10\u202f: 10\u00a0% — l’engagement n’est pas encore tenu\u202f: il reste 5 propositions à réaliser (une proposition retenue n’est pas encore réalisée), alors qu’il ne reste que 2 propositions ouvertes.',
    );
  });

  test('singular forms', () => {
    assert.equal(
      sentence({ accepted: 1, done: 1 }, 'en'),
      '1 of 1 proposal accepted for implementation: 100% — the 60% commitment is made. 1 of 1 proposal carried out: 100% — the commitment is kept.',
    );
    assert.equal(
      sentence({ accepted: 1 }, 'fr'),
      '1 proposition retenue pour mise en œuvre sur 1\u202f: 100\u00a0% — l’engagement de 60\u00a0% est pris. 0 proposition réalisée sur 1\u202f: 0\u00a0% — l’engagement n’est pas encore tenu\u202f: il reste 1 proposition à réaliser (une proposition retenue n’est pas encore réalisée).',
    );
    assert.equal(
      sentence({ pending: 1 }, 'en'),
      '0 of 1 proposal accepted for implementation: 0% — the 60% commitment is not made yet: 1 more proposal to accept. 0 of 1 proposal carried out: 0% — the commitment is not kept yet: 1 more proposal to carry out.',
    );
  });

  test('no proposal', () => {
    assert.equal(sentence({}, 'en'), 'No action proposal recorded yet.');
    assert.equal(sentence({}, 'fr'), 'Aucune proposition d’actions enregistrée pour l’instant.');
  });

  test('rounded for display, never contradicting the verdict; decimals in the locale’s form', () => {
    assert.match(sentence({ accepted: 2, pending: 1 }, 'en'), /: 67% —/);
    assert.match(sentence({ accepted: 599, pending: 401 }, 'en'), /: 59\.9% — the 60% commitment is not made yet/);
    assert.match(
      sentence({ accepted: 599, done: 599, pending: 401 }, 'en'),
      /carried out: 59\.9% — the commitment is not kept yet/,
    );
    assert.match(sentence({ accepted: 599, pending: 401 }, 'fr'), /: 59,9\u00a0% — /);
    assert.match(sentence({ accepted: 5999, pending: 4001 }, 'en'), /: 59\.99% — /);
    assert.match(
      sentence({ accepted: 5, pending: 3 }, 'fr', 62.5),
      /: 63\u00a0% — l’engagement de 62,5\u00a0% est pris/,
    );
    assert.match(sentence({ accepted: 62, pending: 38 }, 'en', 62.5), /: 62% — the 62\.5% commitment is not made yet/);
  });

  test('French by default; a site’s overrides apply', () => {
    const a = assessPrinciples(withThreshold(60), counts({}));
    assert.equal(describeCommitment(a), 'Aucune proposition d’actions enregistrée pour l’instant.');
    assert.equal(
      describeCommitment(a, { locale: 'en', strings: { principlesCommitmentNone: 'Nothing yet.' } }),
      'Nothing yet.',
    );
  });
});
