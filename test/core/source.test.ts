/**
 * The `source` mark of quoted texts (issue 18): every config object that can carry a quotation accepts it,
 * keeps it in the parsed config and reports a bad one at its JSON path; the default content marks exactly the
 * texts quoted from ANAP's 2019 presentation (the English ones are their translations, marked the same).
 * Every assert.ok() carries a message (see atp-content.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import atpEnJson from '../../src/content/atp.en.json';
import atpFrJson from '../../src/content/atp.fr.json';
import principlesEnJson from '../../src/content/principles.en.json';
import principlesFrJson from '../../src/content/principles.fr.json';
import questionnaireEnJson from '../../src/content/questionnaire.en.json';
import questionnaireFrJson from '../../src/content/questionnaire.fr.json';
import {
  ATP_CATEGORIES,
  parseAtpConfig,
  parsePrinciplesConfig,
  parseQuestionnaireConfig,
  type ConfigIssue,
  type ParseResult,
} from '../../src/core/index.js';
import { minimal as atpMinimal } from './atp-helpers.js';
import { copy, minimal as questionnaireMinimal } from './helpers.js';
import { minimal as principlesMinimal } from './principles-helpers.js';

const SOURCE = 'anap-2019';
const QUOTE = 'Des offreurs de service';

type Json = Record<string, unknown>;
type Parse = (input: object) => ParseResult<unknown>;

/** The object at `path` of `root` (a list of keys and indexes). */
function at(root: unknown, path: readonly (string | number)[]): Json {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node as Json;
}

const kinds: { name: string; parse: Parse; input: object; objects: (string | number)[][] }[] = [
  {
    name: 'questionnaire',
    parse: (input) => parseQuestionnaireConfig(input, { locale: 'en' }),
    input: questionnaireMinimal,
    objects: [
      ['sections', 0],
      ['sections', 0, 'subsections', 0],
      ['sections', 0, 'subsections', 0, 'questions', 0],
    ],
  },
  {
    name: 'ATP grid',
    parse: (input) => parseAtpConfig(input, { locale: 'en' }),
    input: atpMinimal,
    objects: [['groups', 1]],
  },
  {
    name: 'principles',
    parse: (input) => parsePrinciplesConfig(input, { locale: 'en' }),
    input: { ...principlesMinimal, groups: [{ id: 'providers', label: 'Service providers' }] },
    objects: [['principles', 0], ['prerequisite'], ['groups', 0]],
  },
];

const issuesOf = (result: ParseResult<unknown>): ConfigIssue[] => (result.ok ? [] : result.issues);

describe('the source of a quoted text', () => {
  for (const { name, parse, input, objects } of kinds) {
    test(`${name}: accepted on ${objects.map((p) => p.join('.')).join(', ')}, and kept`, () => {
      const marked = copy(input);
      objects.forEach((path) => (at(marked, path).source = SOURCE));
      const result = parse(marked);
      assert.ok(result.ok, JSON.stringify(issuesOf(result)));
      for (const path of objects) assert.equal(at(result.config, path).source, SOURCE, path.join('.'));
      // Still optional: the same config without marks has none.
      const bare = parse(input);
      assert.ok(bare.ok, JSON.stringify(issuesOf(bare)));
      for (const path of objects) assert.equal(at(bare.config, path).source, undefined, path.join('.'));
    });

    test(`${name}: a source that is not a non-empty string is reported at its JSON path`, () => {
      for (const [bad, code] of [
        ['', 'too_short'],
        [2019, 'invalid_type'],
        [null, 'invalid_type'],
        [['anap-2019'], 'invalid_type'],
      ] as const) {
        for (const path of objects) {
          const marked = copy(input);
          at(marked, path).source = bad;
          const issues = issuesOf(parse(marked));
          const where = [...path, 'source'].map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
          assert.deepEqual(
            issues.map((i) => [i.path, i.code]),
            [[where.replace(/^\./, ''), code]],
            `${JSON.stringify(bad)} at ${where}`,
          );
        }
      }
    });
  }

  test('ATP grid: suggestionSources marks suggestions by their text, and is kept', () => {
    const marked = copy(atpMinimal) as Json;
    const fears = at(marked, ['categories', 'fears']);
    fears.suggestions = [QUOTE, 'Our own example'];
    fears.suggestionSources = { [QUOTE]: SOURCE };
    const result = parseAtpConfig(marked, { locale: 'en' });
    assert.ok(result.ok, JSON.stringify(issuesOf(result)));
    assert.deepEqual(result.config.categories.fears.suggestions, [QUOTE, 'Our own example']);
    assert.deepEqual(result.config.categories.fears.suggestionSources, { [QUOTE]: SOURCE });
    assert.equal(result.config.categories.attractions.suggestionSources, undefined);
  });

  test('ATP grid: a suggestion’s source that is not a non-empty string is reported at its JSON path', () => {
    for (const [bad, code] of [
      ['', 'too_short'],
      [1, 'invalid_type'],
    ] as const) {
      const marked = copy(atpMinimal) as Json;
      const fears = at(marked, ['categories', 'fears']);
      fears.suggestions = [QUOTE];
      fears.suggestionSources = { [QUOTE]: bad };
      assert.deepEqual(
        issuesOf(parseAtpConfig(marked, { locale: 'en' })).map((i) => [i.path, i.code]),
        [[`categories.fears.suggestionSources["${QUOTE}"]`, code]],
        JSON.stringify(bad),
      );
    }
  });
});

