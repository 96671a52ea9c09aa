import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createResponses, setComment, type Responses } from '../../src/core/index.js';
import { classifyStorageError, StorageError, type StorageAdapter } from '../../src/core/storage/adapter.js';
import { createMemoryStorage } from '../../src/core/storage/memory.js';
import {
  parseSaved,
  questionnaireStorageKey,
  serializeSaved,
  type SavedQuestionnaire,
} from '../../src/core/questionnaire/saved.js';
import { quarantineKey } from '../../src/core/shared/saved.js';
import {
  createWebStorageAdapter,
  type KeyValueStore,
  type StorageChangeEvent,
  type StorageEventSource,
} from '../../src/core/storage/web-storage.js';
import { answer, config, NOW } from './helpers.js';

/** A Web Storage stand-in whose methods can be made to throw. */
class FakeStore implements KeyValueStore {
  readonly items = new Map<string, string>();
  failGet: unknown = undefined;
  failSet: unknown = undefined;
  failRemove: unknown = undefined;
  getItem(key: string) {
    if (this.failGet !== undefined) throw this.failGet;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failSet !== undefined) throw this.failSet;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    if (this.failRemove !== undefined) throw this.failRemove;
    this.items.delete(key);
  }
}

/** `window` as far as `storage` events go. */
class FakeWindow implements StorageEventSource {
  readonly listeners = new Set<(event: StorageChangeEvent) => void>();
  addEventListener(_type: 'storage', listener: (event: StorageChangeEvent) => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'storage', listener: (event: StorageChangeEvent) => void) {
    this.listeners.delete(listener);
  }
  fire(event: StorageChangeEvent) {
    for (const listener of [...this.listeners]) listener(event);
  }
}

