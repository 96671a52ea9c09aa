/** The principles checklist's core: config and data validation, the JSON Schemas, parsers that never throw. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import fc from 'fast-check';
import frJson from '../../src/content/principles.fr.json';
import {
  PrinciplesConfigSchema,
  PrinciplesDataSchema,
  SAVED_PRINCIPLES_FORMAT,
  STATUS_KINDS,
  SavedPrinciplesSchema,
  createPrinciplesData,
  parsePrinciplesConfig,
  parsePrinciplesData,
  parseSavedPrinciples,
  type ConfigIssue,
  type PrinciplesConfigInput,
} from '../../src/core/index.js';
import brokenJson from '../fixtures/principles.broken.json';
import { NOW, copy, find } from './helpers.js';
import { minimal, sampleData, config, data } from './principles-helpers.js';

const broken = brokenJson as PrinciplesConfigInput;

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
    assert.equal(config(input, 'fr').statuses[0]!.label, 'Pas commencé');
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

  test('a shape error and the duplicate ids and numbers are reported in one pass', () => {
    const input = copy(minimal) as Omit<PrinciplesConfigInput, 'threshold'> & { threshold: unknown };
    input.principles[1]!.id = input.principles[0]!.id;
    input.principles[1]!.number = input.principles[0]!.number;
    input.threshold = 'sixty';
    const found = configIssues(input).map((i) => [i.path, i.code]);
    assert.deepEqual(found, [
      ['threshold', 'invalid_type'],
      ['principles[1].id', 'duplicate_id'],
      ['principles[1].number', 'duplicate_id'],
    ]);
  });

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
      assert.match(found[0]!.message, new RegExp(`Aucun statut n’est de type «\u202f${kind}\u202f»`));
    }
    assert.equal(configIssues({ ...copy(minimal), statuses: [] }).length, 3);
  });
});

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

  test('a shape error and a duplicate proposal id are reported in one pass', () => {
    const input = copy(sampleData) as { proposals: Record<string, unknown>[] };
    input.proposals[1]!.id = input.proposals[0]!.id;
    input.proposals[2]!.date = 'yesterday';
    assert.deepEqual(
      dataIssues(input).map((i) => [i.path, i.code]),
      [
        ['proposals[2].date', 'invalid_value'],
        ['proposals[1].id', 'duplicate_id'],
      ],
    );
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
    assert.match(issues[2]!.message, /“Pending”/);
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