/** Every path marked with a source in a parsed config, and the text each one marks. */
function marks(config: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      const o = node as Json;
      if (typeof o.source === 'string') {
        assert.equal(o.source, SOURCE, path);
        out.set(path, String(o.title ?? o.label ?? o.text));
      }
      for (const [key, value] of Object.entries(o)) {
        if (key === 'suggestionSources') {
          for (const [text, source] of Object.entries(value as object)) {
            assert.equal(source, SOURCE, `${path}.${key}`);
            out.set(`${path}.suggestions[${(o.suggestions as string[]).indexOf(text)}]`, text);
          }
        } else walk(value, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(config, '');
  return out;
}

const GROUPS = [0, 1, 2, 3, 4, 5].map((i) => `groups[${i}]`);
const SUGGESTIONS = [
  ...[0, 1, 2, 3].map((i) => `categories.attractions.suggestions[${i}]`),
  ...[1, 2].map((i) => `categories.fears.suggestions[${i}]`),
  ...[0, 1].map((i) => `categories.temptations.suggestions[${i}]`),
];
const content = [
  {
    name: 'questionnaire',
    parse: (input: object) => parseQuestionnaireConfig(input, { locale: 'en' }),
    fr: questionnaireFrJson,
    en: questionnaireEnJson,
    paths: ['sections[0]', 'sections[0].subsections[0]', 'sections[1]', 'sections[2]'],
    seed: [
      'Définir la gouvernance du projet',
      'Organiser la gouvernance',
      'Définir la finalité, les objectifs et les critères d’évaluation d’un projet de coopération',
      'Définir les modalités de prise de décision',
    ],
  },
  {
    name: 'ATP grid',
    parse: (input: object) => parseAtpConfig(input, { locale: 'en' }),
    fr: atpFrJson,
    en: atpEnJson,
    paths: [...SUGGESTIONS, ...GROUPS],
    seed: [
      'Amélioration du service rendu et de l’efficience',
      'Accès à de nouvelles compétences et ressources',
      'Un poids accru face à notre environnement',
      'De meilleures conditions de travail',
      'Dégradation de ses conditions de travail',
      'Dégradation du service rendu et de son efficience',
      'Manipuler les autres à son avantage',
      'Accaparer le pouvoir pour se favoriser',
      'Offreurs de service',
      'Directeurs adjoints',
      'Cadres intermédiaires',
      'Personnels',
      'Bénéficiaires',
      'Usagers',
    ],
  },
  {
    name: 'principles',
    parse: (input: object) => parsePrinciplesConfig(input, { locale: 'en' }),
    fr: principlesFrJson,
    en: principlesEnJson,
    paths: [...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `principles[${i}]`), ...GROUPS, 'prerequisite'],
    seed: [
      'Reconnaître que, dans une situation complexe, aucun partenaire ne détient seul LA réponse capable de satisfaire l’ensemble des acteurs concernés',
      'Bâtir ensemble l’énoncé d’une finalité commune acceptée de tous, avant de définir les objectifs détaillés du projet',
      'Tenir compte du fait que les représentations individuelles des acteurs déterminent leurs comportements',
      'Construire une représentation commune des attraits, peurs et tentations que peut susciter le projet pour les différents partenaires',
      'Utiliser cette représentation commune comme outil d’évaluation des actions à engager et de leurs résultats',
      'Établir simultanément un plan de management des objectifs, un plan de gestion des risques et une charte des bonnes pratiques relationnelles',
      'Veiller à ce que tous les membres de l’équipe projet participent à la définition du plan de gestion des risques et de la charte des bonnes pratiques relationnelles',
      'Garantir les mêmes droits pour tous dans l’élaboration des plans de gestion des objectifs et des risques et de la charte des bonnes pratiques relationnelles',
      'S’assurer que tous connaissent la répartition des responsabilités et des délégations',
      'Offreurs de service',
      'Directeurs adjoints',
      'Cadres intermédiaires',
      'Personnels',
      'Bénéficiaires',
      'Usagers',
      'S’engager à mettre en œuvre au moins 60\u00a0% des propositions d’actions énoncées par les parties prenantes.',
    ],
  },
];

describe('the default content marks what it quotes from ANAP (2019)', () => {
  for (const { name, parse, fr, en, paths, seed } of content) {
    test(`${name}: the French marks exactly the seed’s words, the English the same paths`, () => {
      const parsedFr = parse(fr);
      const parsedEn = parse(en);
      assert.ok(parsedFr.ok, JSON.stringify(issuesOf(parsedFr)));
      assert.ok(parsedEn.ok, JSON.stringify(issuesOf(parsedEn)));
      const quotedFr = marks(parsedFr.config);
      assert.deepEqual([...quotedFr.keys()].sort(), [...paths].sort());
      assert.deepEqual(
        paths.map((p) => quotedFr.get(p)),
        seed,
      );
      assert.deepEqual([...marks(parsedEn.config).keys()].sort(), [...paths].sort(), 'English: same paths');
    });
  }

  test('ATP grid: every key of suggestionSources is one of its column’s suggestions, in both languages', () => {
    for (const json of [atpFrJson, atpEnJson]) {
      const parsed = parseAtpConfig(json, { locale: 'en' });
      assert.ok(parsed.ok, JSON.stringify(issuesOf(parsed)));
      for (const c of ATP_CATEGORIES) {
        const { suggestions, suggestionSources = {} } = parsed.config.categories[c];
        for (const text of Object.keys(suggestionSources)) assert.ok(suggestions.includes(text), `${c}: ${text}`);
      }
    }
  });
});