/** The StorageError an adapter call rejected with (fails when it resolves or rejects with anything else). */
async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof StorageError, `expected a StorageError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

const quotaLike = { name: 'QuotaExceededError', code: 22, message: 'The quota has been exceeded.' };
const securityLike = { name: 'SecurityError', code: 18, message: 'The operation is insecure.' };

// Type-level only (never called): the structural types accept the real DOM objects, so an element can pass
// `window` and `window.localStorage` as they are.
export const _fitsTheDom = (w: Window) => createWebStorageAdapter({ storage: () => w.localStorage, events: w });

describe('classifyStorageError', () => {
  test('quota: by name, by legacy code, and Firefox’s name', () => {
    for (const error of [
      { name: 'QuotaExceededError' },
      { name: 'Error', code: 22 },
      { code: 1014 },
      { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 },
      { name: 'NS_ERROR_DOM_QUOTA_REACHED' },
      new DOMException('full', 'QuotaExceededError'),
    ]) {
      assert.equal(classifyStorageError(error), 'quota', JSON.stringify(error));
    }
  });

  test('denied: a SecurityError, plain or DOMException', () => {
    assert.equal(classifyStorageError({ name: 'SecurityError' }), 'denied');
    assert.equal(classifyStorageError(new DOMException('sandboxed', 'SecurityError')), 'denied');
  });

  test('anything else is unknown, and nothing makes it throw', () => {
    const hostile = Object.defineProperty({}, 'name', {
      get() {
        throw new Error('boom');
      },
    });
    for (const error of [
      new TypeError('x'),
      { code: 21 },
      { name: 'quota' },
      'QuotaExceededError',
      22,
      null,
      undefined,
      hostile,
    ]) {
      assert.equal(classifyStorageError(error), 'unknown', String(error));
    }
  });

  test('a StorageError keeps its reason', () => {
    assert.equal(classifyStorageError(new StorageError('unavailable')), 'unavailable');
  });
});

describe('StorageError', () => {
  test('is an Error with a name, a reason, a default message and the cause', () => {
    const cause = { name: 'QuotaExceededError' };
    const error = new StorageError('quota', undefined, { cause });
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'StorageError');
    assert.equal(error.reason, 'quota');
    assert.ok(error.message.length > 0);
    assert.equal(error.cause, cause);
    assert.equal(new StorageError('denied', 'custom').message, 'custom');
  });
});

describe('createWebStorageAdapter', () => {
  test('saves, loads and removes raw text; a missing key loads as null', async () => {
    const store = new FakeStore();
    const adapter = createWebStorageAdapter({ storage: () => store });
    assert.equal(await adapter.load('k'), null);
    await adapter.save('k', '{"a":1}');
    assert.equal(store.items.get('k'), '{"a":1}');
    assert.equal(await adapter.load('k'), '{"a":1}');
    await adapter.remove('k');
    assert.equal(store.items.has('k'), false);
    await adapter.remove('k'); // removing a missing key is fine
  });

  test('does its work before returning the promise (a save from a pagehide handler completes)', () => {
    const store = new FakeStore();
    const adapter = createWebStorageAdapter({ storage: () => store });
    void adapter.save('k', 'v');
    assert.equal(store.items.get('k'), 'v');
    void adapter.remove('k');
    assert.equal(store.items.has('k'), false);
  });

  test('a full store rejects save with a quota StorageError that keeps the cause', async () => {
    const store = new FakeStore();
    store.failSet = quotaLike;
    const error = await rejection(createWebStorageAdapter({ storage: () => store }).save('k', 'v'));
    assert.equal(error.reason, 'quota');
    assert.equal(error.cause, quotaLike);
  });

  test('a storage getter that throws a SecurityError rejects every method as denied', async () => {
    const adapter = createWebStorageAdapter({
      storage: () => {
        throw securityLike;
      },
    });
    for (const call of [adapter.load('k'), adapter.save('k', 'v'), adapter.remove('k')]) {
      const error = await rejection(call);
      assert.equal(error.reason, 'denied');
      assert.equal(error.cause, securityLike);
    }
  });

  test('a storage getter that returns null or undefined, or throws something else, is unavailable', async () => {
    for (const storage of [
      () => null,
      () => undefined,
      () => {
        throw new TypeError('no storage here');
      },
    ]) {
      const adapter = createWebStorageAdapter({ storage });
      for (const call of [adapter.load('k'), adapter.save('k', 'v'), adapter.remove('k')]) {
        assert.equal((await rejection(call)).reason, 'unavailable');
      }
    }
  });

  test('whatever a store method throws becomes a StorageError', async () => {
    const store = new FakeStore();
    store.failGet = securityLike;
    store.failRemove = 'a string, not an error';
    const adapter = createWebStorageAdapter({ storage: () => store });
    assert.equal((await rejection(adapter.load('k'))).reason, 'denied');
    const removed = await rejection(adapter.remove('k'));
    assert.equal(removed.reason, 'unknown');
    assert.equal(removed.cause, 'a string, not an error');
  });

  test('calls the getter on each use, so storage that becomes reachable later is used', async () => {
    let store: FakeStore | null = null;
    const adapter = createWebStorageAdapter({ storage: () => store });
    assert.equal((await rejection(adapter.save('k', 'v'))).reason, 'unavailable');
    store = new FakeStore();
    await adapter.save('k', 'v');
    assert.equal(store.items.get('k'), 'v');
  });

  test('has no subscribe without an event source', () => {
    assert.equal(createWebStorageAdapter({ storage: () => new FakeStore() }).subscribe, undefined);
  });

  describe('subscribe', () => {
    const setup = () => {
      const store = new FakeStore();
      const win = new FakeWindow();
      const adapter = createWebStorageAdapter({ storage: () => store, events: win });
      const seen: (string | null)[] = [];
      const unsubscribe = adapter.subscribe!('mine', (value) => seen.push(value));
      return { store, win, seen, unsubscribe };
    };

    test('reports changes of its key only', () => {
      const { store, win, seen } = setup();
      win.fire({ key: 'other', newValue: 'x', storageArea: store });
      win.fire({ key: 'mine-too', newValue: 'x', storageArea: store });
      win.fire({ key: 'mine', newValue: 'new', storageArea: store });
      win.fire({ key: 'mine', newValue: null, storageArea: store });
      assert.deepEqual(seen, ['new', null]);
    });

    test('reports null when the whole store is cleared (key null)', () => {
      const { store, win, seen } = setup();
      win.fire({ key: null, newValue: null, storageArea: store });
      // Whatever a (synthetic) clear event carries, the key is gone.
      win.fire({ key: null, newValue: 'stale', storageArea: store });
      assert.deepEqual(seen, [null, null]);
    });

    test('ignores changes of another store (sessionStorage vs localStorage), accepts events without one', () => {
      const { win, seen } = setup();
      win.fire({ key: 'mine', newValue: 'session', storageArea: new FakeStore() });
      win.fire({ key: null, newValue: null, storageArea: new FakeStore() });
      win.fire({ key: 'mine', newValue: 'no area' });
      win.fire({ key: 'mine', newValue: 'null area', storageArea: null });
      assert.deepEqual(seen, ['no area', 'null area']);
    });

    test('ignores events while its own store cannot be reached', () => {
      const win = new FakeWindow();
      let reachable = true;
      const store = new FakeStore();
      const adapter = createWebStorageAdapter({
        storage: () => {
          if (!reachable) throw securityLike;
          return store;
        },
        events: win,
      });
      const seen: (string | null)[] = [];
      adapter.subscribe!('mine', (value) => seen.push(value));
      reachable = false;
      win.fire({ key: 'mine', newValue: 'x', storageArea: store });
      assert.deepEqual(seen, []);
    });

    test('unsubscribe removes the listener; calling it twice is harmless', () => {
      const { store, win, seen, unsubscribe } = setup();
      assert.equal(win.listeners.size, 1);
      unsubscribe();
      unsubscribe();
      assert.equal(win.listeners.size, 0);
      win.fire({ key: 'mine', newValue: 'late', storageArea: store });
      assert.deepEqual(seen, []);
    });
  });
});

describe('createMemoryStorage', () => {
  test('copies its initial data and keeps values in `data`', async () => {
    const initial = { a: '1' };
    const memory = createMemoryStorage(initial);
    initial.a = 'changed';
    assert.equal(await memory.load('a'), '1');
    assert.equal(await memory.load('b'), null);
    await memory.save('b', '2');
    assert.equal(memory.data.get('b'), '2');
    await memory.remove('a');
    assert.deepEqual([...memory.data], [['b', '2']]);
  });

  test('subscribers hear external changes of their key, not their own writes; unsubscribe stops them', async () => {
    const memory = createMemoryStorage();
    const seen: (string | null)[] = [];
    const other: (string | null)[] = [];
    const unsubscribe = memory.subscribe('k', (value) => seen.push(value));
    memory.subscribe('other', (value) => other.push(value));
    await memory.save('k', 'own write');
    memory.simulateExternalChange('k', 'from another tab');
    assert.equal(await memory.load('k'), 'from another tab');
    memory.simulateExternalChange('k', null);
    assert.equal(memory.data.has('k'), false);
    unsubscribe();
    memory.simulateExternalChange('k', 'after unsubscribe');
    assert.deepEqual(seen, ['from another tab', null]);
    assert.deepEqual(other, []);
  });

  test('fits the StorageAdapter interface', () => {
    const adapter: StorageAdapter = createMemoryStorage();
    assert.equal(typeof adapter.subscribe, 'function');
  });
});

describe('saved questionnaire documents', () => {
  const c = config();
  let responses: Responses = answer(c, { q1: 3, q3: 'dont-know', q6: 0 });
  responses = setComment(c, responses, 'q1', 'Adopted on 3 March; "to publish"\nnext line', NOW);

  test('round trip: serializeSaved then parseSaved gives back the step and the responses', () => {
    for (const step of ['fill', 'result', 'validate'] as const) {
      const parsed = parseSaved(serializeSaved(step, responses));
      assert.ok(parsed.ok, JSON.stringify(parsed));
      const expected: SavedQuestionnaire = { format: 'coop-questionnaire/1', step, responses };
      assert.deepEqual(parsed.saved, expected);
    }
  });

  test('text that is not JSON gives one invalid_json issue at the root, in the chosen locale', () => {
    for (const text of ['', '{"format": "coop-questionnaire/1",', 'undefined']) {
      const parsed = parseSaved(text, { locale: 'fr' });
      assert.equal(parsed.ok, false);
      if (parsed.ok) continue;
      assert.deepEqual(
        parsed.issues.map((i) => [i.path, i.code]),
        [['', 'invalid_json']],
      );
      assert.match(parsed.issues[0]!.message, /JSON valide/);
    }
  });

  test('a time that is not an ISO 8601 date-time is refused, not left to break a date format later', () => {
    for (const [path, value] of [
      ['updatedAt', ' '],
      ['createdAt', '2026-02-30'],
      ['validatedAt', 'yesterday'],
    ] as const) {
      const doc = JSON.parse(serializeSaved('fill', responses)) as { responses: Record<string, unknown> };
      doc.responses[path] = value;
      const parsed = parseSaved(JSON.stringify(doc), { locale: 'en' });
      assert.equal(parsed.ok, false, `${path}: ${value}`);
      if (!parsed.ok)
        assert.deepEqual(
          parsed.issues.map((i) => i.path),
          [`responses.${path}`],
        );
    }
  });

  test('a document of the wrong shape gives issues with JSON paths', () => {
    const doc = JSON.parse(serializeSaved('fill', responses)) as Record<string, unknown> & {
      responses: Record<string, unknown> & { answers: Record<string, Record<string, unknown>> };
    };
    doc.format = 'coop-questionnaire/2';
    doc.step = 'done';
    doc.extra = true;
    doc.responses.answers.q1!.value = true;
    delete doc.responses.status;
    const parsed = parseSaved(JSON.stringify(doc), { locale: 'en' });
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    const byPath = Object.fromEntries(parsed.issues.map((i) => [i.path, i.code]));
    assert.deepEqual(byPath, {
      format: 'invalid_value',
      step: 'invalid_value',
      extra: 'unknown_key',
      'responses.answers.q1.value': 'invalid_type',
      'responses.status': 'required',
    });
  });

  test('a bare responses document (no envelope) is not taken for a saved one', () => {
    const parsed = parseSaved(JSON.stringify(responses));
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path);
    for (const path of ['format', 'step', 'responses', 'questionnaireId']) assert.ok(paths.includes(path), path);
  });

  test('JSON that is not an object is reported at the root', () => {
    for (const text of ['null', '42', '"text"', '[]', '[{"format":"coop-questionnaire/1"}]']) {
      const parsed = parseSaved(text);
      assert.equal(parsed.ok, false, text);
      if (parsed.ok) continue;
      assert.deepEqual(
        parsed.issues.map((i) => [i.path, i.code]),
        [['', 'invalid_type']],
        text,
      );
    }
  });

  test('parseSaved never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((x) => JSON.stringify(x)),
        ),
        (text) => {
          const parsed = parseSaved(text);
          if (!parsed.ok) assert.ok(parsed.issues.length > 0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('quarantineKey: the key, ":corrupt:" and the ISO time', () => {
    assert.equal(
      quarantineKey('coop-widgets:questionnaire:minimal', NOW),
      'coop-widgets:questionnaire:minimal:corrupt:2026-01-15T10:00:00.000Z',
    );
    assert.match(quarantineKey('k'), /^k:corrupt:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  test('questionnaireStorageKey: the questionnaire id, then the namespace when one is given', () => {
    assert.equal(questionnaireStorageKey('minimal'), 'coop-widgets:questionnaire:minimal');
    assert.equal(questionnaireStorageKey('minimal', 'ght-nord'), 'coop-widgets:questionnaire:minimal:ght-nord');
    assert.equal(questionnaireStorageKey('minimal', ''), 'coop-widgets:questionnaire:minimal');
    assert.notEqual(questionnaireStorageKey('a', 'b'), questionnaireStorageKey('b', 'a'));
  });

  test('a fresh draft survives storage through both adapters', async () => {
    const draft = createResponses(c, NOW);
    const store = new FakeStore();
    const adapters: StorageAdapter[] = [createMemoryStorage(), createWebStorageAdapter({ storage: () => store })];
    for (const adapter of adapters) {
      const key = questionnaireStorageKey(c.id);
      await adapter.save(key, serializeSaved('result', draft));
      const parsed = parseSaved((await adapter.load(key))!);
      assert.ok(parsed.ok);
      assert.equal(parsed.saved.step, 'result');
      assert.deepEqual(parsed.saved.responses, draft);
    }
  });
});
