/**
 * The ATP grid core: postures (DOMAIN §7), their explanations and labels.
 * Every assert.ok() carries a message: without one, Node 20 rebuilds it from this file's source when the
 * assertion fails, and on a long file that search never ends (the test hangs instead of failing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ATP_CATEGORIES,
  analyseAtp,
  getStrings,
  postureLabel,
  type AtpCategory,
  type AtpConfig,
  type AtpData,
  type AtpGroup,
  type AtpGroupAnalysis,
} from '../../src/core/index.js';
import { copy } from './helpers.js';
import { minimal, parsed, config, fr } from './atp-helpers.js';

/** A config like the minimal fixture with other posture thresholds. */
const withPostures = (postures: Partial<AtpConfig['postures']>) =>
  parsed({ ...copy(minimal), postures: { ...config.postures, ...postures } });

/** A group whose columns hold exactly these intensities (an empty list leaves a column empty). */
function group(
  id: string,
  columns: Partial<Record<AtpCategory, number[]>>,
  trust: number | null = null,
  label = id,
): AtpGroup {
  const items = ATP_CATEGORIES.flatMap((category) =>
    (columns[category] ?? []).map((intensity) => ({ category, text: `${category} ${intensity}`, intensity })),
  ).map((item, i) => ({ ...item, id: `item-${i + 1}` }));
  return { id, label, trust, items };
}

/** A group from the four figures of DOMAIN §7: one item per column. */
const figures = (a: number, p: number, t: number, c: number | null) =>
  group('g', { attractions: [a], fears: [p], temptations: [t] }, c);

function analyse(g: AtpGroup, c: AtpConfig = config, locale: 'fr' | 'en' = 'en'): AtpGroupAnalysis {
  const result = analyseAtp(c, { groups: [g] }, { locale }).groups[0];
  assert.ok(result, 'result');
  return result;
}

describe('posture rules: the eight checks of DOMAIN §7 (A, P, T, C)', () => {
  const checks: [number, number, number, number, string, string, AtpCategory | null][] = [
    [3, 1, 1, 3, 'cooperative', 'stable', 'attractions'],
    [3, 1, 1, 1, 'cooperative', 'fragile', 'attractions'],
    [2, 2, 2, 3, 'cooperative', 'stable', 'attractions'],
    [1, 1, 3, 1, 'opportunist', 'not-held-back', 'temptations'],
    [1, 3, 3, 2, 'opportunist', 'held-back', 'temptations'],
    [2, 3, 2, 2, 'individualist', 'recoverable', 'fears'],
    [1, 3, 0, 0, 'individualist', 'not-recoverable', 'fears'],
    [0.5, 0.5, 0, 3, 'undetermined', 'null', null],
  ];
  for (const [a, p, t, c, posture, qualifier, dominant] of checks) {
    test(`(${a}, ${p}, ${t}, ${c}) → ${posture} ${qualifier}`, () => {
      const result = analyse(figures(a, p, t, c));
      assert.equal(result.posture, posture);
      assert.equal(String(result.qualifier), qualifier);
      assert.equal(result.dominant, dominant);
      assert.deepEqual(result.means, { attractions: a, fears: p, temptations: t });
      assert.equal(result.max, Math.max(a, p, t));
      assert.equal(result.trust, c);
    });
  }
});

