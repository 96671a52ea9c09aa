/** The principles checklist's core: config and data validation, editing, assessment, register, exports, storage. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import fc from 'fast-check';
import enJson from '../../src/content/principles.en.json';
import frJson from '../../src/content/principles.fr.json';
import {
  DECISIONS,
  PrinciplesConfigSchema,
  PrinciplesDataSchema,
  SAVED_PRINCIPLES_FORMAT,
  STATUS_KINDS,
  SavedPrinciplesSchema,
  addProposal,
  assessPrinciples,
  createPrinciplesData,
  decideProposal,
  defaultPrinciplesConfig,
  defaultQuestionnaire,
  describeCommitment,
  filterProposals,
  listQuestions,
  parsePrinciplesConfig,
  parsePrinciplesData,
  parseSavedPrinciples,
  principlesStorageKey,
  principlesToCsv,
  proposalsToCsv,
  removeProposal,
  serializeSavedPrinciples,
  setPrincipleField,
  setPrincipleStatus,
  setProposalDone,
  sortProposals,
  statusOf,
  updateProposal,
  type ConfigIssue,
  type Decision,
  type PrinciplesConfig,
  type PrinciplesConfigInput,
  type PrinciplesData,
  type PrinciplesDataInput,
  type Proposal,
} from '../../src/core/index.js';
import brokenJson from '../fixtures/principles.broken.json';
import dataJson from '../fixtures/principles.data.json';
import minimalJson from '../fixtures/principles.minimal.json';

const minimal = minimalJson as PrinciplesConfigInput;
const broken = brokenJson as PrinciplesConfigInput;
const sampleData = dataJson as PrinciplesDataInput;
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const NOW = new Date('2026-01-15T10:00:00.000Z');
const LATER = new Date('2026-01-16T08:00:00.000Z');

function config(input: object = minimal, locale: 'fr' | 'en' = 'en'): PrinciplesConfig {
  const parsed = parsePrinciplesConfig(input, { locale });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.config;
}

function data(input: object = sampleData): PrinciplesData {
  const parsed = parsePrinciplesData(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.data;
}

const configIssues = (input: string | object, locale: 'fr' | 'en' = 'en'): ConfigIssue[] => {
  const result = parsePrinciplesConfig(input, { locale });
  assert.equal(result.ok, false, 'expected the config to be rejected');
  return result.ok ? [] : result.issues;
};
const dataIssues = (input: string | object, locale: 'fr' | 'en' = 'en'): ConfigIssue[] => {
  const result = parsePrinciplesData(input, { locale });
  assert.equal(result.ok, false, 'expected the data to be rejected');
  return result.ok ? [] : result.issues;
};
const find = (issues: ConfigIssue[], path: string) => issues.find((i) => i.path === path);

/** Makes every object of `x` read-only, so that any mutation by the code under test throws. */
function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    for (const value of Object.values(x)) deepFreeze(value);
    Object.freeze(x);
  }
  return x;
}

/** Data with these many proposals of each kind (`done` of them accepted and carried out). */
function counts(c: { accepted?: number; rejected?: number; pending?: number; done?: number }): PrinciplesData {
  const proposals: Proposal[] = [];
  const push = (decision: Decision, done = false) =>
    proposals.push({
      id: `proposal-${proposals.length + 1}`,
      text: `Proposal ${proposals.length + 1}`,
      proposedBy: 'staff',
      date: '2026-01-01',
      decision,
      done,
      ...(decision === 'rejected' ? { rejectionReason: 'Not now' } : {}),
    });
  for (let i = 0; i < (c.accepted ?? 0); i++) push('accepted', i < (c.done ?? 0));
  for (let i = 0; i < (c.rejected ?? 0); i++) push('rejected');
  for (let i = 0; i < (c.pending ?? 0); i++) push('proposed');
  return { principles: {}, proposals };
}

const withThreshold = (threshold: number) => config({ ...copy(minimal), threshold });
const commitment = (c: Parameters<typeof counts>[0], threshold = 60) =>
  assessPrinciples(withThreshold(threshold), counts(c)).commitment;

