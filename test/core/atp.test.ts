/**
 * The ATP grid core: config and data parsing, editing, postures (DOMAIN §7), plans, synthesis, exports.
 * Every assert.ok() carries a message: without one, Node 20 rebuilds it from this file's source when the
 * assertion fails, and on this file that search never ends (the test hangs instead of failing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import enJson from '../../src/content/atp.en.json';
import frJson from '../../src/content/atp.fr.json';
import brokenJson from '../fixtures/atp.broken.json';
import sampleJson from '../fixtures/atp.data.json';
import minimalJson from '../fixtures/atp.minimal.json';
import {
  ATP_CATEGORIES,
  ATP_SCHEMA_VERSION,
  AtpConfigSchema,
  AtpDataSchema,
  SAVED_ATP_FORMAT,
  SavedAtpSchema,
  addGroup,
  addItem,
  analyseAtp,
  atpStorageKey,
  atpToCsv,
  buildPlans,
  createAtpData,
  defaultAtpConfig,
  fitAtpData,
  getStrings,
  mergeAtp,
  moveGroup,
  normaliseText,
  parseAtpConfig,
  parseAtpData,
  parseSavedAtp,
  plansToCsv,
  postureLabel,
  removeGroup,
  removeItem,
  renameGroup,
  serializeSavedAtp,
  setTrust,
  updateItem,
  type AtpCategory,
  type AtpConfig,
  type AtpConfigInput,
  type AtpData,
  type AtpGroup,
  type AtpGroupAnalysis,
  type ConfigIssue,
} from '../../src/core/index.js';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const minimal = minimalJson as AtpConfigInput;
const sample = sampleJson as AtpData;

function parsed(input: object): AtpConfig {
  const result = parseAtpConfig(input, { locale: 'en' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.config;
}

const config = parsed(minimal);
const fr = defaultAtpConfig('fr');
const en = defaultAtpConfig('en');

/** A config like the minimal fixture with other posture thresholds. */
const withPostures = (postures: Partial<AtpConfig['postures']>) =>
  parsed({ ...copy(minimal), postures: { ...config.postures, ...postures } });

/** Freezes a value and everything in it: a strict-mode write to it then throws. */
function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const value of Object.values(x)) deepFreeze(value);
    Object.freeze(x);
  }
  return x;
}

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
    assert.match(r.explanation, /at least level with fears \(3\)/);
    const withTemptations = analyse(figures(2, 1, 2, 2));
    assert.equal(withTemptations.posture, 'cooperative');
    assert.match(withTemptations.explanation, /at least level with fears \(1\) and temptations \(2\)/);
    assert.match(analyse(figures(3, 2, 1, 2)).explanation, /attractions \(3\) outweigh fears \(2\)/);
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
    assert.match(r.explanation, /not rated yet \(counted as 0 < 2\)/);
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

describe('posture explanations name the figures, in the locale', () => {
  test('English', () => {
    assert.equal(
      analyse(figures(3, 1, 1, 3)).explanation,
      'Cooperative, stable: attractions (3) outweigh fears (1) and temptations (1), and trust is sufficient (3 ≥ 2).',
    );
    assert.equal(
      analyse(figures(1, 3, 3, 2)).explanation,
      'Opportunist, held back: temptations (3) outweigh attractions (1), but fears are strong enough to bring the group back to reason (3 ≥ 2).',
    );
    assert.match(analyse(figures(1, 1, 3, 1)).explanation, /^Opportunist, not held back: .*\(3\).*\(1\).*\(1 < 2\)\.$/);
    assert.match(analyse(figures(2, 3, 2, 2)).explanation, /^Individualist, recoverable: fears \(3\).*\(2 ≥ 2\)\.$/);
    assert.match(
      analyse(figures(1, 3, 0, 0)).explanation,
      /^Individualist, not recoverable: fears \(3\).*\(1 < 2\)\.$/,
    );
    assert.equal(
      analyse(figures(0.5, 0.5, 0, 3)).explanation,
      'Undetermined: no mean intensity reaches 1 (the highest is 0.5).',
    );
  });

  test('French, with decimal commas', () => {
    assert.equal(
      analyse(figures(3, 1, 1, 3), fr, 'fr').explanation,
      'Coopératif stable : les attraits (3) l’emportent sur les peurs (1) et les tentations (1), et la confiance est suffisante (3 ≥ 2).',
    );
    assert.equal(
      analyse(figures(0.5, 0.5, 0, 3), fr, 'fr').explanation,
      'Posture indéterminée : aucune intensité moyenne n’atteint 1 (la plus forte est 0,5).',
    );
    const decimals = analyse(group('g', { attractions: [3, 2], fears: [1], temptations: [1, 2] }, 1), fr, 'fr');
    assert.match(decimals.explanation, /^Coopératif fragile : les attraits \(2,5\).*\(1,5\).*\(1 < 2\)\.$/);
    assert.match(
      analyse(figures(2, 3, 2, 2), fr, 'fr').explanation,
      /^Individualiste récupérable : .*\(3\).*\(2 ≥ 2\)/,
    );
  });

  test('at most one decimal; a figure below its threshold is rounded down so the sentence stays true', () => {
    const r = analyse(group('g', { attractions: [1], fears: [1.9, 2, 2], temptations: [3] }));
    assert.ok(Math.abs(r.means.fears - 5.9 / 3) < 1e-9, 'Math.abs(r.means.fears - 5.9 / 3) < 1e-9');
    assert.equal(r.qualifier, 'not-held-back');
    assert.match(r.explanation, /\(1\.9 < 2\)/);
    const third = analyse(group('g', { attractions: [3, 3, 2] }, 3));
    assert.match(third.explanation, /attractions \(2\.7\)/);
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
    assert.equal(postureLabel('cooperative', 'stable', getStrings('fr')), 'Coopératif stable');
    assert.equal(postureLabel('opportunist', 'not-held-back', getStrings('fr')), 'Opportuniste non retenu');
    assert.equal(postureLabel('individualist', 'recoverable', getStrings('en')), 'Individualist, recoverable');
    assert.equal(postureLabel('undetermined', null, getStrings('en')), 'Undetermined');
  });
});