describe('posture rules: edge cases', () => {
  test('ties: attractions equal to the strongest feeling keep the group cooperative', () => {
    const r = analyse(figures(3, 3, 1, 0));
    assert.equal(r.posture, 'cooperative');
    assert.equal(r.qualifier, 'fragile');
    assert.equal(r.dominant, 'attractions');
    assert.match(r.explanation, /weigh at least as much as the fears \(3\)/);
    const withTemptations = analyse(figures(2, 1, 2, 2));
    assert.equal(withTemptations.posture, 'cooperative');
    assert.match(withTemptations.explanation, /weigh at least as much as the fears \(1\) and the temptations \(2\)/);
    assert.match(analyse(figures(3, 2, 1, 2)).explanation, /attractions \(mean 3\) weigh more than the fears \(2\)/);
  });

  test('temptations and fears tied above attractions: the opportunist rule comes first', () => {
    const r = analyse(figures(1, 2.5, 2.5, 3));
    assert.equal(r.posture, 'opportunist');
    assert.equal(r.qualifier, 'held-back');
    assert.equal(r.dominant, 'temptations');
  });

  test('a group with no item is undetermined, with zero means and counts', () => {
    const r = analyse(group('empty', {}, 3));
    assert.equal(r.posture, 'undetermined');
    assert.equal(r.qualifier, null);
    assert.equal(r.dominant, null);
    assert.deepEqual(r.means, { attractions: 0, fears: 0, temptations: 0 });
    assert.deepEqual(r.counts, { attractions: 0, fears: 0, temptations: 0 });
    assert.equal(r.complete, false);
    assert.equal(r.explanation, 'Undetermined: no attraction, fear or temptation has been entered yet.');
    assert.deepEqual(r.levers, config.levers.undetermined);
    // Even when the config would let an empty grid through the threshold.
    assert.equal(analyse(group('empty', {}, 3), withPostures({ undeterminedBelow: 0 })).posture, 'undetermined');
  });

  test('a column with no item counts 0', () => {
    const onlyFears = analyse(group('g', { fears: [2, 3] }, 3));
    assert.deepEqual(onlyFears.means, { attractions: 0, fears: 2.5, temptations: 0 });
    assert.deepEqual(onlyFears.counts, { attractions: 0, fears: 2, temptations: 0 });
    assert.equal(onlyFears.posture, 'individualist');
    assert.equal(onlyFears.qualifier, 'not-recoverable');
    assert.equal(onlyFears.complete, false);
    const onlyTemptations = analyse(group('g', { temptations: [1] }, 3));
    assert.equal(onlyTemptations.posture, 'opportunist');
    assert.equal(onlyTemptations.qualifier, 'not-held-back');
    assert.equal(analyse(group('g', { attractions: [1], fears: [0], temptations: [0] })).complete, true);
  });

  test('means are means: several items per column', () => {
    const r = analyse(group('g', { attractions: [3, 2, 1], fears: [3, 3], temptations: [0, 1, 2, 1] }, 2));
    assert.deepEqual(r.means, { attractions: 2, fears: 3, temptations: 1 });
    assert.deepEqual(r.counts, { attractions: 3, fears: 2, temptations: 4 });
    assert.equal(r.posture, 'individualist');
    assert.equal(r.qualifier, 'recoverable');
  });

  test('float noise never flips a posture (means compared after rounding to 1e-9)', () => {
    // 1.6 + 2.7 + 1.7 = 6.000000000000001 in floating point: a raw mean of 2.0000000000000004 > 2.
    assert.notEqual((1.6 + 2.7 + 1.7) / 3, 2);
    const tie = analyse(group('g', { attractions: [2], fears: [1.6, 2.7, 1.7], temptations: [1] }, 3));
    assert.equal(tie.means.fears, 2);
    assert.equal(tie.posture, 'cooperative');
    // A raw mean of 1.9999999999999998 still reaches a threshold of 2.
    assert.notEqual((1.4 + 2.8 + 1.8) / 3, 2);
    const held = analyse(group('g', { attractions: [1], fears: [1.4, 2.8, 1.8], temptations: [3] }));
    assert.equal(held.qualifier, 'held-back');
    // …and a raw 0.9999999999999999 reaches the undetermined threshold of 1.
    assert.notEqual((0.3 + 2.3 + 0.4) / 3, 1);
    const determined = analyse(group('g', { attractions: [0.3, 2.3, 0.4] }, 0));
    assert.equal(determined.max, 1);
    assert.equal(determined.posture, 'cooperative');
  });

  test('an unrated trust counts as 0, and stays null in the result', () => {
    const r = analyse(figures(3, 1, 1, null));
    assert.equal(r.trust, null);
    assert.equal(r.qualifier, 'fragile');
    assert.match(r.explanation, /not rated yet: it counts as 0, below the threshold of 2 set for this grid/);
    assert.equal(analyse(figures(3, 1, 1, null), withPostures({ stableTrustFrom: 0 })).qualifier, 'stable');
  });

  test('the thresholds come from the config', () => {
    assert.equal(analyse(figures(3, 1, 1, 1), withPostures({ stableTrustFrom: 1 })).qualifier, 'stable');
    assert.equal(analyse(figures(3, 1, 1, 2), withPostures({ stableTrustFrom: 3 })).qualifier, 'fragile');
    assert.equal(analyse(figures(1, 2.5, 3, 1)).qualifier, 'held-back');
    assert.equal(analyse(figures(1, 2.5, 3, 1), withPostures({ heldBackFrom: 3 })).qualifier, 'not-held-back');
    assert.equal(analyse(figures(1, 3, 0, 0), withPostures({ recoverableFrom: 1 })).qualifier, 'recoverable');
    assert.equal(analyse(figures(1.5, 1, 1, 3)).posture, 'cooperative');
    assert.equal(analyse(figures(1.5, 1, 1, 3), withPostures({ undeterminedBelow: 2 })).posture, 'undetermined');
  });

  test('levers are the config’s for the posture and qualifier', () => {
    const cases: [AtpGroup, string[]][] = [
      [figures(3, 1, 1, 3), config.levers.cooperative.stable],
      [figures(3, 1, 1, 1), config.levers.cooperative.fragile],
      [figures(1, 3, 3, 2), config.levers.opportunist['held-back']],
      [figures(1, 1, 3, 1), config.levers.opportunist['not-held-back']],
      [figures(2, 3, 2, 2), config.levers.individualist.recoverable],
      [figures(1, 3, 0, 0), config.levers.individualist['not-recoverable']],
      [figures(0.5, 0.5, 0, 3), config.levers.undetermined],
    ];
    const before = copy(config.levers);
    for (const [g, levers] of cases) {
      const result = analyse(g).levers;
      assert.deepEqual(result, levers);
      result.push('changed');
    }
    assert.deepEqual(config.levers, before, 'copies, not the config’s lists');
    const r = analyse(figures(3, 1, 1, 3), fr, 'fr');
    assert.ok(r.levers.length >= 2, 'r.levers.length >= 2');
    r.levers.push('changed');
    assert.equal(analyse(figures(3, 1, 1, 3), fr, 'fr').levers.includes('changed'), false, 'a copy, not the config');
  });

  test('analyseAtp keeps the grid’s order, ids and labels', () => {
    const data: AtpData = { groups: [group('b', {}, null, 'Bee'), figures(3, 1, 1, 3)] };
    const r = analyseAtp(config, data);
    assert.deepEqual(
      r.groups.map((g) => [g.id, g.label, g.posture]),
      [
        ['b', 'Bee', 'undetermined'],
        ['g', 'g', 'cooperative'],
      ],
    );
  });
});