/** A strict RFC 4180 reader (CRLF records, quoted fields), after checking and removing the BOM. */
function readCsv(csv: string, delimiter: string): string[][] {
  assert.equal(csv[0], '\uFEFF', 'starts with a byte-order mark');
  const text = csv.slice(1);
  assert.ok(text.endsWith('\r\n'), 'the last record ends with CRLF');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
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
    } else if (ch === '\r') {
      assert.equal(text[i + 1], '\n');
      i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Default content

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
    assert.equal(en.title, 'Nine principles for a lasting cooperation');
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
        ['not-started', 'not-started', 'Non engagé'],
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
      assert.deepEqual(bare.groups, c.groups);
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

// ---------------------------------------------------------------------------------------------------------------
// Config validation

describe('parsePrinciplesConfig: valid input', () => {
  test('the minimal fixture, as an object and as JSON text', () => {
    for (const input of [minimal, JSON.stringify(minimal)]) {
      const c = config(input as object);
      assert.equal(c.principles.length, 3);
      assert.equal(c.statuses.length, 4);
      assert.equal(c.principles[1]!.relatesTo?.sections?.[0], 'purpose');
    }
  });

  test('defaults: threshold 60; statuses and groups labelled in the config’s locale, else the parse’s', () => {
    const input = copy(minimal) as Record<string, unknown>;
    delete input.threshold;
    delete input.statuses;
    delete input.groups;
    const english = config(input, 'fr');
    assert.equal(english.threshold, 60);
    assert.equal(english.statuses[0]!.label, 'Not started', 'the config says it is in English');
    assert.equal(english.groups[5]!.label, 'Patients and users');
    delete input.locale;
    assert.equal(config(input, 'fr').statuses[0]!.label, 'Non engagé');
    assert.equal(config(input, 'en').statuses[2]!.label, 'In place');
    assert.equal(config(input, 'fr').groups[0]!.id, 'providers');
  });

  test('an empty group list is allowed (every author then typed as free text)', () => {
    assert.deepEqual(config({ ...copy(minimal), groups: [] }).groups, []);
  });

  test('does not change its input', () => {
    const input = copy(minimal);
    parsePrinciplesConfig(input);
    assert.deepEqual(input, minimal);
  });
});

describe('parsePrinciplesConfig: shape errors', () => {
  test('invalid JSON, and JSON that is not an object', () => {
    const [issue] = configIssues('{"id": ', 'fr');
    assert.equal(issue?.code, 'invalid_json');
    assert.equal(issue?.path, '');
    assert.match(issue!.message, /JSON valide/);
    for (const input of ['null', '42', '[]']) assert.equal(configIssues(input)[0]?.code, 'invalid_type', input);
  });

  test('a missing prerequisite, an unknown key, an empty list of principles', () => {
    const input = copy(minimal) as Record<string, unknown>;
    delete input.prerequisite;
    input.treshold = 50;
    input.principles = [];
    const issues = configIssues(input);
    assert.equal(find(issues, 'prerequisite')?.code, 'required');
    assert.equal(find(issues, 'treshold')?.code, 'unknown_key');
    assert.equal(find(issues, 'principles')?.code, 'too_short');
  });

  test('numbers: a principle numbered 0 or 1.5, a threshold above 100 or below 0', () => {
    const input = copy(minimal);
    input.principles[0]!.number = 0;
    input.principles[1]!.number = 1.5;
    input.threshold = 100.5;
    const issues = configIssues(input);
    assert.equal(find(issues, 'principles[0].number')?.code, 'out_of_range');
    assert.equal(find(issues, 'principles[1].number')?.code, 'not_integer');
    assert.equal(find(issues, 'threshold')?.code, 'out_of_range');
    assert.equal(find(configIssues({ ...copy(minimal), threshold: -1 }), 'threshold')?.code, 'out_of_range');
  });

  test('values out of their lists: a status kind, a widget, a locale', () => {
    const input = copy(minimal) as Record<string, unknown> & typeof minimal;
    (input.statuses![1] as Record<string, unknown>).kind = 'done';
    (input.principles[2]!.relatesTo as { widgets: string[] }).widgets = ['chart'];
    input.locale = 'de' as 'fr';
    const issues = configIssues(input);
    assert.equal(find(issues, 'statuses[1].kind')?.code, 'invalid_value');
    assert.equal(find(issues, 'principles[2].relatesTo.widgets[0]')?.code, 'invalid_value');
    assert.equal(find(issues, 'locale')?.code, 'invalid_value');
  });

  test('ids that would break storage keys or anchors', () => {
    for (const id of ['has space', 'constructor', '-x', '']) {
      const input = copy(minimal);
      input.principles[0]!.id = id;
      input.principles[1]!.relatesTo!.sections = [id];
      const issues = configIssues(input);
      assert.equal(find(issues, 'principles[0].id')?.code, 'invalid_id', id);
      assert.equal(find(issues, 'principles[1].relatesTo.sections[0]')?.code, 'invalid_id', id);
    }
  });

  test('a schemaVersion newer than the library', () => {
    const issues = configIssues({ ...copy(minimal), schemaVersion: 2 }, 'fr');
    assert.deepEqual(
      issues.map((i) => [i.path, i.code]),
      [['schemaVersion', 'unsupported_schema_version']],
    );
    assert.match(issues[0]!.message, /version de schéma 2/);
  });
});

describe('parsePrinciplesConfig: whole-document rules', () => {
  const issues = configIssues(broken);
  const expected: [string, ConfigIssue['code'], RegExp][] = [
    ['principles[1].id', 'duplicate_id', /“p1”.*principles\[0\]\.id/],
    ['principles[2].number', 'duplicate_id', /number 2 .*principles\[1\]\.number/],
    ['statuses[1].id', 'duplicate_id', /“todo”.*statuses\[0\]\.id/],
    ['statuses', 'unknown_reference', /“in-place”/],
    ['groups[1].id', 'duplicate_id', /“staff”.*groups\[0\]\.id/],
  ];
  for (const [path, code, message] of expected) {
    test(`${code} at ${path}`, () => {
      const issue = find(issues, path);
      assert.equal(issue?.code, code, JSON.stringify(issues, null, 1));
      assert.match(issue!.message, message);
    });
  }

  test('nothing else is reported', () => assert.equal(issues.length, expected.length, JSON.stringify(issues)));

  test('each missing status kind is named, in the user’s language', () => {
    for (const kind of STATUS_KINDS) {
      const input = copy(minimal);
      input.statuses = input.statuses!.filter((s) => s.kind !== kind);
      const found = configIssues(input, 'fr');
      assert.deepEqual(
        found.map((i) => [i.path, i.code]),
        [['statuses', 'unknown_reference']],
        kind,
      );
      assert.match(found[0]!.message, new RegExp(`Aucun statut n’est de type « ${kind} »`));
    }
    assert.equal(configIssues({ ...copy(minimal), statuses: [] }).length, 3);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Data validation

describe('parsePrinciplesData', () => {
  test('accepts the sample data; `done` defaults to false', () => {
    const d = data();
    assert.equal(d.proposals.length, 4);
    const input = copy(sampleData) as { proposals: Record<string, unknown>[] };
    delete input.proposals[3]!.done;
    assert.equal(data(input).proposals[3]!.done, false);
    assert.deepEqual(data(createPrinciplesData()), { principles: {}, proposals: [] });
  });

  test('principle keys must be safe ids; names special to objects never reach the data', () => {
    for (const key of ['has space', '-p', '']) {
      const input = { principles: { [key]: { status: 'x', updatedAt: NOW.toISOString() } }, proposals: [] };
      const issues = dataIssues(input);
      assert.ok(
        issues.some((i) => i.code === 'invalid_id' && i.path.startsWith('principles')),
        `${key}: ${JSON.stringify(issues)}`,
      );
    }
    const hostile = JSON.parse(
      '{"principles":{"__proto__":{"status":"x","updatedAt":"2026-01-01T00:00:00Z"},"constructor":{"status":"x","updatedAt":"2026-01-01T00:00:00Z"},"p1":{"status":"x","updatedAt":"2026-01-01T00:00:00Z"}},"proposals":[]}',
    ) as object;
    const parsed = data(hostile);
    assert.deepEqual(Object.keys(parsed.principles), ['p1']);
    assert.equal(Object.getPrototypeOf(parsed.principles), Object.prototype);
  });

  test('dates: YYYY-MM-DD for days, ISO 8601 for instants, with their own message', () => {
    const input = copy(sampleData) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    input.principles!.p2!.dueDate = '30/06/2026';
    input.principles!.p1!.updatedAt = 'yesterday';
    (input.proposals as unknown as Record<string, unknown>[])[0]!.date = '2026-13-01';
    const issues = dataIssues(input, 'fr');
    assert.equal(find(issues, 'principles.p2.dueDate')?.code, 'invalid_value');
    assert.match(find(issues, 'principles.p2.dueDate')!.message, /AAAA-MM-JJ/);
    assert.equal(find(issues, 'principles.p1.updatedAt')?.code, 'invalid_value');
    assert.match(find(issues, 'principles.p1.updatedAt')!.message, /ISO 8601/);
    assert.equal(find(issues, 'proposals[0].date')?.code, 'invalid_value');
  });

  test('shape: an unknown decision, an empty text, a missing date, an unknown key', () => {
    const input = copy(sampleData) as { proposals: Record<string, unknown>[] };
    input.proposals[0]!.decision = 'maybe';
    input.proposals[1]!.text = '';
    delete input.proposals[2]!.date;
    input.proposals[3]!.note = 'x';
    const issues = dataIssues(input);
    assert.equal(find(issues, 'proposals[0].decision')?.code, 'invalid_value');
    assert.equal(find(issues, 'proposals[1].text')?.code, 'too_short');
    assert.equal(find(issues, 'proposals[2].date')?.code, 'required');
    assert.equal(find(issues, 'proposals[3].note')?.code, 'unknown_key');
  });

  test('rules: unique proposal ids, a reason for each rejection, carried out only when accepted', () => {
    const input = copy(sampleData) as { proposals: Record<string, unknown>[] };
    input.proposals[1]!.id = 'proposal-1';
    input.proposals[2]!.rejectionReason = '  ';
    input.proposals[3]!.done = true;
    const issues = dataIssues(input, 'en');
    assert.deepEqual(
      issues.map((i) => [i.path, i.code]),
      [
        ['proposals[1].id', 'duplicate_id'],
        ['proposals[2].rejectionReason', 'required'],
        ['proposals[3].done', 'invalid_value'],
      ],
    );
    assert.match(issues[2]!.message, /“Proposed”/);
    delete input.proposals[2]!.rejectionReason;
    assert.ok(find(dataIssues(input), 'proposals[2].rejectionReason'));
  });
});

describe('the schemas convert to JSON Schema for editors (as scripts/json-schemas.ts does)', () => {
  const options: ConversionConfig = { errorMode: 'throw', typeMode: 'input', ignoreActions: ['finite'] };
  test('config, data and saved document', () => {
    const schema = toJsonSchema(PrinciplesConfigSchema, options) as { required: string[] };
    assert.deepEqual(schema.required.sort(), ['id', 'prerequisite', 'principles', 'schemaVersion', 'title']);
    const dataSchema = toJsonSchema(PrinciplesDataSchema, options) as { required: string[] };
    assert.deepEqual(dataSchema.required.sort(), ['principles', 'proposals']);
    assert.doesNotThrow(() => toJsonSchema(SavedPrinciplesSchema, options));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Never throws

describe('parsers never throw', () => {
  const shaped = (result: { ok: boolean; issues?: ConfigIssue[] }) => {
    if (result.ok) return;
    assert.ok(result.issues && result.issues.length > 0);
    for (const issue of result.issues) {
      assert.equal(typeof issue.path, 'string');
      assert.ok(issue.message.length > 0);
    }
  };

  test('any JSON value, as an object or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const input of [value, JSON.stringify(value)]) {
          if (typeof input === 'object' && input !== null) {
            shaped(parsePrinciplesConfig(input));
            shaped(parsePrinciplesData(input));
          }
          if (typeof input === 'string') {
            shaped(parsePrinciplesConfig(input));
            shaped(parsePrinciplesData(input));
            shaped(parseSavedPrinciples(input));
          }
        }
        shaped(parseSavedPrinciples(JSON.stringify({ format: SAVED_PRINCIPLES_FORMAT, data: value })));
      }),
    );
  });

  test('any text', () => {
    fc.assert(fc.property(fc.string(), (text) => shaped(parseSavedPrinciples(text))));
  });

  /** Every path into a JSON document. */
  function paths(x: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (typeof x !== 'object' || x === null) return [at];
    const entries = Array.isArray(x) ? x.map((v, i) => [i, v] as const) : Object.entries(x);
    return [at, ...entries.flatMap(([k, v]) => paths(v, [...at, k]))];
  }
  function mutate(doc: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
    const out = copy(doc);
    if (path.length === 0) return value;
    let parent = out as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (remove && !Array.isArray(parent)) Reflect.deleteProperty(parent, last);
    else parent[last] = value;
    return out;
  }

  for (const [name, doc, parse] of [
    ['default config', frJson, (x: object) => parsePrinciplesConfig(x)],
    ['sample data', sampleData, (x: object) => parsePrinciplesData(x)],
  ] as const) {
    const all = paths(doc);
    test(`the ${name} with one value replaced or removed`, () => {
      fc.assert(
        fc.property(fc.nat({ max: all.length - 1 }), fc.jsonValue(), fc.boolean(), (i, value, remove) => {
          const mutated = mutate(doc, all[i]!, value, remove);
          if (typeof mutated === 'object' && mutated !== null) shaped(parse(mutated));
        }),
      );
    });
  }

  test('hostile objects: throwing getters, proxies', () => {
    const throwing = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('nope');
        },
      },
    );
    for (const input of [throwing, proxy]) {
      assert.equal(parsePrinciplesConfig(input).ok, false);
      assert.equal(parsePrinciplesData(input).ok, false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Statuses and editing

describe('statusOf', () => {
  const c = config();
  test('a principle with no state, or an unknown status id, is at the first not-started status', () => {
    assert.equal(statusOf(c, createPrinciplesData(), 'trust').id, 'todo');
    const d = setPrincipleStatus(createPrinciplesData(), 'trust', 'retired', NOW);
    assert.equal(statusOf(c, d, 'trust').id, 'todo');
    const statuses = copy(minimal).statuses!;
    const reordered = config({
      ...copy(minimal),
      statuses: [statuses[3]!, { id: 'later', label: 'Later', kind: 'not-started' }, ...statuses.slice(0, 3)],
    });
    assert.equal(statusOf(reordered, d, 'trust').id, 'later', 'the first of kind not-started, not the first status');
  });
  test('a known status id', () => {
    const d = setPrincipleStatus(createPrinciplesData(), 'trust', 'doing', NOW);
    assert.equal(statusOf(c, d, 'trust').label, 'Doing');
    assert.equal(statusOf(c, d, 'purpose').id, 'todo');
  });
});

describe('editing principles', () => {
  test('setPrincipleStatus: new data, the input untouched, updatedAt from `now`', () => {
    const before = deepFreeze(data());
    const after = setPrincipleStatus(before, 'p2', 'in-place', LATER);
    assert.notEqual(after, before);
    assert.equal(after.principles.p2!.status, 'in-place');
    assert.equal(after.principles.p2!.owner, 'Project lead', 'other fields kept');
    assert.equal(after.principles.p2!.updatedAt, LATER.toISOString());
    assert.equal(before.principles.p2!.status, 'in-progress');
    assert.throws(() => setPrincipleStatus(before, 'bad id', 'x'), RangeError);
    assert.throws(() => setPrincipleStatus(before, 'p1', ''), RangeError);
  });

  test('setPrincipleField: sets, replaces, removes on an empty or blank value; checks due dates', () => {
    const before = deepFreeze(createPrinciplesData());
    const a = setPrincipleField(before, 'p3', 'owner', 'Marie', NOW);
    assert.deepEqual(a.principles.p3, { status: 'not-started', owner: 'Marie', updatedAt: NOW.toISOString() });
    const b = setPrincipleField(a, 'p3', 'dueDate', '2026-09-30', LATER);
    assert.equal(b.principles.p3!.dueDate, '2026-09-30');
    assert.equal(b.principles.p3!.updatedAt, LATER.toISOString());
    const c = setPrincipleField(setPrincipleField(b, 'p3', 'owner', '', LATER), 'p3', 'dueDate', '  ', LATER);
    assert.deepEqual(Object.keys(c.principles.p3!).sort(), ['status', 'updatedAt']);
    assert.equal(a.principles.p3!.owner, 'Marie', 'earlier data untouched');
    assert.deepEqual(before, createPrinciplesData());
    assert.throws(() => setPrincipleField(a, 'p3', 'dueDate', '2026-02-30'), RangeError);
    assert.throws(() => setPrincipleField(a, 'p3', 'dueDate', '30/09/2026'), RangeError);
    assert.ok(parsePrinciplesData(c).ok);
  });
});

describe('editing proposals', () => {
  const draft = { text: 'Share the purchasing calendar', proposedBy: 'staff', date: '2026-01-10' };

  test('addProposal: pending, not carried out, the smallest free id', () => {
    const empty = deepFreeze(createPrinciplesData());
    const first = addProposal(empty, draft, NOW);
    assert.equal(first.id, 'proposal-1');
    assert.deepEqual(first.data.proposals[0], {
      id: 'proposal-1',
      ...draft,
      decision: 'proposed',
      done: false,
      updatedAt: NOW.toISOString(),
    });
    assert.equal(empty.proposals.length, 0);
    let d = first.data;
    for (let i = 0; i < 3; i++) d = addProposal(d, draft, NOW).data;
    d = removeProposal(d, 'proposal-2');
    const again = addProposal(deepFreeze(d), draft, NOW);
    assert.equal(again.id, 'proposal-2');
    assert.equal(again.data.proposals[again.data.proposals.length - 1]!.id, 'proposal-2', 'appended');
    assert.equal(addProposal(again.data, draft, NOW).id, 'proposal-5');
  });

  test('addProposal and updateProposal refuse what would not validate', () => {
    const d = createPrinciplesData();
    assert.throws(() => addProposal(d, { ...draft, text: ' ' }), RangeError);
    assert.throws(() => addProposal(d, { ...draft, date: '2026-1-5' }), RangeError);
    const { data: one } = addProposal(d, draft, NOW);
    assert.throws(() => updateProposal(one, 'proposal-1', { text: '' }), RangeError);
    assert.throws(() => updateProposal(one, 'proposal-1', { date: 'soon' }), RangeError);
  });

  test('updateProposal changes only what the patch gives', () => {
    const before = deepFreeze(data());
    const after = updateProposal(before, 'proposal-2', { text: 'One contact per site', date: '2026-02-04' }, LATER);
    const p = after.proposals[1]!;
    assert.equal(p.text, 'One contact per site');
    assert.equal(p.date, '2026-02-04');
    assert.equal(p.proposedBy, 'staff');
    assert.equal(p.decision, 'accepted');
    assert.equal(p.updatedAt, LATER.toISOString());
    assert.equal(before.proposals[1]!.text, 'Keep one purchasing contact per site');
    assert.equal(after.proposals[0], before.proposals[0], 'other proposals shared, not copied');
  });

  test('decideProposal: rejecting needs a reason; leaving accepted clears done; leaving rejected clears the reason', () => {
    const before = deepFreeze(data());
    assert.throws(() => decideProposal(before, 'proposal-4', 'rejected'), RangeError);
    assert.throws(() => decideProposal(before, 'proposal-4', 'rejected', '   '), RangeError);
    assert.throws(() => decideProposal(before, 'proposal-4', 'maybe' as Decision), RangeError);

    const rejected = decideProposal(before, 'proposal-1', 'rejected', 'Too costly', LATER).proposals[0]!;
    assert.equal(rejected.decision, 'rejected');
    assert.equal(rejected.rejectionReason, 'Too costly');
    assert.equal(rejected.done, false);
    assert.equal(rejected.doneDate, undefined);
    assert.equal(rejected.updatedAt, LATER.toISOString());
    assert.equal(before.proposals[0]!.done, true);

    const reopened = decideProposal(before, 'proposal-3', 'proposed', undefined, LATER).proposals[2]!;
    assert.equal(reopened.decision, 'proposed');
    assert.ok(!('rejectionReason' in reopened));

    const accepted = decideProposal(before, 'proposal-3', 'accepted', 'ignored', LATER).proposals[2]!;
    assert.equal(accepted.rejectionReason, undefined);

    const stillAccepted = decideProposal(before, 'proposal-1', 'accepted', undefined, LATER).proposals[0]!;
    assert.equal(stillAccepted.done, true, 'accepting again keeps it carried out');
    assert.equal(stillAccepted.doneDate, '2026-03-01');
  });

  test('setProposalDone: only when accepted; the date given or today’s local date; undone removes it', () => {
    const before = deepFreeze(data());
    assert.throws(() => setProposalDone(before, 'proposal-3', true), RangeError);
    assert.throws(() => setProposalDone(before, 'proposal-4', true), RangeError);
    assert.throws(() => setProposalDone(before, 'proposal-2', true, '2026-02-30'), RangeError);
    // Just after midnight at UTC+14 it is still the day before in UTC: the user's day is the local one.
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const justAfterMidnight = new Date(2026, 2, 16, 0, 30);
      assert.equal(justAfterMidnight.toISOString().slice(0, 10), '2026-03-15');
      const done = setProposalDone(before, 'proposal-2', true, undefined, justAfterMidnight).proposals[1]!;
      assert.equal(done.done, true);
      assert.equal(done.doneDate, '2026-03-16');
      assert.equal(done.updatedAt, justAfterMidnight.toISOString());
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    assert.equal(setProposalDone(before, 'proposal-2', true, '2026-03-02', NOW).proposals[1]!.doneDate, '2026-03-02');
    const undone = setProposalDone(before, 'proposal-1', false, undefined, NOW).proposals[0]!;
    assert.equal(undone.done, false);
    assert.ok(!('doneDate' in undone));
    assert.equal(before.proposals[1]!.done, false);
  });

  test('unknown ids leave the data as it is (the same object)', () => {
    const d = deepFreeze(data());
    assert.equal(updateProposal(d, 'nope', { text: 'x' }), d);
    assert.equal(decideProposal(d, 'nope', 'accepted'), d);
    assert.equal(setProposalDone(d, 'nope', true), d);
    assert.equal(removeProposal(d, 'nope'), d);
    assert.equal(removeProposal(d, 'proposal-2').proposals.length, 3);
  });

  test('any sequence of edits gives data that validates and survives storage, inputs untouched', () => {
    const ids = ['proposal-1', 'proposal-2', 'proposal-3', 'proposal-4'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), text: fc.string({ minLength: 1 }), by: fc.string() }),
      fc.record({
        kind: fc.constant('decide' as const),
        id: fc.constantFrom(...ids),
        d: fc.constantFrom(...DECISIONS),
      }),
      fc.record({ kind: fc.constant('done' as const), id: fc.constantFrom(...ids), done: fc.boolean() }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('status' as const), p: fc.constantFrom('p1', 'p2'), s: fc.constantFrom('a', 'b') }),
      fc.record({
        kind: fc.constant('field' as const),
        p: fc.constantFrom('p1', 'p3'),
        f: fc.constantFrom('evidence' as const, 'owner' as const),
        v: fc.string(),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let d = deepFreeze(createPrinciplesData());
        for (const o of ops) {
          const previous = d;
          const snapshot = JSON.stringify(previous);
          if (o.kind === 'add') {
            if (!o.text.trim()) continue;
            d = addProposal(d, { text: o.text, proposedBy: o.by, date: '2026-01-01' }, NOW).data;
          } else if (o.kind === 'decide') d = decideProposal(d, o.id, o.d, 'Because', NOW);
          else if (o.kind === 'done') {
            const p = d.proposals.find((x) => x.id === o.id);
            if (p && p.decision !== 'accepted') assert.throws(() => setProposalDone(d, o.id, o.done), RangeError);
            else d = setProposalDone(d, o.id, o.done, undefined, NOW);
          } else if (o.kind === 'remove') d = removeProposal(d, o.id);
          else if (o.kind === 'status') d = setPrincipleStatus(d, o.p, o.s, NOW);
          else d = setPrincipleField(d, o.p, o.f, o.v, NOW);
          deepFreeze(d);
          assert.equal(JSON.stringify(previous), snapshot, 'the input is untouched');
          const parsed = parsePrinciplesData(d);
          assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
          const saved = parseSavedPrinciples(serializeSavedPrinciples(d));
          assert.ok(saved.ok);
          assert.deepEqual(saved.data, d);
        }
      }),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Assessment

describe('assessPrinciples: progress', () => {
  test('counts by kind with custom statuses (two of kind in-progress), unknown ids as not started', () => {
    const c = config();
    let d = createPrinciplesData();
    d = setPrincipleStatus(d, 'trust', 'planned', NOW);
    d = setPrincipleStatus(d, 'purpose', 'doing', NOW);
    const a = assessPrinciples(c, d);
    assert.deepEqual(a.progress, { total: 3, inPlace: 0, inProgress: 2, notStarted: 1, percentInPlace: 0 });
    d = setPrincipleStatus(d, 'roles', 'done', NOW);
    d = setPrincipleStatus(d, 'trust', 'retired', NOW);
    const b = assessPrinciples(c, d);
    assert.deepEqual(b.progress, {
      total: 3,
      inPlace: 1,
      inProgress: 1,
      notStarted: 1,
      percentInPlace: 100 / 3,
    });
    assert.deepEqual(b.notInPlace, ['trust', 'purpose'], 'config order');
  });

  test('the default config with the sample data', () => {
    const a = assessPrinciples(defaultPrinciplesConfig('en'), data());
    assert.equal(a.progress.inPlace, 1);
    assert.equal(a.progress.inProgress, 1);
    assert.equal(a.progress.notStarted, 7);
    assert.deepEqual(a.notInPlace, ['p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
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

// ---------------------------------------------------------------------------------------------------------------
// The sentence

describe('describeCommitment', () => {
  const sentence = (c: Parameters<typeof counts>[0], locale: 'fr' | 'en', threshold = 60) =>
    describeCommitment(assessPrinciples(withThreshold(threshold), counts(c)), { locale });

  test('met, in English and French', () => {
    assert.equal(
      sentence({ accepted: 31, done: 12, pending: 19 }, 'en'),
      '31 of 50 proposals accepted: 62% — the 60% commitment is met; 12 of them carried out.',
    );
    assert.equal(
      sentence({ accepted: 31, done: 12, pending: 19 }, 'fr'),
      '31 propositions acceptées sur 50\u00a0: 62\u00a0% — l’engagement de 60\u00a0% est tenu\u00a0; 12 d’entre elles sont réalisées.',
    );
  });

  test('not met, naming the acceptances still needed', () => {
    assert.equal(
      sentence({ accepted: 29, rejected: 1, pending: 20, done: 29 }, 'en'),
      '29 of 50 proposals accepted: 58% — the 60% commitment is not met: 1 more acceptance needed; all of them carried out.',
    );
    assert.equal(
      sentence({ accepted: 0, pending: 5 }, 'fr'),
      '0 proposition acceptée sur 5\u00a0: 0\u00a0% — l’engagement de 60\u00a0% n’est pas tenu\u00a0: il manque 3 acceptations.',
    );
    assert.equal(
      sentence({ accepted: 2, rejected: 8 }, 'en'),
      '2 of 10 proposals accepted: 20% — the 60% commitment is not met: 4 more acceptances needed, with no proposal pending; none of them carried out yet.',
    );
    assert.equal(
      sentence({ accepted: 2, rejected: 7, pending: 1, done: 1 }, 'fr'),
      '2 propositions acceptées sur 10\u00a0: 20\u00a0% — l’engagement de 60\u00a0% n’est pas tenu\u00a0: il manque 4 acceptations, alors qu’il ne reste qu’une proposition en attente\u00a0; 1 d’entre elles est réalisée.',
    );
  });

  test('singular forms', () => {
    assert.equal(
      sentence({ accepted: 1, done: 1 }, 'en'),
      '1 of 1 proposal accepted: 100% — the 60% commitment is met; the accepted one is carried out.',
    );
    assert.equal(
      sentence({ accepted: 1 }, 'fr'),
      '1 proposition acceptée sur 1\u00a0: 100\u00a0% — l’engagement de 60\u00a0% est tenu\u00a0; elle n’est pas encore réalisée.',
    );
    assert.equal(
      sentence({ pending: 1 }, 'en'),
      '0 of 1 proposal accepted: 0% — the 60% commitment is not met: 1 more acceptance needed.',
    );
  });

  test('no proposal', () => {
    assert.equal(sentence({}, 'en'), 'No action proposal recorded yet.');
    assert.equal(sentence({}, 'fr'), 'Aucune proposition d’action enregistrée pour l’instant.');
  });

  test('rounded for display, never contradicting the verdict; decimals in the locale’s form', () => {
    assert.match(sentence({ accepted: 2, pending: 1 }, 'en'), /: 67% —/);
    assert.match(sentence({ accepted: 599, pending: 401 }, 'en'), /: 59\.9% — the 60% commitment is not met/);
    assert.match(sentence({ accepted: 599, pending: 401 }, 'fr'), /: 59,9\u00a0% — /);
    assert.match(sentence({ accepted: 5999, pending: 4001 }, 'en'), /: 59\.99% — /);
    assert.match(
      sentence({ accepted: 5, pending: 3 }, 'fr', 62.5),
      /: 63\u00a0% — l’engagement de 62,5\u00a0% est tenu/,
    );
    assert.match(sentence({ accepted: 62, pending: 38 }, 'en', 62.5), /: 62% — the 62\.5% commitment is not met/);
  });

  test('French by default; a site’s overrides apply', () => {
    const a = assessPrinciples(withThreshold(60), counts({}));
    assert.equal(describeCommitment(a), 'Aucune proposition d’action enregistrée pour l’instant.');
    assert.equal(
      describeCommitment(a, { locale: 'en', strings: { principlesCommitmentNone: 'Nothing yet.' } }),
      'Nothing yet.',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The register

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

// ---------------------------------------------------------------------------------------------------------------
// Exports

describe('proposalsToCsv', () => {
  const c = defaultPrinciplesConfig('fr');
  test('French: `;`, headings, group labels, decision words, yes/no, dates', () => {
    const rows = readCsv(proposalsToCsv(c, data(), { locale: 'fr' }), ';');
    assert.deepEqual(rows[0], [
      'Identifiant',
      'Proposition',
      'Proposée par',
      'Date',
      'Décision',
      'Motif du rejet',
      'Réalisée',
      'Date de réalisation',
    ]);
    assert.deepEqual(rows[1], [
      'proposal-1',
      'Publish the minutes of every steering committee',
      'Cadres intermédiaires',
      '2026-02-01',
      'Acceptée',
      '',
      'Oui',
      '2026-03-01',
    ]);
    assert.deepEqual(rows[3]!.slice(4, 7), ['Rejetée', 'The equipment contract runs until 2027.', 'Non']);
    assert.equal(rows[4]![2], 'Patients’ committee', 'free text kept as typed');
    assert.equal(rows.length, 5);
  });

  test('English: `,`, quoting, the formula guard, done ignored unless accepted, overrides', () => {
    const d = data();
    const odd: PrinciplesData = {
      ...d,
      proposals: [
        { ...d.proposals[3]!, text: '=HYPERLINK("http://x")', done: true, doneDate: '2026-03-01' },
        { ...d.proposals[1]!, text: 'Buy, then share' },
      ],
    };
    const rows = readCsv(
      proposalsToCsv(defaultPrinciplesConfig('en'), odd, { locale: 'en', strings: { principlesYes: 'Y' } }),
      ',',
    );
    assert.equal(rows[0]![6], 'Carried out');
    assert.equal(rows[1]![1], '\'=HYPERLINK("http://x")');
    assert.deepEqual(rows[1]!.slice(4), ['Proposed', '', 'No', '']);
    assert.equal(rows[2]![1], 'Buy, then share');
    assert.equal(rows[2]![2], 'Staff');
    assert.equal(
      readCsv(
        proposalsToCsv(c, counts({ accepted: 1, done: 1 }), { locale: 'en', strings: { principlesYes: 'Y' } }),
        ',',
      )[1]![6],
      'Y',
    );
  });
});

describe('principlesToCsv', () => {
  test('one row per principle in config order: number, text, status label, evidence, owner, due date', () => {
    const c = defaultPrinciplesConfig('fr');
    const rows = readCsv(principlesToCsv(c, data(), { locale: 'fr' }), ';');
    assert.deepEqual(rows[0], ['N°', 'Principe', 'Statut', 'Éléments de preuve', 'Responsable', 'Échéance']);
    assert.equal(rows.length, 10);
    assert.deepEqual(rows[1], ['1', c.principles[0]!.text, 'En place', 'Minutes of the board, 12 March', '', '']);
    assert.deepEqual(rows[2]!.slice(2), ['En cours', '', 'Project lead', '2026-06-30']);
    assert.equal(rows[9]![2], 'Non engagé', 'no state: not started');
    const en = readCsv(principlesToCsv(defaultPrinciplesConfig('en'), data(), { locale: 'en' }), ',');
    assert.deepEqual(en[0], ['No.', 'Principle', 'Status', 'Evidence', 'Owner', 'Due date']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Storage

describe('saved document', () => {
  test('round trip, with the format tag', () => {
    const d = data();
    const text = serializeSavedPrinciples(d);
    assert.ok(text.startsWith('{"format":"coop-principles/1","data":{'));
    const parsed = parseSavedPrinciples(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data, d);
  });

  test('corrupt text, another format, an array, data that breaks the rules', () => {
    const notJson = parseSavedPrinciples('{"format":"coop-principles/1","data":', { locale: 'en' });
    assert.ok(!notJson.ok);
    assert.deepEqual(
      notJson.issues.map((i) => [i.path, i.code]),
      [['', 'invalid_json']],
    );
    const other = parseSavedPrinciples(JSON.stringify({ format: 'coop-principles/2', data: createPrinciplesData() }));
    assert.ok(!other.ok && other.issues[0]!.path === 'format' && other.issues[0]!.code === 'invalid_value');
    const list = parseSavedPrinciples('[]');
    assert.ok(!list.ok && list.issues[0]!.code === 'invalid_type');
    const d = copy(data());
    delete d.proposals[2]!.rejectionReason;
    d.proposals[0]!.date = '1 Feb';
    const shape = parseSavedPrinciples(serializeSavedPrinciples(d));
    assert.ok(!shape.ok && shape.issues.some((i) => i.path === 'data.proposals[0].date'));
    d.proposals[0]!.date = '2026-02-01';
    const rules = parseSavedPrinciples(serializeSavedPrinciples(d));
    assert.ok(!rules.ok);
    assert.deepEqual(
      rules.issues.map((i) => [i.path, i.code]),
      [['data.proposals[2].rejectionReason', 'required']],
    );
  });

  test('storage key', () => {
    assert.equal(principlesStorageKey('principles-default'), 'coop-widgets:principles:principles-default');
    assert.equal(principlesStorageKey('x', 'ght-nord'), 'coop-widgets:principles:x:ght-nord');
    assert.equal(principlesStorageKey('x', ''), 'coop-widgets:principles:x');
  });
});
