import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import atpData from '../fixtures/atp.data.json';
import principlesData from '../fixtures/principles.data.json';
import brokenJson from '../fixtures/project.broken.json';
import fullJson from '../fixtures/project.full.json';
import {
  namespacedStorage,
  parseProjectDocument,
  PROJECT_FORMAT,
  projectStorageKey,
  serializeProject,
  type ProjectDocument,
  type ProjectDocumentInput,
} from '../../src/core/project/index.js';
import { exportDocument } from '../../src/core/questionnaire/export.js';
import { serializeSavedAtp } from '../../src/core/atp/saved.js';
import type { StorageAdapter } from '../../src/core/storage/adapter.js';
import { createMemoryStorage } from '../../src/core/storage/memory.js';
import { serializeSaved } from '../../src/core/questionnaire/saved.js';
import { config, copy, minimal } from './helpers.js';

const full = fullJson as ProjectDocumentInput;
const broken = brokenJson as unknown as ProjectDocumentInput;

function valid(input: string | object): ProjectDocument {
  const parsed = parseProjectDocument(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.project;
}

function issuesOf(input: string | object, options?: Parameters<typeof parseProjectDocument>[1]) {
  const parsed = parseProjectDocument(input, options);
  assert.equal(parsed.ok, false, 'the input is rejected');
  return parsed.ok ? [] : parsed.issues;
}

type Path = readonly (string | number)[];
const REMOVE = Symbol('remove');

/** A copy of `input` with the values at `path` set (or removed with REMOVE), as a hand edit would. */
function edit(input: object, ...changes: [Path, unknown][]): Record<string, unknown> {
  const out = copy(input) as Record<string, unknown>;
  for (const [path, value] of changes) {
    let node = out as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === REMOVE) Reflect.deleteProperty(node, last);
    else node[last] = value;
  }
  return out;
}

const pathsAndCodes = (input: string | object) => issuesOf(input).map(({ path, code }) => ({ path, code }));

describe('project document: round trip', () => {
  test('the full fixture parses, and serialize → parse gives it back', () => {
    const project = valid(full);
    assert.equal(project.format, PROJECT_FORMAT);
    const text = serializeProject(project);
    assert.deepEqual(valid(text), project);
    assert.equal(serializeProject(valid(text)), text, 'serializing is stable');
  });

  test('the file is pretty JSON with format first and a final newline', () => {
    const text = serializeProject(valid(full));
    assert.ok(text.endsWith('}\n'), 'ends with a newline');
    assert.ok(text.startsWith(`{\n  "format": "${PROJECT_FORMAT}",\n  "id": `), 'format, then id, indented by 2');
  });

  test('parts keep their data unchanged', () => {
    const project = valid(full);
    assert.deepEqual(project.atp?.data, atpData);
    assert.equal(project.principles?.data.proposals.length, principlesData.proposals.length);
  });

  test('any title survives the round trip', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const project = valid({ ...full, title });
        assert.equal(valid(serializeProject(project)).title, title);
      }),
      { numRuns: 50 },
    );
  });
});

describe('project document: each part is optional', () => {
  test('format and id alone make a project', () => {
    assert.deepEqual(valid({ format: PROJECT_FORMAT, id: 'p1' }), { format: PROJECT_FORMAT, id: 'p1' });
  });

  for (const key of ['title', 'exportedAt', 'library', 'questionnaire', 'atp', 'principles', 'groups'] as const) {
    test(`without ${key}`, () => {
      assert.equal(key in valid(edit(full, [[key], REMOVE])), false);
    });
    test(`with only ${key}`, () => {
      const project = valid({ format: PROJECT_FORMAT, id: 'p1', [key]: full[key] });
      assert.deepEqual(project[key], valid(full)[key]);
    });
  }
});

