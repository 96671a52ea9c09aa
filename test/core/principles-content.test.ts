/** The principles checklist's core: the default content in both languages. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import enJson from '../../src/content/principles.en.json';
import frJson from '../../src/content/principles.fr.json';
import {
  defaultPrinciplesConfig,
  defaultQuestionnaire,
  listQuestions,
  parsePrinciplesConfig,
  type PrinciplesConfig,
} from '../../src/core/index.js';
import { copy } from './helpers.js';
import { config } from './principles-helpers.js';

/** The nine principles and the prerequisite as the ANAP presentation words them (the seed text, verbatim). */
const SEED_PRINCIPLES = [
  "Reconnaître que, dans une situation complexe, aucun partenaire ne détient seul LA réponse capable de satisfaire l'ensemble des acteurs concernés",
  "Bâtir ensemble l'énoncé d'une finalité commune acceptée de tous, avant de définir les objectifs détaillés du projet",
  'Tenir compte du fait que les représentations individuelles des acteurs déterminent leurs comportements',
  'Construire une représentation commune des attraits, peurs et tentations que peut susciter le projet pour les différents partenaires',
  "Utiliser cette représentation commune comme outil d'évaluation des actions à engager et de leurs résultats",
  'Établir simultanément un plan de management des objectifs, un plan de gestion des risques et une charte des bonnes pratiques relationnelles',
  "Veiller à ce que tous les membres de l'équipe projet participent à la définition du plan de gestion des risques et de la charte des bonnes pratiques relationnelles",
  "Garantir les mêmes droits pour tous dans l'élaboration des plans de gestion des objectifs et des risques et de la charte des bonnes pratiques relationnelles",
  "S'assurer que tous connaissent la répartition des responsabilités et des délégations",
];

const SEED_PREREQUISITE =
  "s'engager à mettre en œuvre au moins 60% des propositions d'actions énoncées par les parties prenantes.";

/** The house style writes the typographic apostrophe and a no-break space before %: the words stay the seed's. */
const typeset = (text: string) => text.replace(/'/g, '’').replace(/(\d)%/g, '$1\u00a0%');

/** Everything but the texts. */
function skeleton(c: PrinciplesConfig): unknown {
  return JSON.parse(
    JSON.stringify(c, (key, value: unknown) =>
      ['title', 'description', 'text', 'explanation', 'label', 'locale'].includes(key) ? undefined : value,
    ),
  );
}

describe('default content "Les neuf principes d’une coopération durable"', () => {
  for (const [locale, json] of [
    ['fr', frJson],
    ['en', enJson],
  ] as const) {
    test(`${locale}: validates with no issue and states its language`, () => {
      const result = parsePrinciplesConfig(json, { locale: 'en' });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.issues, null, 1));
      assert.equal(result.config.locale, locale);
    });
  }

  const fr = defaultPrinciplesConfig('fr');
  const en = defaultPrinciplesConfig('en');

  test('titles and id', () => {
    assert.equal(fr.id, 'principles-default');
    assert.equal(fr.title, 'Les neuf principes d’une coopération durable');
    assert.equal(en.title, 'Nine principles for lasting cooperation');
    assert.equal(defaultPrinciplesConfig().title, fr.title, 'French by default');
  });

  test('nine principles p1…p9 numbered 1–9, each explained', () => {
    for (const c of [fr, en]) {
      assert.deepEqual(
        c.principles.map((p) => [p.id, p.number]),
        Array.from({ length: 9 }, (_, i) => [`p${i + 1}`, i + 1]),
      );
      for (const p of c.principles) assert.ok((p.explanation ?? '').length > 40, p.id);
    }
  });

  test('the French principles and prerequisite are the seed’s words', () => {
    assert.deepEqual(
      fr.principles.map((p) => p.text),
      SEED_PRINCIPLES.map(typeset),
    );
    const prerequisite = typeset(SEED_PREREQUISITE);
    assert.equal(fr.prerequisite.text, prerequisite[0]!.toUpperCase() + prerequisite.slice(1));
  });

  test('French and English share ids, numbers, links, statuses, groups and threshold', () => {
    assert.deepEqual(skeleton(en), skeleton(fr));
    assert.match(en.prerequisite.text, /60%/);
  });

  test('threshold 60, the three statuses, the six groups shared with the ATP grid', () => {
    assert.equal(fr.threshold, 60);
    assert.deepEqual(
      fr.statuses.map((s) => [s.id, s.kind, s.label]),
      [
        ['not-started', 'not-started', 'Pas commencé'],
        ['in-progress', 'in-progress', 'En cours'],
        ['in-place', 'in-place', 'En place'],
      ],
    );
    assert.deepEqual(
      en.statuses.map((s) => s.label),
      ['Not started', 'In progress', 'In place'],
    );
    assert.deepEqual(
      fr.groups.map((g) => [g.id, g.label]),
      [
        ['providers', 'Offreurs de service'],
        ['deputy-directors', 'Directeurs adjoints'],
        ['middle-managers', 'Cadres intermédiaires'],
        ['staff', 'Personnels'],
        ['beneficiaries', 'Bénéficiaires'],
        ['users', 'Usagers'],
      ],
    );
    assert.deepEqual(
      en.groups.map((g) => g.label),
      ['Service providers', 'Deputy directors', 'Middle managers', 'Staff', 'Beneficiaries', 'Patients and users'],
    );
  });

  test('the shipped statuses and groups are the defaults a config without them gets', () => {
    for (const [locale, c] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const input = copy(frJson) as Record<string, unknown>;
      delete input.statuses;
      delete input.groups;
      delete input.locale;
      const bare = config(input, locale);
      assert.deepEqual(
        bare.statuses,
        c.statuses.map(({ description: _d, ...s }) => s),
      );
      // The shipped groups carry the mark of their quotation (`source`), a mark for editors only.
      assert.deepEqual(
        bare.groups,
        c.groups.map(({ source: _s, ...g }) => g),
      );
    }
  });

  test('principles 4, 5 and 6 point to the ATP grid, the others do not', () => {
    for (const p of fr.principles) {
      assert.equal(p.relatesTo?.widgets?.includes('atp-matrix'), [4, 5, 6].includes(p.number), p.id);
      assert.ok(p.relatesTo?.widgets?.includes('questionnaire'), p.id);
    }
  });

  test('each principle links exactly the questionnaire sections whose questions assess it, in their order', () => {
    const questionnaire = defaultQuestionnaire('fr');
    const refs = listQuestions(questionnaire);
    for (const p of fr.principles) {
      const expected = questionnaire.sections
        .filter((section) => refs.some((r) => r.section === section && r.question.principle === p.number))
        .map((section) => section.id);
      assert.ok(expected.length > 0, `principle ${p.number} is assessed by the questionnaire`);
      assert.deepEqual(p.relatesTo?.sections, expected, p.id);
    }
  });

  test('a fresh copy each call', () => {
    const a = defaultPrinciplesConfig('fr');
    a.principles[0]!.text = 'changed';
    a.statuses.pop();
    assert.equal(defaultPrinciplesConfig('fr').principles[0]!.text, fr.principles[0]!.text);
    assert.equal(defaultPrinciplesConfig('fr').statuses.length, 3);
  });

  test('no HTML in any text', () => {
    for (const c of [fr, en]) assert.doesNotMatch(JSON.stringify(c), /<[a-z/!]/i);
  });
});