describe('normaliseText', () => {
  const same: [string, string][] = [
    ['Perte d’autonomie', "perte d'autonomie"],
    ['  PERTE   d’AUTONOMIE !', 'perte d’autonomie'],
    ['« Accès aux compétences »', 'acces aux competences'],
    ['Dégradation\u00a0du service…', 'degradation du service'],
    ['Éloignement.', 'eloignement'],
  ];
  for (const [a, b] of same)
    test(`${JSON.stringify(a)} ≡ ${JSON.stringify(b)}`, () => assert.equal(normaliseText(a), normaliseText(b)));

  test('the exact form', () => {
    assert.equal(normaliseText('  Perte\td’Autonomie, et de pouvoir !  '), "perte d'autonomie, et de pouvoir");
    assert.equal(normaliseText('...'), '');
  });

  test('different words stay different', () => {
    assert.notEqual(normaliseText('Perte d’autonomie'), normaliseText('Perte d’identité'));
    assert.notEqual(normaliseText('a-b'), normaliseText('ab'));
  });
});

describe('buildPlans', () => {
  const data: AtpData = {
    groups: [
      {
        id: 'a',
        label: 'Alpha',
        trust: 2,
        items: [
          { id: 'item-1', category: 'attractions', text: 'Better service', intensity: 2 },
          { id: 'item-2', category: 'fears', text: 'Perte d’autonomie', intensity: 2, note: 'For purchasing.' },
          { id: 'item-3', category: 'temptations', text: 'Keeping information', intensity: 1 },
          { id: 'item-4', category: 'attractions', text: 'Zero interest', intensity: 0 },
        ],
      },
      {
        id: 'b',
        label: 'Beta',
        trust: null,
        items: [
          { id: 'item-1', category: 'fears', text: 'perte d’autonomie', intensity: 1, note: 'Also IT.' },
          { id: 'item-2', category: 'fears', text: '  PERTE D’AUTONOMIE !', intensity: 3, note: 'For purchasing.' },
          { id: 'item-3', category: 'attractions', text: 'Shared costs', intensity: 3 },
          { id: 'item-4', category: 'attractions', text: 'Better service.', intensity: 2 },
          { id: 'item-5', category: 'attractions', text: 'Access to skills', intensity: 2 },
        ],
      },
    ],
  };

  test('attractions → objectives, fears → risks, temptations → charter', () => {
    const plans = buildPlans(config, data, { locale: 'en' });
    assert.deepEqual(Object.keys(plans).sort(), ['charter', 'objectives', 'risks']);
    assert.ok(
      plans.objectives.every((e) => e.category === 'attractions'),
      "plans.objectives.every((e) => e.category === 'attractions')",
    );
    assert.ok(
      plans.risks.every((e) => e.category === 'fears'),
      "plans.risks.every((e) => e.category === 'fears')",
    );
    assert.ok(
      plans.charter.every((e) => e.category === 'temptations'),
      "plans.charter.every((e) => e.category === 'temptations')",
    );
    assert.deepEqual(
      plans.charter.map((e) => e.text),
      ['Keeping information'],
    );
  });

  test('the same wording from several groups is one entry (accents, case, punctuation, apostrophes)', () => {
    const { risks } = buildPlans(config, data, { locale: 'en' });
    assert.equal(risks.length, 1);
    const entry = risks[0]!;
    assert.equal(entry.text, 'Perte d’autonomie', 'as first written');
    assert.equal(entry.key, "perte d'autonomie");
    assert.equal(entry.intensity, 3);
    assert.deepEqual(entry.groups, [
      { id: 'a', label: 'Alpha', intensity: 2 },
      { id: 'b', label: 'Beta', intensity: 3 },
    ]);
    assert.deepEqual(entry.notes, ['For purchasing.', 'Also IT.']);
  });

  test('sorted by intensity, then number of groups, then text; intensity 0 last', () => {
    const { objectives } = buildPlans(config, data, { locale: 'en' });
    assert.deepEqual(
      objectives.map((e) => [e.text, e.intensity, e.groups.length]),
      [
        ['Shared costs', 3, 1],
        ['Better service', 2, 2],
        ['Access to skills', 2, 1],
        ['Zero interest', 0, 1],
      ],
    );
  });

  test('text order follows the locale', () => {
    const items = ['Zèbre', 'Éléphant', 'Arbre'].map((text, i) => ({
      id: `item-${i + 1}`,
      category: 'attractions' as const,
      text,
      intensity: 1,
    }));
    const { objectives } = buildPlans(
      config,
      { groups: [{ id: 'g', label: 'G', trust: null, items }] },
      { locale: 'fr' },
    );
    assert.deepEqual(
      objectives.map((e) => e.text),
      ['Arbre', 'Éléphant', 'Zèbre'],
    );
  });

  test('each entry has a draft action in the locale, naming the text and the groups', () => {
    const enPlans = buildPlans(config, data, { locale: 'en' });
    assert.equal(
      enPlans.risks[0]!.action,
      'Plan a preventive measure and an early warning sign for “Perte d’autonomie”, and report on them to the groups concerned (Alpha and Beta).',
    );
    assert.match(enPlans.objectives[0]!.action, /measurable objective.*“Shared costs”/);
    assert.match(enPlans.charter[0]!.action, /charter a rule against “Keeping information”.*\(Alpha\)/);
    const frPlans = buildPlans(config, data, { locale: 'fr' });
    assert.match(
      frPlans.risks[0]!.action,
      /^Prévoir une mesure de prévention.*« Perte d’autonomie ».*\(Alpha et Beta\)\.$/,
    );
    assert.match(frPlans.objectives[0]!.action, /^Fixer .*objectif mesurable.*« Shared costs »/);
    assert.match(frPlans.charter[0]!.action, /^Inscrire dans la charte une règle contre « Keeping information »/);
  });

  test('the grid is not changed', () => {
    const frozen = deepFreeze(copy(data));
    buildPlans(config, frozen);
    assert.deepEqual(frozen, data);
  });

  test('an empty grid gives three empty plans', () => {
    assert.deepEqual(buildPlans(fr, createAtpData(fr)), { objectives: [], risks: [], charter: [] });
  });
});