describe('project document: shape issues name their path', () => {
  const cases: { name: string; change: [Path, unknown]; path: string; code: string }[] = [
    {
      name: 'an intensity that is not a number',
      change: [['atp', 'data', 'groups', 0, 'items', 1, 'intensity'], 'high'],
      path: 'atp.data.groups[0].items[1].intensity',
      code: 'invalid_type',
    },
    {
      name: 'a negative intensity',
      change: [['atp', 'data', 'groups', 0, 'items', 1, 'intensity'], -1],
      path: 'atp.data.groups[0].items[1].intensity',
      code: 'out_of_range',
    },
    { name: 'no id', change: [['id'], REMOVE], path: 'id', code: 'required' },
    { name: 'an id that is no id', change: [['id'], 'a b'], path: 'id', code: 'invalid_id' },
    { name: 'an unknown key', change: [['extra'], 1], path: 'extra', code: 'unknown_key' },
    { name: 'a past format tag', change: [['format'], 'coop-project/0'], path: 'format', code: 'invalid_value' },
    {
      name: 'exportedAt not a date',
      change: [['exportedAt'], 'soon'],
      path: 'exportedAt',
      code: 'invalid_value',
    },
    {
      name: 'an unknown step',
      change: [['questionnaire', 'step'], 'done'],
      path: 'questionnaire.step',
      code: 'invalid_value',
    },
    {
      name: 'an answer that is an object',
      change: [['questionnaire', 'responses', 'answers', 'gov-conduct-code', 'value'], {}],
      path: 'questionnaire.responses.answers["gov-conduct-code"].value',
      code: 'invalid_type',
    },
    { name: 'no ATP config id', change: [['atp', 'configId'], REMOVE], path: 'atp.configId', code: 'required' },
    {
      name: 'a principle updated at no date',
      change: [['principles', 'data', 'principles', 'p1', 'updatedAt'], 'yesterday'],
      path: 'principles.data.principles.p1.updatedAt',
      code: 'invalid_value',
    },
    {
      name: 'a group without label',
      change: [['groups', 0, 'label'], ''],
      path: 'groups[0].label',
      code: 'too_short',
    },
    { name: 'groups as an object', change: [['groups'], {}], path: 'groups', code: 'invalid_type' },
  ];
  for (const { name, change, path, code } of cases) {
    test(name, () => {
      assert.deepEqual(pathsAndCodes(edit(full, change)), [{ path, code }]);
    });
  }

  test('the broken fixture lists every problem, shape and rules alike', () => {
    assert.deepEqual(pathsAndCodes(broken), [
      { path: 'id', code: 'invalid_id' },
      { path: 'questionnaire.step', code: 'invalid_value' },
      { path: 'atp.data.groups[0].items[1].intensity', code: 'out_of_range' },
      { path: 'extra', code: 'unknown_key' },
      { path: 'principles.data.proposals[4].rejectionReason', code: 'required' },
      { path: 'groups[6].id', code: 'duplicate_id' },
    ]);
  });

  test('not JSON, an array, a number, null', () => {
    assert.deepEqual(pathsAndCodes('{"format":'), [{ path: '', code: 'invalid_json' }]);
    assert.deepEqual(pathsAndCodes([]), [{ path: '', code: 'invalid_type' }]);
    assert.deepEqual(pathsAndCodes('[1]'), [{ path: '', code: 'invalid_type' }]);
    assert.deepEqual(pathsAndCodes('42'), [{ path: '', code: 'invalid_type' }]);
    assert.deepEqual(pathsAndCodes('null'), [{ path: '', code: 'invalid_type' }]);
  });
});

describe('project document: data rules of the widgets, under their part', () => {
  test('duplicate ATP ids are reported at atp.data…, naming the first use there', () => {
    const input = edit(
      full,
      [['atp', 'data', 'groups', 0, 'items', 1, 'id'], atpData.groups[0]!.items[0]!.id],
      [['atp', 'data', 'groups', 1, 'id'], atpData.groups[0]!.id],
    );
    const issues = issuesOf(input, { locale: 'en' });
    assert.deepEqual(
      issues.map(({ path, code }) => ({ path, code })),
      [
        { path: 'atp.data.groups[1].id', code: 'duplicate_id' },
        { path: 'atp.data.groups[0].items[1].id', code: 'duplicate_id' },
      ],
    );
    assert.ok(issues[0]!.message.includes('atp.data.groups[0].id'), 'the message names the full path of the first use');
  });

  test('principles rules: a rejection needs a reason, only an accepted proposal is done', () => {
    const last = principlesData.proposals.length;
    const input = edit(
      full,
      [['principles', 'data', 'proposals', 0, 'decision'], 'proposed'],
      [
        ['principles', 'data', 'proposals', last],
        { ...principlesData.proposals[0], id: 'p-x', decision: 'rejected', done: false },
      ],
    );
    assert.deepEqual(pathsAndCodes(input), [
      { path: 'principles.data.proposals[0].done', code: 'invalid_value' },
      { path: `principles.data.proposals[${last}].rejectionReason`, code: 'required' },
    ]);
  });

  test('the rules of a well-formed part run even when another part is malformed', () => {
    const input = edit(full, [['questionnaire', 'step'], 'done'], [['groups', 1, 'id'], atpData.groups[0]!.id]);
    assert.deepEqual(pathsAndCodes(input), [
      { path: 'questionnaire.step', code: 'invalid_value' },
      { path: 'groups[1].id', code: 'duplicate_id' },
    ]);
  });
});

