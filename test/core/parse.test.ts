import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseQuestionnaireConfig, parseResponses, type ConfigIssue } from '../../src/core/index.js';
import { broken, copy, minimal } from './helpers.js';

const issuesOf = (input: string | object, locale: 'fr' | 'en' = 'en'): ConfigIssue[] => {
  const result = parseQuestionnaireConfig(input, { locale });
  assert.equal(result.ok, false, 'expected the config to be rejected');
  return result.ok ? [] : result.issues;
};
const find = (issues: ConfigIssue[], path: string) => issues.find((i) => i.path === path);

describe('parseQuestionnaireConfig: valid input', () => {
  test('accepts the minimal fixture as an object and as JSON text, applying defaults', () => {
    for (const input of [minimal, JSON.stringify(minimal)]) {
      const result = parseQuestionnaireConfig(input);
      assert.ok(result.ok);
      const q1 = result.config.sections[0]!.subsections[0]!.questions[0]!;
      assert.equal(q1.weight, 1);
      assert.equal(result.config.scales['yes-no']!.nonScored.length, 0);
      assert.deepEqual(result.config.caps.length, 2);
    }
  });

  test('does not change its input', () => {
    const input = copy(minimal);
    parseQuestionnaireConfig(input);
    assert.deepEqual(input, minimal);
  });
});

describe('parseQuestionnaireConfig: shape errors carry a JSON path, a code and a localised message', () => {
  test('invalid JSON text', () => {
    const [issue] = issuesOf('{"id": ', 'fr');
    assert.equal(issue?.code, 'invalid_json');
    assert.equal(issue?.path, '');
    assert.match(issue!.message, /JSON valide/);
  });

  test('not an object at all', () => {
    for (const input of ['null', '42', '"text"', '[]']) {
      const [issue] = issuesOf(input);
      assert.equal(issue?.code, 'invalid_type');
      assert.equal(issue?.path, '');
    }
  });

  test('missing required property', () => {
    const input = copy(minimal) as Record<string, unknown>;
    delete input.title;
    const issue = find(issuesOf(input), 'title');
    assert.equal(issue?.code, 'required');
    assert.match(issue!.message, /“title”/);
  });

  test('unknown key (a typo) is reported where it is', () => {
    const input = copy(minimal);
    (input.sections[0]!.subsections[0]!.questions[0] as Record<string, unknown>).lable = 'x';
    const issue = find(issuesOf(input), 'sections[0].subsections[0].questions[0].lable');
    assert.equal(issue?.code, 'unknown_key');
  });

  test('wrong type, with the JSON types named in the user’s language', () => {
    const input = copy(minimal);
    (input.sections[1]!.subsections[0]!.questions[1] as Record<string, unknown>).weight = 'heavy';
    const issue = find(issuesOf(input, 'fr'), 'sections[1].subsections[0].questions[1].weight');
    assert.equal(issue?.code, 'invalid_type');
    assert.match(issue!.message, /nombre/);
  });

  test('out of range weight and non-integer schemaVersion', () => {
    const input = copy(minimal) as Record<string, unknown> & typeof minimal;
    input.sections[1]!.subsections[0]!.questions[1]!.weight = 0;
    input.schemaVersion = 1.5;
    const issues = issuesOf(input);
    assert.equal(find(issues, 'sections[1].subsections[0].questions[1].weight')?.code, 'out_of_range');
    assert.equal(find(issues, 'schemaVersion')?.code, 'not_integer');
  });

  test('empty text and empty lists', () => {
    const input = copy(minimal);
    input.title = '';
    input.sections = [];
    const issues = issuesOf(input);
    assert.equal(find(issues, 'title')?.code, 'too_short');
    assert.equal(find(issues, 'sections')?.code, 'too_short');
  });

  test('invalid ids (spaces, or names that would vanish as object keys)', () => {
    for (const id of ['has space', 'constructor', '-leading', '']) {
      const input = copy(minimal);
      input.sections[0]!.subsections[0]!.questions[0]!.id = id;
      const issue = find(issuesOf(input), 'sections[0].subsections[0].questions[0].id');
      assert.equal(issue?.code, 'invalid_id', id);
    }
  });

  test('an invalid inline scale is reported inside the question, not as "not a string"', () => {
    const input = copy(minimal);
    (input.sections[0]!.subsections[0]!.questions[0] as Record<string, unknown>).scale = {
      levels: [{ value: 'a' }, { value: 1, label: 'One' }],
    };
    const issues = issuesOf(input);
    const at = 'sections[0].subsections[0].questions[0].scale.levels[0]';
    assert.equal(find(issues, `${at}.value`)?.code, 'invalid_type');
    assert.equal(find(issues, `${at}.label`)?.code, 'required');
  });

  test('an unknown cap rule', () => {
    const input = copy(minimal) as unknown as { caps: unknown[] };
    input.caps = [{ rule: 'sometimes', maxBand: 'ready' }];
    assert.equal(find(issuesOf(input), 'caps[0].rule')?.code, 'invalid_value');
  });

  test('a schemaVersion newer than the library', () => {
    const input = { ...copy(minimal), schemaVersion: 2 };
    const [issue] = issuesOf(input);
    assert.equal(issue?.code, 'unsupported_schema_version');
    assert.equal(issue?.path, 'schemaVersion');
  });

  test('an unknown principle number', () => {
    for (const principle of [0, 10, 2.5]) {
      const input = copy(minimal);
      input.sections[0]!.subsections[0]!.questions[0]!.principle = principle;
      const issue = find(issuesOf(input), 'sections[0].subsections[0].questions[0].principle');
      assert.equal(issue?.code, 'unknown_principle', String(principle));
    }
  });
});