describe('mergeAtp', () => {
  const item = (category: AtpCategory, text: string, intensity: number, n = 1) => ({
    id: `item-${n}`,
    category,
    text,
    intensity,
  });

  test('zero participants: an empty synthesis', () => {
    const s = mergeAtp(config, []);
    assert.deepEqual(s, { participants: 0, groups: [], data: { groups: [] } });
  });

  test('one participant: their grid, with spreads of 0', () => {
    const s = mergeAtp(fr, [sample]);
    assert.equal(s.participants, 1);
    assert.deepEqual(
      s.groups.map((g) => g.id),
      sample.groups.map((g) => g.id),
    );
    const providers = s.groups[0]!;
    assert.equal(providers.citedBy, 1);
    assert.deepEqual(providers.trust, { mean: 3, min: 3, max: 3 });
    assert.equal(providers.cells.attractions.length, 2);
    assert.ok(
      providers.cells.attractions.every((m) => m.spread === 0 && !m.divergent && m.citedBy === 1),
      'providers.cells.attractions.every((m) => m.spread === 0 && !m.divergent && m.citedBy === 1)',
    );
    assert.deepEqual(s.groups.at(-1)!.trust, { mean: null, min: null, max: null });
  });

  test('counts, means, min, max, spread; an item written twice by one participant counts once (its highest)', () => {
    const p1: AtpData = {
      groups: [
        {
          id: 'staff',
          label: 'Staff',
          trust: 1,
          items: [item('fears', 'Job cuts', 3), item('fears', 'job cuts!', 2, 2)],
        },
      ],
    };
    const p2: AtpData = { groups: [{ id: 'staff', label: 'Staff', trust: 3, items: [item('fears', 'Job cuts', 1)] }] };
    const p3: AtpData = {
      groups: [{ id: 'staff', label: 'Staff', trust: null, items: [item('attractions', 'Training', 2)] }],
    };
    const s = mergeAtp(config, [p1, p2, p3]);
    assert.equal(s.participants, 3);
    const staff = s.groups[0]!;
    assert.equal(staff.citedBy, 3);
    assert.deepEqual(staff.trust, { mean: 2, min: 1, max: 3 });
    assert.deepEqual(staff.cells.fears, [
      {
        key: 'job cuts',
        text: 'Job cuts',
        citedBy: 2,
        intensities: [3, 1],
        mean: 2,
        min: 1,
        max: 3,
        spread: 2,
        divergent: true,
      },
    ]);
    assert.equal(staff.cells.attractions[0]!.citedBy, 1);
    assert.deepEqual(staff.cells.temptations, []);
  });

  test('divergent exactly at the configured spread, not below (and without float noise)', () => {
    const of = (values: number[], spread: number) => {
      const grids = values.map((v): AtpData => ({
        groups: [{ id: 'g', label: 'G', trust: null, items: [item('fears', 'X', v)] }],
      }));
      return mergeAtp(parsed({ ...copy(minimal), divergenceSpread: spread }), grids).groups[0]!.cells.fears[0]!;
    };
    assert.equal(of([1, 3], 2).divergent, true);
    assert.equal(of([1, 2.9], 2).divergent, false);
    assert.equal(of([1, 2], 1).divergent, true);
    assert.equal(of([1, 2], 1.5).divergent, false);
    // 2.3 − 0.3 is 1.9999999999999998 in floating point.
    const noisy = of([0.3, 2.3], 2);
    assert.equal(noisy.spread, 2);
    assert.equal(noisy.divergent, true);
  });

  test('groups are matched by id, then by normalised label; order: first participant’s, then as met', () => {
    const p1: AtpData = {
      groups: [
        { id: 'middle-managers', label: 'Cadres intermédiaires', trust: 2, items: [item('fears', 'Surcharge', 2)] },
        { id: 'staff', label: 'Personnels', trust: null, items: [] },
      ],
    };
    const p2: AtpData = {
      groups: [
        { id: 'nurses', label: 'Infirmiers', trust: 1, items: [] },
        { id: 'cadres', label: '  CADRES intermediaires ', trust: 0, items: [item('fears', 'surcharge.', 3)] },
        { id: 'staff', label: 'Staff (renamed)', trust: 3, items: [] },
      ],
    };
    const s = mergeAtp(config, [p1, p2]);
    assert.deepEqual(
      s.groups.map((g) => [g.id, g.label, g.citedBy]),
      [
        ['middle-managers', 'Cadres intermédiaires', 2],
        ['staff', 'Personnels', 2],
        ['nurses', 'Infirmiers', 1],
      ],
    );
    const managers = s.groups[0]!;
    assert.deepEqual(managers.trust, { mean: 1, min: 0, max: 2 });
    assert.deepEqual(managers.cells.fears[0]!.intensities, [2, 3]);
  });

  test('five participants', () => {
    const texts = ['Better service', 'Shared costs', 'Training'];
    const participants = [0, 1, 2, 3, 4].map((p): AtpData => ({
      groups: [
        {
          id: 'providers',
          label: 'Providers',
          trust: p === 4 ? null : p % 4,
          // Participant p cites the first p % 3 + 1 texts, at intensity p % 4.
          items: texts.slice(0, (p % 3) + 1).map((text, i) => item('attractions', text, p % 4, i + 1)),
        },
      ],
    }));
    const s = mergeAtp(config, participants);
    assert.equal(s.participants, 5);
    const g = s.groups[0]!;
    assert.equal(g.citedBy, 5);
    assert.deepEqual(g.trust, { mean: 1.5, min: 0, max: 3 });
    assert.deepEqual(
      g.cells.attractions.map((m) => [m.text, m.citedBy, m.intensities, m.mean, m.spread, m.divergent]),
      [
        ['Better service', 5, [0, 1, 2, 3, 0], 1.2, 3, true],
        ['Shared costs', 3, [1, 2, 0], 1, 2, true],
        ['Training', 1, [2], 2, 0, false],
      ],
    );
  });

  test('cells are sorted by citations, then by mean', () => {
    const p = (items: ReturnType<typeof item>[]): AtpData => ({
      groups: [{ id: 'g', label: 'G', trust: null, items }],
    });
    const s = mergeAtp(config, [
      p([item('fears', 'Low', 1), item('fears', 'High', 3, 2), item('fears', 'Common', 1, 3)]),
      p([item('fears', 'Common', 1)]),
    ]);
    assert.deepEqual(
      s.groups[0]!.cells.fears.map((m) => m.text),
      ['Common', 'High', 'Low'],
    );
  });

  test('the synthesis as a grid: valid data that analyseAtp and buildPlans take', () => {
    const other = copy(sample);
    other.groups[0]!.trust = 1;
    other.groups[0]!.items[0]!.intensity = 1;
    const s = mergeAtp(fr, [sample, other]);
    const check = parseAtpData(s.data);
    assert.ok(check.ok, JSON.stringify(!check.ok && check.issues));
    const providers = s.data.groups[0]!;
    assert.equal(providers.trust, 2);
    assert.equal(providers.items.find((i) => i.text.startsWith('Un poids'))?.intensity, 2);
    assert.deepEqual(
      providers.items.map((i) => i.id),
      providers.items.map((_, n) => `item-${n + 1}`),
    );
    assert.equal(analyseAtp(fr, s.data).groups[0]!.posture, 'cooperative');
    assert.equal(buildPlans(fr, s.data).risks.length > 0, true);
  });

  test('merging copies of one grid changes nothing but the counts', () => {
    const s = mergeAtp(fr, [sample, sample, sample]);
    assert.deepEqual(analyseAtp(fr, s.data), analyseAtp(fr, mergeAtp(fr, [sample]).data));
    for (const g of s.groups) {
      assert.equal(g.citedBy, 3);
      for (const category of ATP_CATEGORIES) for (const m of g.cells[category]) assert.equal(m.citedBy, 3);
    }
  });

  test('the participants’ grids are not changed', () => {
    const grids = deepFreeze([copy(sample), copy(sample)]);
    mergeAtp(fr, grids);
    assert.deepEqual(grids[0], sample);
  });
});

