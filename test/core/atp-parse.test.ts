/**
 * The ATP grid core: config and grid validation.
 * Every assert.ok() carries a message: without one, Node 20 rebuilds it from this file's source when the
 * assertion fails, and on a long file that search never ends (the test hangs instead of failing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import frJson from '../../src/content/atp.fr.json';
import brokenJson from '../fixtures/atp.broken.json';
import {
  ATP_SCHEMA_VERSION,
  AtpConfigSchema,
  AtpDataSchema,
  SavedAtpSchema,
  createAtpData,
  parseAtpConfig,
  parseAtpData,
  type AtpConfigInput,
  type ConfigIssue,
} from '../../src/core/index.js';
import { copy, find } from './helpers.js';
import { minimal, sample, parsed, fr, deepFreeze } from './atp-helpers.js';

const issuesOf = (input: string | object, locale: 'fr' | 'en' = 'en'): ConfigIssue[] => {
  const result = parseAtpConfig(input, { locale });
  assert.equal(result.ok, false, 'expected the config to be rejected');
  return result.ok ? [] : result.issues;
};

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
      assert.match(find(fr, 'groups[2].id')!.message, /«\u202fstaff\u202f».*groups\[0\]\.id/);
      assert.match(find(fr, 'intensity.levels[0].value')!.message, /doit valoir 0\u202f; il vaut 1/);
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

  test('a shape error and a duplicate group id are reported in one pass', () => {
    const input = copy(minimal) as Omit<AtpConfigInput, 'title'> & { groups: AtpConfigInput['groups']; title: unknown };
    input.groups.push({ id: 'managers', label: 'Again' });
    input.title = 42;
    assert.deepEqual(
      issuesOf(input).map((i) => [i.path, i.code]),
      [
        ['title', 'invalid_type'],
        ['groups[2].id', 'duplicate_id'],
      ],
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