describe('project document: files that are not projects', () => {
  test('a newer format is one clear issue at format', () => {
    const input = { ...copy(full), format: 'coop-project/2', somethingNew: true };
    const en = issuesOf(input, { locale: 'en' });
    assert.deepEqual(
      en.map(({ path, code }) => ({ path, code })),
      [{ path: 'format', code: 'unsupported_schema_version' }],
    );
    assert.ok(en[0]!.message.includes('made with a newer version of these tools'), en[0]!.message);
    assert.ok(issuesOf(input)[0]!.message.includes('plus récente'), 'French by default');
  });

  const oneRootIssue = (input: object, needle: string) => {
    const issues = issuesOf(input, { locale: 'en' });
    assert.equal(issues.length, 1, JSON.stringify(issues));
    assert.equal(issues[0]!.path, '');
    assert.equal(issues[0]!.code, 'invalid_value');
    assert.ok(issues[0]!.message.includes(needle), issues[0]!.message);
    assert.match(issues[0]!.message, /not a whole project|not a project exported from these tools/);
  };

  test('an ATP grid export', () => {
    oneRootIssue({ config: { id: 'atp-minimal' }, data: atpData, exportedAt: '2026-03-15T14:00:00.000Z' }, 'ATP grid');
  });

  test('a principles checklist export', () => {
    oneRootIssue(
      { config: { id: 'principles-minimal' }, data: principlesData, exportedAt: '2026-03-15T14:00:00.000Z' },
      'principles checklist',
    );
  });

  test('a questionnaire export', () => {
    const c = config(minimal);
    const doc = exportDocument(c, valid(full).questionnaire!.responses);
    oneRootIssue(JSON.parse(JSON.stringify(doc)) as object, 'questionnaire');
  });

  test('stored widget states', () => {
    oneRootIssue(JSON.parse(serializeSavedAtp(valid(full).atp!.data)) as object, 'ATP grid');
    oneRootIssue(JSON.parse(serializeSaved('fill', valid(full).questionnaire!.responses)) as object, 'questionnaire');
  });

  test('any other JSON object, or a project without its format', () => {
    oneRootIssue({ hello: 'world' }, PROJECT_FORMAT);
    const { format: _, ...rest } = copy(full);
    oneRootIssue(rest, PROJECT_FORMAT);
  });

  test('messages follow the locale and take the site’s overrides of the same kind', () => {
    assert.ok(issuesOf({})[0]!.message.startsWith('Ce fichier n’est pas un projet'), 'French by default');
    const custom = issuesOf({}, { locale: 'en', strings: { projectIssueNotProject: (f) => `Nope (${f})` } });
    assert.equal(custom[0]!.message, `Nope (${PROJECT_FORMAT})`);
    const wrongKind = issuesOf({}, { strings: { projectIssueNotProject: 'text' as never } });
    assert.ok(wrongKind[0]!.message.startsWith('Ce fichier'), 'an override of another kind is ignored');
  });
});

describe('project document: never throws', () => {
  const wellFormed = (result: ReturnType<typeof parseProjectDocument>) => {
    if (result.ok) return;
    assert.ok(result.issues.length > 0, 'a rejection has issues');
    for (const issue of result.issues) {
      assert.equal(typeof issue.path, 'string');
      assert.equal(typeof issue.code, 'string');
      assert.ok(issue.message.length > 0, 'every issue has a message');
    }
  };

  test('any JSON value, as an object or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        wellFormed(parseProjectDocument(JSON.stringify(value)));
        if (typeof value === 'object' && value !== null) wellFormed(parseProjectDocument(value));
      }),
      { numRuns: 300 },
    );
  });

  test('any JSON value in place of any part', () => {
    const keys = ['id', 'title', 'exportedAt', 'library', 'questionnaire', 'atp', 'principles', 'groups', 'format'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        wellFormed(parseProjectDocument({ ...copy(full), [key]: value }));
      }),
      { numRuns: 300 },
    );
  });

  test('any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => wellFormed(parseProjectDocument(text))),
      { numRuns: 200 },
    );
  });

  test('a hostile object', () => {
    const hostile = Object.defineProperty({ format: PROJECT_FORMAT }, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    assert.deepEqual(pathsAndCodes(hostile), [{ path: '', code: 'invalid_input' }]);
  });
});