describe('default configs', () => {
  for (const [locale, json] of [
    ['fr', frJson],
    ['en', enJson],
  ] as const) {
    test(`${locale}: validates with no issue`, () => {
      const result = parseAtpConfig(json, { locale: 'en' });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.issues, null, 1));
    });
  }

  /** Everything but the texts. */
  const skeleton = (c: AtpConfig) =>
    JSON.parse(
      JSON.stringify(c, (key, value: unknown) =>
        [
          'title',
          'label',
          'description',
          'suggestions',
          'stable',
          'fragile',
          'held-back',
          'not-held-back',
          'recoverable',
          'not-recoverable',
          'undetermined',
        ].includes(key)
          ? Array.isArray(value)
            ? value.length
            : undefined
          : value,
      ),
    ) as unknown;

  test('French and English share ids, structure and numbers', () => {
    assert.deepEqual(skeleton(en), skeleton(fr));
    assert.equal(fr.id, 'atp-default');
    assert.equal(fr.title, 'Grille Attraits, Peurs, Tentations');
    assert.equal(en.title, 'Attractions, Fears, Temptations grid');
  });

  test('the six stakeholder groups of the seed, with the ids the principles checklist relies on', () => {
    const ids = ['providers', 'deputy-directors', 'middle-managers', 'staff', 'beneficiaries', 'users'];
    assert.deepEqual(
      fr.groups.map((g) => g.id),
      ids,
    );
    assert.deepEqual(
      fr.groups.map((g) => g.label),
      ['Offreurs de service', 'Directeurs adjoints', 'Cadres intermédiaires', 'Personnels', 'Bénéficiaires', 'Usagers'],
    );
    assert.deepEqual(
      en.groups.map((g) => g.label),
      ['Service providers', 'Deputy directors', 'Middle managers', 'Staff', 'Beneficiaries', 'Patients and users'],
    );
  });

  test('columns, plans and the seed’s examples', () => {
    assert.deepEqual(
      ATP_CATEGORIES.map((c) => [fr.categories[c].label, fr.categories[c].plan.title]),
      [
        ['Attraits', 'Plan de gestion des objectifs'],
        ['Peurs', 'Plan de gestion des risques'],
        ['Tentations', 'Charte de bonnes pratiques relationnelles'],
      ],
    );
    const seed: Record<AtpCategory, string[]> = {
      attractions: [
        'Amélioration du service rendu et de l’efficience',
        'Accès à de nouvelles compétences et ressources',
        'Un poids accru face à notre environnement',
        'De meilleures conditions de travail',
      ],
      fears: [
        'Perte d’autonomie et de pouvoir de décision',
        'Dégradation de ses conditions de travail',
        'Dégradation du service rendu et de son efficience',
      ],
      temptations: ['Manipuler les autres à son avantage', 'Accaparer le pouvoir pour se favoriser'],
    };
    for (const c of ATP_CATEGORIES) {
      for (const text of seed[c]) assert.ok(fr.categories[c].suggestions.includes(text), text);
      assert.ok(fr.categories[c].suggestions.length > seed[c].length, `${c}: a few more in the same spirit`);
    }
  });

  test('scales 0–3 and the default thresholds', () => {
    assert.deepEqual(
      fr.intensity.levels.map((l) => [l.value, l.label]),
      [
        [0, 'Nulle'],
        [1, 'Faible'],
        [2, 'Moyenne'],
        [3, 'Forte'],
      ],
    );
    assert.deepEqual(
      en.trust.levels.map((l) => l.label),
      ['None', 'Low', 'Medium', 'Strong'],
    );
    assert.deepEqual(fr.postures, { undeterminedBelow: 1, heldBackFrom: 2, recoverableFrom: 2, stableTrustFrom: 2 });
    assert.equal(fr.allowGroupEditing, true);
    assert.equal(fr.divergenceSpread, 2);
  });

  test('levers: the 60% prerequisite for a fragile cooperation, a charter for opportunists', () => {
    assert.ok(
      fr.levers.cooperative.fragile.some((l) => /60\s%/.test(l)),
      'fr.levers.cooperative.fragile.some((l) => /60\\s%/.test(l))',
    );
    assert.ok(
      en.levers.cooperative.fragile.some((l) => l.includes('60%')),
      "en.levers.cooperative.fragile.some((l) => l.includes('60%'))",
    );
    assert.ok(
      fr.levers.opportunist['not-held-back'].some((l) => /charte/.test(l)),
      "fr.levers.opportunist['not-held-back'].some((l) => /charte/.test(l))",
    );
    assert.ok(
      en.levers.individualist.recoverable.some((l) => /risk management plan/.test(l)),
      'en.levers.individualist.recoverable.some((l) => /risk management plan/.test(l))',
    );
  });

  test('no HTML in any text', () => {
    for (const c of [fr, en]) assert.doesNotMatch(JSON.stringify(c), /<[a-z/!]/i);
  });

  test('defaultAtpConfig returns a fresh copy each time; unknown locales fall back to French', () => {
    const a = defaultAtpConfig('fr');
    a.groups.pop();
    a.levers.undetermined.push('x');
    assert.deepEqual(defaultAtpConfig('fr'), fr);
    assert.deepEqual(defaultAtpConfig('de' as 'fr'), fr);
    assert.deepEqual(defaultAtpConfig(), fr);
  });

  test('the sample grid fixture has a group of each main posture', () => {
    assert.deepEqual(
      analyseAtp(fr, sample).groups.map((g) => [g.id, g.posture, g.qualifier]),
      [
        ['providers', 'cooperative', 'stable'],
        ['deputy-directors', 'individualist', 'recoverable'],
        ['middle-managers', 'individualist', 'not-recoverable'],
        ['staff', 'opportunist', 'held-back'],
        ['beneficiaries', 'cooperative', 'fragile'],
        ['users', 'undetermined', null],
      ],
    );
  });
});