describe('parseQuestionnaireConfig: semantic errors', () => {
  const issues = issuesOf(broken);
  const expected: [string, ConfigIssue['code']][] = [
    ['scale.levels', 'scale_too_small'],
    ['bands.global[0].min', 'bands_not_from_zero'],
    ['bands.global[1].min', 'bands_not_increasing'],
    ['caps[0].maxBand', 'unknown_band'],
    ['sections[0].subsections[0].questions[1].id', 'duplicate_id'],
    ['sections[0].subsections[0].questions[2].scale', 'unknown_scale'],
    ['sections[1].subsections', 'empty_section'],
  ];
  for (const [path, code] of expected) {
    test(`${code} at ${path}`, () => assert.equal(find(issues, path)?.code, code, JSON.stringify(issues, null, 1)));
  }

  test('a shape error and the cross-checks (ids, references) are reported in one pass', () => {
    const input = copy(broken);
    input.sections[0]!.subsections[0]!.questions[0]!.principle = 12;
    // The duplicate id, the unknown band and the unknown scale come with the shape's error, not after it is
    // fixed; the rules on values (scale size, bands from 0, empty section) wait for a right shape.
    assert.deepEqual(
      issuesOf(input).map((i) => i.code),
      ['unknown_principle', 'unknown_band', 'duplicate_id', 'unknown_scale'],
    );
  });

  test('a malformed list is left to the shape check: no cross-check guesses at it', () => {
    const input = copy(minimal) as unknown as Record<string, unknown> & typeof minimal;
    (input.bands as { global: unknown }).global = 'none';
    input.sections[1]!.subsections[0]!.id = 'governance';
    const issues = issuesOf(input);
    assert.equal(find(issues, 'bands.global')?.code, 'invalid_type');
    assert.equal(find(issues, 'sections[1].subsections[0].id')?.code, 'duplicate_id');
    assert.equal(
      issues.some((i) => i.code === 'unknown_band'),
      false,
      'a cap is not judged against bands that are not a list',
    );
  });

  test('duplicate ids across sections, subsections and questions share one namespace', () => {
    const input = copy(minimal);
    input.sections[1]!.subsections[0]!.id = 'governance';
    const issue = find(issuesOf(input), 'sections[1].subsections[0].id');
    assert.equal(issue?.code, 'duplicate_id');
    assert.match(issue!.message, /sections\[0\]\.id/);
  });

  test('empty subsection, non-increasing scale, duplicate non-scored value, duplicate band id', () => {
    const input = copy(minimal);
    input.sections[0]!.subsections[1]!.questions = [];
    input.scale.levels[2]!.value = 1;
    input.scale.nonScored![1]!.value = 'dont-know';
    input.bands.global[3]!.id = 'ready-under-conditions';
    const issues = issuesOf(input);
    assert.equal(find(issues, 'sections[0].subsections[1].questions')?.code, 'empty_subsection');
    assert.equal(find(issues, 'scale.levels[2].value')?.code, 'scale_not_increasing');
    assert.equal(find(issues, 'scale.nonScored[1].value')?.code, 'duplicate_scale_value');
    assert.equal(find(issues, 'bands.global[3].id')?.code, 'duplicate_id');
  });

  test('section bands and named scales are checked too, with quoted keys in paths', () => {
    const input = copy(minimal) as typeof minimal & { sections: { bands?: unknown }[] };
    input.sections[0]!.bands = [{ id: 'a', min: 5, label: 'A' }];
    input.scales!['yes-no']!.levels = [{ value: 1, label: 'Yes' }];
    const issues = issuesOf(input);
    assert.equal(find(issues, 'sections[0].bands[0].min')?.code, 'bands_not_from_zero');
    assert.equal(find(issues, 'scales["yes-no"].levels')?.code, 'scale_too_small');
  });
});

describe('parseQuestionnaireConfig never throws', () => {
  test('hostile objects: throwing getters, proxies, cycles', () => {
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
    const cyclic: Record<string, unknown> = { ...copy(minimal) };
    cyclic.self = cyclic;
    for (const input of [throwing, proxy, cyclic]) {
      const result = parseQuestionnaireConfig(input);
      assert.equal(result.ok, false);
    }
  });
});

describe('parseResponses', () => {
  test('accepts valid responses and defaults orphans to []', () => {
    const result = parseResponses({
      questionnaireId: 'minimal',
      questionnaireVersion: '1',
      answers: { q1: { value: 3, updatedAt: '2026-01-01T00:00:00Z' } },
      status: 'draft',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    assert.ok(result.ok);
    assert.deepEqual(result.responses.orphans, []);
  });

  test('reports corrupt stored data with paths', () => {
    const result = parseResponses('{"questionnaireId":"m","answers":{"q1":{"value":true}}}', { locale: 'en' });
    assert.equal(result.ok, false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    assert.ok(paths.includes('answers.q1.value'), paths.join());
    assert.ok(paths.includes('answers.q1.updatedAt'), paths.join());
    assert.ok(paths.includes('status'), paths.join());
    assert.equal(parseResponses('not json').ok, false);
  });
});
