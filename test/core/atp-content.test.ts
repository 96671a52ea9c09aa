/**
 * The ATP grid core: the default configs in both languages, and the atp strings.
 * Every assert.ok() carries a message: without one, Node 20 rebuilds it from this file's source when the
 * assertion fails, and on a long file that search never ends (the test hangs instead of failing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import enJson from '../../src/content/atp.en.json';
import frJson from '../../src/content/atp.fr.json';
import {
  ATP_CATEGORIES,
  analyseAtp,
  defaultAtpConfig,
  getStrings,
  parseAtpConfig,
  type AtpCategory,
  type AtpConfig,
} from '../../src/core/index.js';
import { sample, fr, en } from './atp-helpers.js';

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

  const TEXT_KEYS = [
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
  ];
  /** Everything but the texts; the quoted suggestions are keyed by their text, so only their sources stay. */
  const skeleton = (c: AtpConfig) =>
    JSON.parse(
      JSON.stringify(c, (key, value: unknown) => {
        if (key === 'suggestionSources') return Object.values(value as object);
        if (!TEXT_KEYS.includes(key)) return value;
        return Array.isArray(value) ? value.length : undefined;
      }),
    ) as unknown;

  test('French and English share ids, structure and numbers', () => {
    assert.deepEqual(skeleton(en), skeleton(fr));
    assert.equal(fr.id, 'atp-default');
    assert.equal(fr.title, 'Grille des attraits, peurs et tentations (ATP)');
    assert.equal(en.title, 'Attractions, fears and temptations (ATP) grid');
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
        ['Attraits', 'Plan de management des objectifs'],
        ['Peurs', 'Plan de gestion des risques'],
        ['Tentations', 'Charte des bonnes pratiques relationnelles'],
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