const issuesOf = (input: string | object, locale: 'fr' | 'en' = 'en'): ConfigIssue[] => {
  const result = parseAtpConfig(input, { locale });
  assert.equal(result.ok, false, 'expected the config to be rejected');
  return result.ok ? [] : result.issues;
};
const find = (issues: ConfigIssue[], path: string) => issues.find((i) => i.path === path);

describe('parseAtpConfig', () => {
  test('applies defaults to what an editor may leave out', () => {
    const c = parsed(minimal);
    assert.deepEqual(c.postures, { undeterminedBelow: 1, heldBackFrom: 2, recoverableFrom: 2, stableTrustFrom: 2 });
    assert.equal(c.allowGroupEditing, true);
    assert.equal(c.divergenceSpread, 2);
    assert.deepEqual(c.categories.fears.suggestions, []);
    const partial = parsed({ ...copy(minimal), postures: { heldBackFrom: 3 } });
    assert.deepEqual(partial.postures, {
      undeterminedBelow: 1,
      heldBackFrom: 3,
      recoverableFrom: 2,
      stableTrustFrom: 2,
    });
  });

  test('accepts JSON text and does not change its input', () => {
    assert.ok(parseAtpConfig(JSON.stringify(minimal)).ok, 'parseAtpConfig(JSON.stringify(minimal)).ok');
    const input = deepFreeze(copy(minimal));
    assert.ok(parseAtpConfig(input).ok, 'parseAtpConfig(input).ok');
  });

  describe('whole-document rules, each with its code and JSON path', () => {
    const issues = issuesOf(brokenJson);
    const expected: [string, ConfigIssue['code']][] = [
      ['groups[2].id', 'duplicate_id'],
      ['intensity.levels[0].value', 'invalid_range'],
      ['intensity.levels[1].value', 'scale_not_increasing'],
      ['trust.levels', 'scale_too_small'],
      ['postures.undeterminedBelow', 'invalid_range'],
      ['postures.heldBackFrom', 'invalid_range'],
      ['postures.stableTrustFrom', 'invalid_range'],
      ['divergenceSpread', 'invalid_range'],
    ];
    for (const [path, code] of expected) {
      test(`${code} at ${path}`, () => assert.equal(find(issues, path)?.code, code, JSON.stringify(issues, null, 1)));
    }
    test('nothing else', () => {
      assert.deepEqual(issues.map((i) => i.path).sort(), expected.map(([path]) => path).sort());
    });
    test('messages are localised and name the values', () => {
      const fr = issuesOf(brokenJson, 'fr');
      assert.match(find(fr, 'groups[2].id')!.message, /« staff ».*groups\[0\]\.id/);
      assert.match(find(fr, 'intensity.levels[0].value')!.message, /doit valoir 0 ; il vaut 1/);
      assert.match(find(fr, 'postures.undeterminedBelow')!.message, /5.*de 1 à 3/);
      assert.match(find(issues, 'postures.stableTrustFrom')!.message, /2.*\(0 to 0\)/);
      assert.match(find(issues, 'divergenceSpread')!.message, /above 0; it is 0/);
    });
  });

  test('a duplicate group id alone is the only issue', () => {
    const input = copy(minimal);
    input.groups.push({ id: 'managers', label: 'Again' });
    assert.deepEqual(
      issuesOf(input).map((i) => [i.path, i.code]),
      [['groups[2].id', 'duplicate_id']],
    );
  });

  test('gaps are allowed; a scale not from 0, too small, or not increasing is not', () => {
    const ok = copy(minimal);
    ok.trust.levels.splice(1, 1);
    assert.ok(parseAtpConfig(ok).ok, 'parseAtpConfig(ok).ok');
    const cases: [(c: AtpConfigInput) => void, string, ConfigIssue['code']][] = [
      [(c) => c.intensity.levels.shift(), 'intensity.levels[0].value', 'invalid_range'],
      [(c) => (c.trust.levels = c.trust.levels.slice(0, 1)), 'trust.levels', 'scale_too_small'],
      [(c) => c.trust.levels.reverse(), 'trust.levels[0].value', 'invalid_range'],
      [(c) => (c.intensity.levels[2]!.value = 1), 'intensity.levels[2].value', 'scale_not_increasing'],
      [(c) => (c.postures = { recoverableFrom: 3.5 }), 'postures.recoverableFrom', 'invalid_range'],
      [(c) => (c.divergenceSpread = -1), 'divergenceSpread', 'invalid_range'],
    ];
    for (const [change, path, code] of cases) {
      const input = copy(minimal);
      change(input);
      const issues = issuesOf(input);
      assert.equal(find(issues, path)?.code, code, `${path}: ${JSON.stringify(issues)}`);
    }
  });

  test('a threshold at the edge of its scale is allowed', () => {
    assert.ok(
      parseAtpConfig({ ...copy(minimal), postures: { undeterminedBelow: 0, stableTrustFrom: 3 } }).ok,
      'parseAtpConfig({ ...copy(minimal), postures: { undeterminedBelow: 0, stableTrustFrom: 3 } }).ok',
    );
  });

  test('a schemaVersion newer than the library', () => {
    const [issue, ...rest] = issuesOf({ ...copy(minimal), schemaVersion: ATP_SCHEMA_VERSION + 1 });
    assert.equal(issue?.code, 'unsupported_schema_version');
    assert.equal(issue?.path, 'schemaVersion');
    assert.equal(rest.length, 0);
  });

  test('shape errors carry a path and a code', () => {
    const input = copy(minimal) as unknown as Record<string, Record<string, unknown>>;
    (input.categories!.fears as Record<string, unknown>).lable = 'x';
    delete input.levers;
    (input.groups as unknown as { id: string }[])[0]!.id = 'has space';
    input.allowGroupEditing = 'yes' as never;
    const issues = issuesOf(input);
    assert.equal(find(issues, 'categories.fears.lable')?.code, 'unknown_key');
    assert.equal(find(issues, 'levers')?.code, 'required');
    assert.equal(find(issues, 'groups[0].id')?.code, 'invalid_id');
    assert.equal(find(issues, 'allowGroupEditing')?.code, 'invalid_type');
    const levers = copy(minimal) as unknown as { levers: { opportunist: Record<string, unknown> } };
    levers.levers.opportunist['held-back'] = [''];
    assert.equal(find(issuesOf(levers), 'levers.opportunist["held-back"][0]')?.code, 'too_short');
    const groups = { ...copy(minimal), groups: [] };
    assert.equal(find(issuesOf(groups), 'groups')?.code, 'too_short');
    const level = copy(minimal);
    level.intensity.levels[1]!.value = 1.5;
    assert.equal(find(issuesOf(level), 'intensity.levels[1].value')?.code, 'not_integer');
  });

  test('not JSON, not an object', () => {
    const [json] = issuesOf('{"id": ', 'fr');
    assert.equal(json?.code, 'invalid_json');
    assert.equal(json?.path, '');
    for (const input of ['null', '42', '[]']) assert.equal(issuesOf(input)[0]?.code, 'invalid_type');
  });

  test('never throws: arbitrary JSON values and text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseAtpConfig(value as object);
        if (!result.ok) assert.ok(result.issues.length > 0, 'result.issues.length > 0');
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => assert.equal(parseAtpConfig(text).ok, false)),
      { numRuns: 500 },
    );
  });

  test('never throws: the default config with any value replaced by anything', () => {
    const paths: (string | number)[][] = [];
    const walk = (x: unknown, at: (string | number)[]) => {
      paths.push(at);
      if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x)) walk(v, [...at, Array.isArray(x) ? Number(k) : k]);
    };
    walk(frJson, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length)), fc.jsonValue(), (path, value) => {
        const input = copy(frJson) as unknown as Record<string | number, unknown>;
        let target = input;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path[path.length - 1]!] = value;
        const result = parseAtpConfig(input, { locale: 'en' });
        if (!result.ok)
          for (const issue of result.issues)
            assert.ok(
              issue.message.length > 0 && typeof issue.path === 'string',
              "issue.message.length > 0 && typeof issue.path === 'string'",
            );
      }),
      { numRuns: 1500 },
    );
  });

  test('hostile objects (a throwing getter) are reported, not thrown', () => {
    const input = { ...copy(minimal) };
    Object.defineProperty(input, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const [issue] = issuesOf(input);
    assert.equal(issue?.code, 'invalid_input');
  });

  test('the schemas convert to JSON Schema; optional keys with defaults are not required', () => {
    const options: ConversionConfig = { errorMode: 'throw', typeMode: 'input', ignoreActions: ['finite'] };
    const schema = toJsonSchema(AtpConfigSchema, options) as { required: string[]; additionalProperties: boolean };
    assert.deepEqual(schema.required.sort(), [
      'categories',
      'groups',
      'id',
      'intensity',
      'levers',
      'schemaVersion',
      'title',
      'trust',
    ]);
    assert.equal(schema.additionalProperties, false);
    assert.ok(toJsonSchema(AtpDataSchema, options), 'toJsonSchema(AtpDataSchema, options)');
    assert.ok(toJsonSchema(SavedAtpSchema, options), 'toJsonSchema(SavedAtpSchema, options)');
  });
});

