/**
 * The ATP grid core: the three plans, and the text normalisation that groups their entries.
 * Every assert.ok() carries a message: without one, Node 20 rebuilds it from this file's source when the
 * assertion fails, and on a long file that search never ends (the test hangs instead of failing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildPlans, createAtpData, normaliseText, type AtpData } from '../../src/core/index.js';
import { copy } from './helpers.js';
import { config, fr, deepFreeze } from './atp-helpers.js';

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
    assert.match(
      enPlans.charter[0]!.action,
      /charter of good relational practice a rule against “Keeping information”.*\(Alpha\) to adopt/,
    );
    const frPlans = buildPlans(config, data, { locale: 'fr' });
    assert.match(
      frPlans.risks[0]!.action,
      /^Prévoir une mesure de prévention.*«\u202fPerte d’autonomie\u202f».*\(Alpha et Beta\)\.$/,
    );
    assert.match(frPlans.objectives[0]!.action, /^Fixer .*objectif mesurable.*«\u202fShared costs\u202f»/);
    assert.match(
      frPlans.charter[0]!.action,
      /^Inscrire dans la charte des bonnes pratiques relationnelles une règle contre «\u202fKeeping information\u202f»/,
    );
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