describe('project storage namespace', () => {
  test('keys move into the project', () => {
    assert.equal(projectStorageKey('p1'), 'coop-widgets:project:p1');
    const memory = createMemoryStorage();
    const storage = namespacedStorage(memory, 'p1');
    return (async () => {
      await storage.save('coop-widgets:atp:atp-default', 'a');
      await storage.save('my-key', 'b');
      assert.deepEqual(
        [...memory.data.keys()],
        ['coop-widgets:project:p1:atp:atp-default', 'coop-widgets:project:p1:my-key'],
      );
      assert.equal(await storage.load('coop-widgets:atp:atp-default'), 'a');
      await storage.remove('my-key');
      assert.deepEqual([...memory.data.keys()], ['coop-widgets:project:p1:atp:atp-default']);
    })();
  });

  test('ids with characters that could join two namespaces are escaped', () => {
    assert.equal(projectStorageKey('a:atp'), 'coop-widgets:project:a%3Aatp');
    assert.notEqual(
      projectStorageKey('a:atp') + ':x',
      `${projectStorageKey('a')}:atp:x`,
      'project "a:atp" and project "a" never share a key',
    );
    assert.equal(projectStorageKey('é'), 'coop-widgets:project:%E9');
    assert.equal(projectStorageKey('\u0e9a'), 'coop-widgets:project:%u0E9A');
  });

  test('two projects over one storage never see each other’s data', async () => {
    const memory = createMemoryStorage({ 'coop-widgets:atp:atp-default': 'outside' });
    const one = namespacedStorage(memory, 'one');
    const two = namespacedStorage(memory, 'two');
    const key = 'coop-widgets:atp:atp-default';
    await one.save(key, '1');
    assert.equal(await two.load(key), null);
    await two.save(key, '2');
    assert.equal(await one.load(key), '1');
    assert.equal(await two.load(key), '2');
    await one.remove(key);
    assert.equal(await one.load(key), null);
    assert.equal(await two.load(key), '2');
    assert.equal(await memory.load(key), 'outside', 'data outside any project is untouched');
  });

  test('subscribe passes through, on the project’s key only', () => {
    const memory = createMemoryStorage();
    const one = namespacedStorage(memory, 'one');
    const two = namespacedStorage(memory, 'two');
    const seen: (string | null)[] = [];
    const other: (string | null)[] = [];
    assert.ok(one.subscribe, 'the memory storage can observe changes, so the namespaced one can');
    const stop = one.subscribe('coop-widgets:atp:x', (value) => seen.push(value));
    two.subscribe!('coop-widgets:atp:x', (value) => other.push(value));
    memory.simulateExternalChange('coop-widgets:project:one:atp:x', 'new');
    memory.simulateExternalChange('coop-widgets:project:one:atp:x', null);
    memory.simulateExternalChange('coop-widgets:atp:x', 'outside');
    stop();
    memory.simulateExternalChange('coop-widgets:project:one:atp:x', 'after');
    assert.deepEqual(seen, ['new', null]);
    assert.deepEqual(other, []);
  });

  test('an adapter that cannot observe changes gives one without subscribe', async () => {
    const memory = createMemoryStorage();
    const plain: StorageAdapter = {
      load: (key) => memory.load(key),
      save: (key, value) => memory.save(key, value),
      remove: (key) => memory.remove(key),
    };
    const storage = namespacedStorage(plain, 'p');
    assert.equal('subscribe' in storage, false);
    await storage.save('coop-widgets:k', 'v');
    assert.equal(memory.data.get('coop-widgets:project:p:k'), 'v');
  });

  test('errors of the adapter pass through unchanged', async () => {
    const error = new Error('full');
    const failing: StorageAdapter = {
      load: () => Promise.reject(error),
      save: () => Promise.reject(error),
      remove: () => Promise.reject(error),
    };
    const storage = namespacedStorage(failing, 'p');
    await assert.rejects(storage.save('k', 'v'), (e) => e === error);
    await assert.rejects(storage.load('k'), (e) => e === error);
  });
});