describe('posture explanations are sentences that name the figures, in the locale', () => {
  test('English', () => {
    assert.equal(
      analyse(figures(3, 1, 1, 3)).explanation,
      'Cooperative, stable: the attractions (mean 3) weigh more than the fears (1) and the temptations (1), and trust, rated 3, reaches the threshold of 2 set for this grid.',
    );
    assert.equal(
      analyse(figures(1, 3, 3, 2)).explanation,
      'Opportunist, held in check by fear: the temptations (mean 3) weigh more than the attractions (1), but the fears, at 3, reach the threshold of 2 set for this grid: they are strong enough to bring the group back to reason.',
    );
    assert.match(
      analyse(figures(1, 1, 3, 1)).explanation,
      /^Opportunist, not held in check: .*\(mean 3\).*\(1\).*the fears, at 1, stay below the threshold of 2 set for this grid: too weak/,
    );
    assert.match(
      analyse(figures(2, 3, 2, 2)).explanation,
      /^Individualist, can be won over: the fears \(mean 3\).*at 2, reach the threshold of 2 set for this grid: they can win the group over\.$/,
    );
    assert.match(
      analyse(figures(1, 3, 0, 0)).explanation,
      /^Individualist, hard to win over: the fears \(mean 3\).*at 1, stay below the threshold of 2 set for this grid/,
    );
    assert.equal(
      analyse(figures(0.5, 0.5, 0, 3)).explanation,
      'Undetermined: no feeling is marked enough to tell yet; the strongest mean is 0.5, below the threshold of 1 set for this grid.',
    );
  });

  test('French, with decimal commas', () => {
    assert.equal(
      analyse(figures(3, 1, 1, 3), fr, 'fr').explanation,
      'Posture coopérative, stable\u202f: les attraits (moyenne 3) pèsent plus que les peurs (1) et les tentations (1), et la confiance, évaluée à 3, atteint le seuil de 2 fixé pour cette grille.',
    );
    assert.equal(
      analyse(figures(0.5, 0.5, 0, 3), fr, 'fr').explanation,
      'Posture indéterminée\u202f: aucun ressenti n’est encore assez marqué pour conclure\u202f; la moyenne la plus forte est 0,5, sous le seuil de 1 fixé pour cette grille.',
    );
    const decimals = analyse(group('g', { attractions: [3, 2], fears: [1], temptations: [1, 2] }, 1), fr, 'fr');
    assert.match(
      decimals.explanation,
      /^Posture coopérative, fragile\u202f: les attraits \(moyenne 2,5\).*\(1,5\).*évaluée à 1, reste sous le seuil de 2/,
    );
    assert.match(
      analyse(figures(2, 3, 2, 2), fr, 'fr').explanation,
      /^Posture individualiste, ralliement possible\u202f: .*\(moyenne 3\).*à 2, atteignent le seuil de 2 fixé pour cette grille/,
    );
  });

  test('no comparison sign: every posture is said in words', () => {
    const cases = [
      figures(3, 1, 1, 3),
      figures(3, 1, 1, 1),
      figures(3, 1, 1, null),
      figures(1, 3, 3, 2),
      figures(1, 1, 3, 1),
      figures(2, 3, 2, 2),
      figures(1, 3, 0, 0),
      figures(0.5, 0.5, 0, 3),
    ];
    for (const locale of ['fr', 'en'] as const) {
      for (const c of cases) {
        const { explanation } = analyse(c, locale === 'fr' ? fr : config, locale);
        assert.doesNotMatch(explanation, /[≥≤<>]/, explanation);
      }
    }
  });

  test('at most one decimal; a figure below its threshold is rounded down so the sentence stays true', () => {
    const r = analyse(group('g', { attractions: [1], fears: [1.9, 2, 2], temptations: [3] }));
    assert.ok(Math.abs(r.means.fears - 5.9 / 3) < 1e-9, 'Math.abs(r.means.fears - 5.9 / 3) < 1e-9');
    assert.equal(r.qualifier, 'not-held-back');
    assert.match(r.explanation, /the fears, at 1\.9, stay below the threshold of 2/);
    const third = analyse(group('g', { attractions: [3, 3, 2] }, 3));
    assert.match(third.explanation, /attractions \(mean 2\.7\)/);
  });

  test('a site’s strings are used', () => {
    const r = analyseAtp(
      config,
      { groups: [figures(3, 1, 1, 3)] },
      {
        locale: 'en',
        strings: { atpPostureCooperative: 'Team player' },
      },
    ).groups[0]!;
    assert.match(r.explanation, /^Team player, stable:/);
  });

  test('postureLabel', () => {
    assert.equal(postureLabel('cooperative', 'stable', getStrings('fr')), 'Posture coopérative, stable');
    assert.equal(postureLabel('opportunist', 'not-held-back', getStrings('fr')), 'Posture opportuniste, non contenue');
    assert.equal(postureLabel('individualist', 'recoverable', getStrings('en')), 'Individualist, can be won over');
    assert.equal(postureLabel('undetermined', null, getStrings('en')), 'Undetermined');
  });
});