describe('parseAtpData', () => {
  test('accepts the sample grid and a new grid, as objects or text', () => {
    for (const input of [sample, JSON.stringify(sample), createAtpData(fr)]) {
      const result = parseAtpData(input);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    }
    const result = parseAtpData(sample);
    assert.ok(result.ok, 'expected success');
    assert.deepEqual(result.data, sample);
  });

  test('duplicate group ids, and duplicate item ids within a group (not across groups)', () => {
    const data = copy(sample);
    data.groups[3]!.id = 'providers';
    data.groups[1]!.items[2]!.id = 'item-1';
    const result = parseAtpData(data, { locale: 'en' });
    assert.ok(!result.ok, 'expected a rejection');
    assert.deepEqual(
      result.issues.map((i) => [i.path, i.code]),
      [
        ['groups[3].id', 'duplicate_id'],
        ['groups[1].items[2].id', 'duplicate_id'],
      ],
    );
  });

  test('shape errors', () => {
    const data = copy(sample) as unknown as { groups: Record<string, unknown>[] };
    const items = data.groups[0]!.items as Record<string, unknown>[];
    items[0]!.category = 'hopes';
    items[1]!.text = '';
    items[2]!.intensity = -1;
    items[3]!.id = 'bad id';
    data.groups[1]!.trust = 'high';
    data.groups[2]!.extra = true;
    const result = parseAtpData(data);
    assert.ok(!result.ok, 'expected a rejection');
    const codes = Object.fromEntries(result.issues.map((i) => [i.path, i.code]));
    assert.deepEqual(codes, {
      'groups[0].items[0].category': 'invalid_value',
      'groups[0].items[1].text': 'too_short',
      'groups[0].items[2].intensity': 'out_of_range',
      'groups[0].items[3].id': 'invalid_id',
      'groups[1].trust': 'invalid_type',
      'groups[2].extra': 'unknown_key',
    });
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseAtpData(value as object);
        if (!result.ok) assert.ok(result.issues.length > 0, 'result.issues.length > 0');
      }),
      { numRuns: 1000 },
    );
    assert.equal(parseAtpData('{').ok, false);
  });
});

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

  test('addItem: the smallest free item-N of the group, trimmed text, no empty note', () => {
    const data = base();
    const added = addItem(data, 'users', { category: 'fears', text: ' Longer waits ', intensity: 2, note: ' ' });
    assert.equal(added.id, 'item-1');
    assert.deepEqual(added.data.groups[5]!.items, [
      { id: 'item-1', category: 'fears', text: 'Longer waits', intensity: 2 },
    ]);
    const gap = removeItem(data, 'providers', 'item-2');
    const again = addItem(gap, 'providers', { category: 'attractions', text: 'X', intensity: 1, note: 'why' });
    assert.equal(again.id, 'item-2');
    assert.deepEqual(again.data.groups[0]!.items.at(-1), {
      id: 'item-2',
      category: 'attractions',
      text: 'X',
      intensity: 1,
      note: 'why',
    });
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

/** A strict RFC 4180 reader (CRLF records, quoted fields). */
function readCsv(text: string, delimiter: string): string[][] {
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark');
  assert.ok(text.endsWith('\r\n'), "text.endsWith('\\r\\n')");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

describe('CSV exports', () => {
  test('the grid: BOM, ";" and French headings, one row per item, level labels', () => {
    const csv = atpToCsv(fr, sample, { locale: 'fr' });
    assert.ok(
      csv.startsWith('\uFEFFGroupe;Catégorie;Libellé;Intensité;Niveau;Remarque\r\n'),
      "csv.startsWith('\\uFEFFGroupe;Catégorie;Libellé;Intensité;Niveau;Remarque\\r\\n')",
    );
    const rows = readCsv(csv, ';');
    assert.equal(rows.length, 1 + sample.groups.reduce((n, g) => n + g.items.length, 0));
    assert.deepEqual(rows[6], [
      'Directeurs adjoints',
      'Peurs',
      'Perte d’autonomie et de pouvoir de décision',
      '3',
      'Forte',
      'Surtout pour les achats.',
    ]);
    for (const row of rows) assert.equal(row.length, 6);
  });

  test('the grid: columns in the method’s order within a group; English uses ","', () => {
    const data: AtpData = {
      groups: [
        {
          id: 'g',
          label: 'Group, one',
          trust: null,
          items: [
            { id: 'item-1', category: 'temptations', text: 'T', intensity: 1 },
            { id: 'item-2', category: 'attractions', text: 'A', intensity: 2 },
          ],
        },
      ],
    };
    const csv = atpToCsv(en, data, { locale: 'en' });
    assert.ok(
      csv.startsWith('\uFEFFGroup,Category,Text,Intensity,Level,Note\r\n"Group, one",Attractions,A,2,Medium,\r\n'),
    );
    assert.deepEqual(readCsv(csv, ',')[2], ['Group, one', 'Temptations', 'T', '1', 'Low', '']);
  });

  test('means get a decimal comma in French and no level label; formulas are guarded', () => {
    const s = mergeAtp(fr, [
      {
        groups: [
          {
            id: 'g',
            label: '=G',
            trust: null,
            items: [{ id: 'item-1', category: 'fears', text: '+1 job', intensity: 1 }],
          },
        ],
      },
      {
        groups: [
          {
            id: 'g',
            label: '=G',
            trust: null,
            items: [{ id: 'item-1', category: 'fears', text: '+1 job', intensity: 2 }],
          },
        ],
      },
    ]);
    const rows = readCsv(atpToCsv(fr, s.data, { locale: 'fr' }), ';');
    assert.deepEqual(rows[1], ["'=G", 'Peurs', "'+1 job", '1,5', '', '']);
  });

  test('site strings rename the headings', () => {
    const csv = atpToCsv(en, createAtpData(en), { locale: 'en', strings: { atpCsvNote: 'Remark' } });
    assert.equal(csv, '\uFEFFGroup,Category,Text,Intensity,Level,Remark\r\n');
  });

  test('the plans: plan title, text, groups joined with ", ", intensity, action', () => {
    const plans = buildPlans(fr, sample, { locale: 'fr' });
    const rows = readCsv(plansToCsv(fr, plans, { locale: 'fr' }), ';');
    assert.deepEqual(rows[0], ['Plan', 'Libellé', 'Groupes', 'Intensité', 'Action proposée']);
    assert.equal(rows.length, 1 + plans.objectives.length + plans.risks.length + plans.charter.length);
    assert.equal(rows[1]![0], 'Plan de gestion des objectifs');
    const risk = rows.find((r) => r[1] === 'Perte d’autonomie et de pouvoir de décision')!;
    assert.deepEqual(risk.slice(0, 4), [
      'Plan de gestion des risques',
      'Perte d’autonomie et de pouvoir de décision',
      'Directeurs adjoints, Cadres intermédiaires',
      '3',
    ]);
    assert.equal(risk[4], plans.risks[0]!.action);
    assert.equal(rows.at(-1)![0], 'Charte de bonnes pratiques relationnelles');
    assert.equal(rows.at(-1)![3], '0', 'intensity 0 last');
  });
});

describe('stored grids', () => {
  test('round trip', () => {
    const text = serializeSavedAtp(sample);
    assert.ok(
      text.startsWith(`{"format":"${SAVED_ATP_FORMAT}","data":{"groups":[`),
      'text.startsWith(`{"format":"${SAVED_ATP_FORMAT}","data":{"groups":[`)',
    );
    const result = parseSavedAtp(text);
    assert.ok(result.ok, 'expected success');
    assert.deepEqual(result.data, sample);
  });

  test('corrupt text: invalid_json at the root, never thrown', () => {
    for (const text of ['', '{"format":"coop-atp/1","data":', 'undefined']) {
      const result = parseSavedAtp(text, { locale: 'fr' });
      assert.ok(!result.ok, 'expected a rejection');
      assert.deepEqual(
        result.issues.map((i) => [i.path, i.code]),
        [['', 'invalid_json']],
      );
      assert.match(result.issues[0]!.message, /JSON valide/);
    }
  });

  test('the wrong format tag, a bare grid, bad data: located issues', () => {
    const wrong = parseSavedAtp(JSON.stringify({ format: 'coop-atp/2', data: sample }));
    assert.ok(!wrong.ok, 'expected a rejection');
    assert.equal(wrong.issues[0]?.path, 'format');
    assert.equal(wrong.issues[0]?.code, 'invalid_value');
    const bare = parseSavedAtp(JSON.stringify(sample));
    assert.ok(!bare.ok, 'expected a rejection');
    assert.ok(
      bare.issues.some((i) => i.path === 'groups' && i.code === 'unknown_key'),
      "bare.issues.some((i) => i.path === 'groups' && i.code === 'unknown_key')",
    );
    const dup = copy(sample);
    dup.groups[1]!.id = 'providers';
    dup.groups[0]!.items[1]!.intensity = Number.NaN;
    const bad = parseSavedAtp(serializeSavedAtp(dup));
    assert.ok(!bad.ok, 'expected a rejection');
    assert.deepEqual(
      bad.issues.map((i) => [i.path, i.code]),
      [['data.groups[0].items[1].intensity', 'invalid_type']],
      'NaN is written as null by JSON',
    );
    const dupOnly = copy(sample);
    dupOnly.groups[1]!.id = 'providers';
    const dupResult = parseSavedAtp(serializeSavedAtp(dupOnly));
    assert.ok(!dupResult.ok, 'expected a rejection');
    assert.deepEqual(
      dupResult.issues.map((i) => [i.path, i.code]),
      [['data.groups[1].id', 'duplicate_id']],
    );
    assert.equal(parseSavedAtp('[]').ok, false);
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const result = parseSavedAtp(text);
          if (!result.ok) assert.ok(result.issues.length > 0, 'result.issues.length > 0');
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('storage key', () => {
    assert.equal(atpStorageKey('atp-default'), 'coop-widgets:atp:atp-default');
    assert.equal(atpStorageKey('atp-default', 'ght-est'), 'coop-widgets:atp:atp-default:ght-est');
    assert.equal(atpStorageKey('atp-default', ''), 'coop-widgets:atp:atp-default');
  });
});

describe('strings', () => {
  test('every atp key exists in both languages with the same kind, prefixed atp', () => {
    const frStrings = getStrings('fr');
    const enStrings = getStrings('en');
    const keys = Object.keys(frStrings).filter((k) => k.startsWith('atp') && !k.startsWith('atpMatrix'));
    assert.ok(keys.length > 30, 'keys.length > 30');
    for (const key of keys as (keyof typeof frStrings)[]) {
      assert.equal(typeof frStrings[key], typeof enStrings[key], key);
    }
  });
});
