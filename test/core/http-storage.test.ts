import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test, type TestContext } from 'node:test';
import { StorageError } from '../../src/core/storage/adapter.js';
import {
  createHttpStorage,
  KEEPALIVE_MAX_BYTES,
  type HttpFetch,
  type HttpRequestInit,
  type HttpStorage,
  type HttpStorageOptions,
  type OnlineSource,
} from '../../src/core/storage/http.js';

/** A request as the server saw it. */
interface Seen {
  method: string;
  key: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/**
 * A real HTTP server implementing the contract of http.ts over a Map, as a portal's back end would, with
 * switches to make it fail.
 */
class TestServer {
  readonly docs = new Map<string, { text: string; etag: string }>();
  readonly seen: Seen[] = [];
  /** Statuses to answer the next requests with, one each, before anything else. */
  failures: number[] = [];
  /** The status of a failed precondition. */
  conflictStatus = 412;
  /** When set, requests without this Authorization header get a 401. */
  requireAuth?: string;
  /** How many of the next requests get no answer at all (a server or proxy that hangs). */
  hangs = 0;
  /**
   * How many of the next requests are held without an answer and carried out only when the test calls the
   * function pushed on `held` (a request its client gave up on, carried out late by the server).
   */
  holds = 0;
  readonly held: (() => void)[] = [];
  /** A write whose precondition fails but whose body is the stored text succeeds (coop-widgets-server does). */
  idempotent = false;
  /** Answers writes without their ETag header (a CORS setup that does not expose it). */
  withoutETag = false;
  private version = 0;
  private server!: Server;
  base = '';

  static async start(t: TestContext): Promise<TestServer> {
    const server = new TestServer();
    server.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const key = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice('/docs/'.length));
        const method = req.method ?? '';
        server.seen.push({ method, key, headers: req.headers, body, at: performance.now() });
        if (server.hangs > 0) {
          server.hangs--;
          return;
        }
        if (server.holds > 0) {
          server.holds--;
          server.held.push(() => void server.answer(method, key, req.headers, body));
          return;
        }
        const { status, headers = {}, text = '' } = server.answer(method, key, req.headers, body);
        res.writeHead(status, headers);
        res.end(text);
      });
    });
    await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
    server.base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    t.after(() => server.close());
    return server;
  }

  private answer(
    method: string,
    key: string,
    headers: IncomingHttpHeaders,
    body: string,
  ): { status: number; headers?: Record<string, string>; text?: string } {
    const failure = this.failures.shift();
    if (failure !== undefined) return { status: failure, text: 'failing on purpose' };
    if (this.requireAuth !== undefined && headers.authorization !== this.requireAuth) return { status: 401 };
    const doc = this.docs.get(key);
    if (method === 'GET') {
      if (!doc) return { status: 404 };
      if (headers['if-none-match'] === doc.etag) return { status: 304, headers: { ETag: doc.etag } };
      return { status: 200, headers: { ETag: doc.etag, 'Cache-Control': 'no-store' }, text: doc.text };
    }
    // The preconditions, on PUT and DELETE alike.
    const ifMatch = headers['if-match'];
    const failed =
      (ifMatch !== undefined && (!doc || doc.etag !== ifMatch)) || (headers['if-none-match'] === '*' && doc);
    if (failed) {
      if (this.idempotent && method === 'PUT' && doc?.text === body)
        return { status: 200, headers: { ETag: doc.etag } };
      return { status: this.conflictStatus };
    }
    if (method === 'PUT') {
      const etag = this.write(key, body);
      return { status: doc ? 200 : 201, headers: this.withoutETag ? {} : { ETag: etag } };
    }
    if (method === 'DELETE') {
      if (!doc) return { status: 404 };
      this.docs.delete(key);
      return { status: 204 };
    }
    return { status: 405 };
  }

  /** Stores `text` under a new ETag, as another client's write would; returns the ETag. */
  write(key: string, text: string): string {
    const etag = `"${++this.version}"`;
    this.docs.set(key, { text, etag });
    return etag;
  }

  requests(method?: string): Seen[] {
    return this.seen.filter((r) => method === undefined || r.method === method);
  }

  url = (key: string) => `${this.base}/docs/${encodeURIComponent(key)}`;

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A URL base where nothing listens: requests fail as when the network is down. */
async function closedBase(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** The browser's online flag and events, driven by the test. */
class FakeOnline implements OnlineSource {
  online = true;
  readonly listeners = new Set<() => void>();
  isOnline() {
    return this.online;
  }
  addEventListener(type: 'online' | 'offline', listener: () => void) {
    if (type === 'online') this.listeners.add(listener);
  }
  removeEventListener(type: 'online' | 'offline', listener: () => void) {
    if (type === 'online') this.listeners.delete(listener);
  }
  goOnline() {
    this.online = true;
    for (const listener of [...this.listeners]) listener();
  }
}

/** An adapter on `server` with fast timers and no jitter; `options` override. */
function storageOn(server: TestServer, options: Partial<HttpStorageOptions> = {}): HttpStorage {
  return createHttpStorage({ url: server.url, backoffMs: 1, random: () => 0, ...options });
}

/** The StorageError a call rejected with (fails when it resolves or rejects with anything else). */
async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof StorageError, `expected a StorageError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

/** Waits until `condition()` holds (fails after 2 s). */
async function until(condition: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The precondition headers of a request, for comparisons. */
const conditions = (r: Seen) => ({ ifMatch: r.headers['if-match'], ifNoneMatch: r.headers['if-none-match'] });

// Type-level only (never called): the browser's fetch, and its online flag and events, fit the options.
export const _fitsTheDom = (w: Window, n: Navigator): HttpStorageOptions => ({
  url: (key) => `/api/${encodeURIComponent(key)}`,
  fetch: w.fetch satisfies HttpFetch,
  online: {
    isOnline: () => n.onLine,
    addEventListener: (type, listener) => w.addEventListener(type, listener),
    removeEventListener: (type, listener) => w.removeEventListener(type, listener),
  },
});

describe('createHttpStorage', () => {
  test('round trip: a missing document loads as null, is created, read back and updated, ETags as preconditions', async (t) => {
    const server = await TestServer.start(t);
    const storage = storageOn(server);
    assert.equal(await storage.load('coop:q:1'), null);
    await storage.save('coop:q:1', '{"a":1}');
    assert.deepEqual(server.docs.get('coop:q:1'), { text: '{"a":1}', etag: '"1"' });
    assert.equal(await storage.load('coop:q:1'), '{"a":1}');
    await storage.save('coop:q:1', '{"a":2}');
    assert.deepEqual(server.docs.get('coop:q:1'), { text: '{"a":2}', etag: '"2"' });

    assert.deepEqual(
      server.seen.map((r) => [r.method, r.key, r.body, conditions(r)]),
      [
        ['GET', 'coop:q:1', '', { ifMatch: undefined, ifNoneMatch: undefined }],
        ['PUT', 'coop:q:1', '{"a":1}', { ifMatch: undefined, ifNoneMatch: '*' }],
        ['GET', 'coop:q:1', '', { ifMatch: undefined, ifNoneMatch: undefined }],
        ['PUT', 'coop:q:1', '{"a":2}', { ifMatch: '"1"', ifNoneMatch: undefined }],
      ],
    );
    for (const put of server.requests('PUT')) assert.equal(put.headers['content-type'], 'application/json');
    assert.equal(storage.pending(), 0);
  });

  test('a key never read is written as absent (If-None-Match: *): one already there is a conflict, not overwritten', async (t) => {
    const server = await TestServer.start(t);
    server.write('k', 'old');
    const storage = storageOn(server);
    assert.equal((await rejection(storage.save('k', 'new'))).reason, 'conflict');
    assert.equal(server.docs.get('k')?.text, 'old', 'a version this page has not seen is never overwritten');
    assert.equal(await storage.resolveConflict('k', 'mine'), 'new');
    await storage.save('k', 'newer');
    assert.deepEqual(server.requests('PUT').map(conditions), [
      { ifMatch: undefined, ifNoneMatch: '*' },
      { ifMatch: '"1"', ifNoneMatch: undefined },
      { ifMatch: '"2"', ifNoneMatch: undefined },
    ]);
    assert.equal(server.docs.get('k')?.text, 'newer');
  });

  test('a first write that timed out, carried out late by the server, cannot overwrite the writes after it', async (t) => {
    const server = await TestServer.start(t);
    const storage = storageOn(server, { retries: 1, timeoutMs: 100 });
    await storage.load('another key'); // fetch is ready: the first try of 'k' reaches the server in time
    server.holds = 1;
    await storage.save('k', 'a'); // the first try is held; the retry goes through
    await storage.save('k', 'b');
    assert.equal(server.docs.get('k')?.text, 'b');
    server.held.shift()!(); // the first try of 'a', carried out now
    assert.equal(server.docs.get('k')?.text, 'b', 'the late try failed its precondition');
  });

  test('a retried write that the server had carried out: an idempotent 200 is a success, with its ETag', async (t) => {
    const server = await TestServer.start(t);
    server.idempotent = true;
    let lose = 1;
    // The server carries out the write, and its answer is lost on the way back.
    const fetch: HttpFetch = async (url, init) => {
      const response = await globalThis.fetch(url, init as RequestInit);
      if (init.method === 'PUT' && lose-- > 0) throw new TypeError('fetch failed');
      return response;
    };
    const storage = storageOn(server, { retries: 1, fetch });
    await storage.save('k', 'a');
    assert.equal(storage.pending(), 0);
    await storage.save('k', 'b');
    assert.deepEqual(server.requests('PUT').map(conditions), [
      { ifMatch: undefined, ifNoneMatch: '*' },
      { ifMatch: undefined, ifNoneMatch: '*' },
      { ifMatch: '"1"', ifNoneMatch: undefined },
    ]);
    assert.equal(server.docs.get('k')?.text, 'b');
  });

  test('a server that sends no ETag: the writes after its answer go unconditionally', async (t) => {
    const server = await TestServer.start(t);
    server.withoutETag = true;
    const storage = storageOn(server);
    await storage.save('k', 'a');
    await storage.save('k', 'b');
    assert.deepEqual(server.requests('PUT').map(conditions), [
      { ifMatch: undefined, ifNoneMatch: '*' },
      { ifMatch: undefined, ifNoneMatch: undefined },
    ]);
    assert.equal(server.docs.get('k')?.text, 'b');
  });

  test('saves of one key run one after another: the second waits for the ETag of the first', async (t) => {
    const server = await TestServer.start(t);
    const storage = storageOn(server);
    await storage.load('k');
    await Promise.all([storage.save('k', 'a'), storage.save('k', 'b'), storage.save('k', 'c')]);
    assert.equal(server.docs.get('k')?.text, 'c');
    assert.deepEqual(
      server.requests('PUT').map((r) => [r.body, r.headers['if-match'] ?? r.headers['if-none-match']]),
      [
        ['a', '*'],
        ['b', '"1"'],
        ['c', '"2"'],
      ],
    );
  });

  describe('conflicts', () => {
    /** Client A read the document, then client B changed it. */
    async function changedElsewhere(t: TestContext, conflictStatus: number) {
      const server = await TestServer.start(t);
      server.conflictStatus = conflictStatus;
      server.write('k', 'original');
      const a = storageOn(server);
      const b = storageOn(server);
      assert.equal(await a.load('k'), 'original');
      assert.equal(await b.load('k'), 'original');
      await b.save('k', 'from B');
      const error = await rejection(a.save('k', 'from A'));
      assert.equal(error.reason, 'conflict');
      assert.equal(server.docs.get('k')?.text, 'from B', 'nothing overwritten');
      assert.equal(server.requests('PUT').length, 2, 'a conflict is not retried');
      assert.equal(a.pending(), 0, 'a conflict is not queued');
      return { server, a };
    }

    for (const status of [412, 409]) {
      test(`${status}: 'theirs' drops the local text and returns the server's`, async (t) => {
        const { server, a } = await changedElsewhere(t, status);
        assert.equal(await a.resolveConflict('k', 'theirs'), 'from B');
        assert.equal(server.docs.get('k')?.text, 'from B');
        assert.equal(server.requests('PUT').length, 2, "'theirs' writes nothing");
        // Dropped: 'mine' has nothing left to write; a new save is checked against B's version and goes through.
        assert.equal((await rejection(a.resolveConflict('k', 'mine'))).reason, 'unknown');
        await a.save('k', 'A after merging B');
        assert.equal(server.docs.get('k')?.text, 'A after merging B');
      });

      test(`${status}: 'mine' writes the local text over the server's current version`, async (t) => {
        const { server, a } = await changedElsewhere(t, status);
        const bETag = server.docs.get('k')?.etag;
        assert.equal(await a.resolveConflict('k', 'mine'), 'from A');
        assert.equal(server.docs.get('k')?.text, 'from A');
        const [get, put] = server.seen.slice(-2);
        assert.equal(get?.method, 'GET');
        assert.deepEqual([put?.method, put?.body, put?.headers['if-match']], ['PUT', 'from A', bETag]);
        await a.save('k', 'A again');
        assert.equal(server.docs.get('k')?.text, 'A again');
      });
    }

    test("the latest text is set aside; 'mine' rejects with conflict again when it changed once more", async (t) => {
      const { server, a } = await changedElsewhere(t, 412);
      assert.equal((await rejection(a.save('k', 'from A, later'))).reason, 'conflict');
      // Between A's read for 'mine' and its write, C writes.
      const fetchWithC: HttpFetch = async (url, init) => {
        const response = await fetch(url, init);
        if (init.method === 'GET') server.write('k', 'from C');
        return response;
      };
      const racing = storageOn(server, { fetch: fetchWithC });
      await racing.load('k');
      server.write('k', 'from B again');
      await rejection(racing.save('k', 'racing'));
      assert.equal((await rejection(racing.resolveConflict('k', 'mine'))).reason, 'conflict');
      assert.equal(server.docs.get('k')?.text, 'from C');

      assert.equal(await a.resolveConflict('k', 'mine'), 'from A, later');
      assert.equal(server.docs.get('k')?.text, 'from A, later');
    });

    test('a document created elsewhere after a read found none is a conflict (If-None-Match: *)', async (t) => {
      const server = await TestServer.start(t);
      const storage = storageOn(server);
      assert.equal(await storage.load('k'), null);
      server.write('k', 'created elsewhere');
      assert.equal((await rejection(storage.save('k', 'mine'))).reason, 'conflict');
      assert.equal(server.docs.get('k')?.text, 'created elsewhere');
      assert.equal(await storage.resolveConflict('k', 'theirs'), 'created elsewhere');
    });

    test("'mine' of a document deleted elsewhere creates it again", async (t) => {
      const server = await TestServer.start(t);
      server.write('k', 'v1');
      const storage = storageOn(server);
      await storage.load('k');
      server.write('k', 'v2');
      await rejection(storage.save('k', 'mine'));
      server.docs.delete('k');
      assert.equal(await storage.resolveConflict('k', 'mine'), 'mine');
      assert.equal(server.docs.get('k')?.text, 'mine');
      assert.equal(server.requests('PUT').at(-1)?.headers['if-none-match'], '*');
    });
  });

  describe('failures and retries', () => {
    test('a server that never answers: each try times out, then the write is queued as unavailable', async (t) => {
      const server = await TestServer.start(t);
      server.hangs = 2;
      // Counted where they leave: a try aborted after 50 ms may not have reached a cold server yet.
      const puts: string[] = [];
      const storage = storageOn(server, {
        retries: 1,
        timeoutMs: 50,
        fetch: (url, init) => {
          if (init?.method === 'PUT') puts.push(String(url));
          return fetch(url, init);
        },
      });
      const started = performance.now();
      const error = await rejection(storage.save('k', 'v'));
      assert.equal(error.reason, 'unavailable');
      assert.match(String((error.cause as Error).message), /PUT took longer than 50 ms/);
      assert.ok(performance.now() - started < 1000, 'the timeout ended the wait');
      assert.equal(puts.length, 2, 'tried again once');
      assert.ok(server.requests('PUT').length >= 1, 'the server was asked');
      assert.equal(storage.pending(), 1, 'queued for later');
      // The server answers again (a try it never received leaves no hang behind): the queued write goes through.
      server.hangs = 0;
      await storage.flush();
      assert.equal(server.docs.get('k')?.text, 'v');
    });

    test('the time limit also holds for a host fetch that ignores the abort signal', async () => {
      const signals: unknown[] = [];
      const storage = createHttpStorage({
        url: (key) => `/docs/${key}`,
        retries: 0,
        timeoutMs: 30,
        fetch: (_url, init) => {
          signals.push((init as { signal?: unknown }).signal);
          return new Promise(() => undefined); // never settles
        },
      });
      assert.equal((await rejection(storage.load('k'))).reason, 'unavailable');
      assert.equal(signals.length, 1);
      assert.equal((signals[0] as { aborted: boolean }).aborted, true, 'the signal was aborted');
    });

    test('writes of up to 32 KiB go with keepalive (they outlive a closing page), larger ones and reads without', async () => {
      const inits: HttpRequestInit[] = [];
      const storage = createHttpStorage({
        url: (key) => `/docs/${key}`,
        fetch: async (_url, init) => {
          inits.push(init);
          return { status: 200, headers: { get: () => '"1"' }, text: async () => '' };
        },
      });
      await storage.load('k');
      await storage.save('k', 'é'.repeat(KEEPALIVE_MAX_BYTES / 2)); // 2 bytes each: exactly the limit
      await storage.save('k', 'é'.repeat(KEEPALIVE_MAX_BYTES / 2 + 1));
      await storage.remove('k');
      assert.deepEqual(
        inits.map((i) => [i.method, i.keepalive ?? false]),
        [
          ['GET', false],
          ['PUT', true],
          ['PUT', false],
          ['DELETE', true],
        ],
      );
    });

    test('a 500 then a 200: retried after the back-off, for loads and saves', async (t) => {
      const server = await TestServer.start(t);
      server.write('k', 'v');
      const storage = storageOn(server);
      server.failures = [500];
      assert.equal(await storage.load('k'), 'v');
      assert.equal(server.requests('GET').length, 2);
      server.failures = [503, 502];
      await storage.save('k', 'w');
      const puts = server.requests('PUT');
      assert.equal(puts.length, 3);
      assert.deepEqual(
        puts.map((r) => r.headers['if-match']),
        ['"1"', '"1"', '"1"'],
        'each retry carries the same precondition',
      );
      assert.equal(server.docs.get('k')?.text, 'w');
    });

    test('the delay doubles each time, and the jitter adds up to half of it', async (t) => {
      const server = await TestServer.start(t);
      server.write('k', 'v');
      server.failures = [500, 500];
      await storageOn(server, { backoffMs: 25 }).load('k');
      const [first, second, third] = server.seen.map((r) => r.at);
      assert.ok(second! - first! >= 24, `first delay ${second! - first!} ms, expected 25`);
      assert.ok(third! - second! >= 49, `second delay ${third! - second!} ms, expected 50`);

      server.failures = [500];
      await storageOn(server, { backoffMs: 25, random: () => 0.99 }).load('k');
      const [, , , fourth, fifth] = server.seen.map((r) => r.at);
      assert.ok(fifth! - fourth! >= 36, `jittered delay ${fifth! - fourth!} ms, expected 25 + 12.4`);
    });

    test('after `retries` more tries, a load rejects as unknown and a save is queued as unavailable', async (t) => {
      const server = await TestServer.start(t);
      const storage = storageOn(server, { retries: 2 });
      server.failures = [500, 500, 500];
      assert.equal((await rejection(storage.load('k'))).reason, 'unknown');
      assert.equal(server.requests('GET').length, 3);
      server.failures = [500, 500, 500];
      assert.equal((await rejection(storage.save('k', 'v'))).reason, 'unavailable');
      assert.equal(server.requests('PUT').length, 3);
      assert.equal(storage.pending(), 1);
      await storage.flush();
      assert.equal(server.docs.get('k')?.text, 'v');
      assert.equal(storage.pending(), 0);
    });

    test('401 and 403 reject as denied, without retrying, and a refused write is not queued', async (t) => {
      const server = await TestServer.start(t);
      const storage = storageOn(server);
      server.failures = [401];
      assert.equal((await rejection(storage.load('k'))).reason, 'denied');
      server.failures = [403];
      assert.equal((await rejection(storage.save('k', 'v'))).reason, 'denied');
      server.failures = [403];
      assert.equal((await rejection(storage.remove('k'))).reason, 'denied');
      assert.equal(server.seen.length, 3, 'one request each');
      assert.equal(storage.pending(), 0);
      server.failures = [400];
      const refused = await rejection(storage.save('k', 'v'));
      assert.equal(refused.reason, 'unknown');
      assert.match(String((refused.cause as Error).message), /PUT answered HTTP 400/);
    });

    test('custom headers go with every request, asked for each time; ours win over theirs', async (t) => {
      const server = await TestServer.start(t);
      server.requireAuth = 'Bearer 2';
      let calls = 0;
      const storage = storageOn(server, {
        headers: async () => ({ authorization: `Bearer ${++calls}`, 'content-type': 'text/plain', 'X-Portal': 'p' }),
      });
      // The first token is stale: the call is refused, the next one carries a fresh token.
      assert.equal((await rejection(storage.load('k'))).reason, 'denied');
      assert.equal(await storage.load('k'), null);
      server.requireAuth = undefined;
      await storage.save('k', 'v');
      await storage.remove('k');
      assert.deepEqual(
        server.seen.map((r) => [r.method, r.headers.authorization, r.headers['x-portal']]),
        [
          ['GET', 'Bearer 1', 'p'],
          ['GET', 'Bearer 2', 'p'],
          ['PUT', 'Bearer 3', 'p'],
          ['DELETE', 'Bearer 4', 'p'],
        ],
      );
      assert.equal(server.requests('PUT')[0]?.headers['content-type'], 'application/json');
    });

    test('headers() or url() throwing rejects as unknown, with the cause, and sends nothing', async (t) => {
      const server = await TestServer.start(t);
      const broken = new Error('no session');
      const noHeaders = storageOn(server, {
        headers: () => {
          throw broken;
        },
      });
      const error = await rejection(noHeaders.load('k'));
      assert.equal(error.reason, 'unknown');
      assert.equal(error.cause, broken);
      const noUrl = storageOn(server, {
        url: () => {
          throw broken;
        },
      });
      assert.equal((await rejection(noUrl.save('k', 'v'))).reason, 'unknown');
      assert.equal(noUrl.pending(), 0);
      assert.equal(server.seen.length, 0);
    });

    test('the fetch option is used, and called on the global object', async (t) => {
      const server = await TestServer.start(t);
      const calls: [unknown, string, string][] = [];
      const storage = storageOn(server, {
        fetch: function (this: unknown, url, init) {
          calls.push([this, init.method, url]);
          return fetch(url, init);
        },
      });
      await storage.save('a b', 'v');
      assert.deepEqual(calls, [[globalThis, 'PUT', `${server.base}/docs/a%20b`]]);
      assert.equal(server.docs.get('a b')?.text, 'v');
    });
  });

  describe('offline and the queue', () => {
    test('network down, then back: the latest text is queued and reaches the server on `online`', async (t) => {
      const server = await TestServer.start(t);
      let base = await closedBase();
      const online = new FakeOnline();
      const storage = createHttpStorage({
        url: (key) => `${base}/docs/${encodeURIComponent(key)}`,
        backoffMs: 1,
        random: () => 0,
        online,
      });
      const first = await rejection(storage.save('k', 'first'));
      assert.equal(first.reason, 'unavailable');
      assert.ok(first.cause instanceof Error, 'the cause is the fetch error');
      assert.equal((await rejection(storage.save('k', 'latest'))).reason, 'unavailable');
      assert.equal(storage.pending(), 1, 'one write per key');
      assert.equal(await storage.load('k'), 'latest', 'a page reads its own queued writes');

      base = server.base;
      online.goOnline();
      await until(() => storage.pending() === 0, 'the queue to be sent');
      assert.deepEqual(
        server.seen.map((r) => [r.method, r.body]),
        [['PUT', 'latest']],
      );
      assert.equal(server.docs.get('k')?.text, 'latest');
      // Its ETag was remembered: the next write is conditional.
      await storage.save('k', 'after');
      assert.equal(server.requests('PUT').at(-1)?.headers['if-match'], '"1"');
    });

    test('offline: no request at all; writes are sent in the order of each key’s latest write', async (t) => {
      const server = await TestServer.start(t);
      const online = new FakeOnline();
      const storage = storageOn(server, { online });
      online.online = false;
      assert.equal((await rejection(storage.save('a', 'a1'))).reason, 'unavailable');
      assert.equal((await rejection(storage.save('b', 'b1'))).reason, 'unavailable');
      server.write('c', 'there');
      assert.equal((await rejection(storage.remove('c'))).reason, 'unavailable');
      assert.equal((await rejection(storage.save('a', 'a2'))).reason, 'unavailable');
      assert.equal((await rejection(storage.load('d'))).reason, 'unavailable');
      assert.equal(await storage.load('c'), null, 'a queued removal reads as null');
      assert.equal(storage.pending(), 3);
      assert.equal(server.seen.length, 0);

      online.goOnline();
      await until(() => storage.pending() === 0, 'the queue to be sent');
      assert.deepEqual(
        server.seen.map((r) => [r.method, r.key, r.body]),
        [
          ['PUT', 'b', 'b1'],
          ['DELETE', 'c', ''],
          ['PUT', 'a', 'a2'],
        ],
      );
      assert.deepEqual([...server.docs.keys()].sort(), ['a', 'b']);
    });

    test('flush(): rejects and keeps the queue while the network is down; a conflict is set aside, the rest goes on', async (t) => {
      const server = await TestServer.start(t);
      server.write('x', 'x0');
      let base = await closedBase();
      let fetches = 0;
      const storage = storageOn(server, {
        url: (key) => `${base}/docs/${encodeURIComponent(key)}`,
        retries: 0,
        fetch: (url, init) => {
          fetches++;
          return fetch(url, init);
        },
      });
      base = server.base;
      await storage.load('x');
      base = await closedBase();
      await rejection(storage.save('x', 'x1'));
      await rejection(storage.save('y', 'y1'));
      fetches = 0;
      assert.equal((await rejection(storage.flush())).reason, 'unavailable');
      assert.equal(fetches, 1, 'the first network failure stops the flush');
      assert.equal(storage.pending(), 2);

      base = server.base;
      server.write('x', 'x changed elsewhere');
      assert.equal((await rejection(storage.flush())).reason, 'conflict');
      assert.equal(storage.pending(), 0);
      assert.equal(server.docs.get('x')?.text, 'x changed elsewhere');
      assert.equal(server.docs.get('y')?.text, 'y1');
      assert.equal(await storage.resolveConflict('x', 'mine'), 'x1');
      assert.equal(server.docs.get('x')?.text, 'x1');
      await storage.flush(); // nothing queued: resolves
    });

    test('flush(): a queued write that the server refuses (4xx) is dropped, and reported', async (t) => {
      const server = await TestServer.start(t);
      let base = await closedBase();
      const storage = storageOn(server, { url: (key) => `${base}/docs/${encodeURIComponent(key)}` });
      await rejection(storage.save('k', 'too big'));
      await rejection(storage.save('other', 'fine'));
      base = server.base;
      server.failures = [413];
      assert.equal((await rejection(storage.flush())).reason, 'unknown');
      assert.equal(storage.pending(), 0);
      assert.equal(server.docs.has('k'), false);
      assert.equal(server.docs.get('other')?.text, 'fine');
    });

    test('a later save of a queued key replaces the queued write once it reaches the server', async (t) => {
      const server = await TestServer.start(t);
      let base = await closedBase();
      const storage = storageOn(server, { url: (key) => `${base}/docs/${encodeURIComponent(key)}` });
      await rejection(storage.save('k', 'old'));
      base = server.base;
      await storage.save('k', 'new');
      assert.equal(storage.pending(), 0);
      await storage.flush();
      assert.deepEqual(
        server.seen.map((r) => [r.method, r.body]),
        [['PUT', 'new']],
      );
    });
  });

  describe('remove', () => {
    test('DELETE with If-Match when the ETag is known; a missing document is fine; a changed one conflicts', async (t) => {
      const server = await TestServer.start(t);
      server.write('k', 'v');
      const storage = storageOn(server);
      await storage.load('k');
      await storage.remove('k');
      assert.equal(server.docs.has('k'), false);
      assert.equal(await storage.load('k'), null);
      await storage.remove('k'); // missing: 404, success
      await storageOn(server).remove('never-read'); // unconditional, missing: 404, success
      assert.deepEqual(
        server.requests('DELETE').map((r) => [r.key, conditions(r)]),
        [
          ['k', { ifMatch: '"1"', ifNoneMatch: undefined }],
          ['k', { ifMatch: undefined, ifNoneMatch: '*' }],
          ['never-read', { ifMatch: undefined, ifNoneMatch: undefined }],
        ],
      );

      server.write('k', 'again');
      await storage.load('k');
      server.write('k', 'changed elsewhere');
      assert.equal((await rejection(storage.remove('k'))).reason, 'conflict');
      assert.equal(server.docs.get('k')?.text, 'changed elsewhere');
      assert.equal(await storage.resolveConflict('k', 'mine'), null);
      assert.equal(server.docs.has('k'), false);
    });
  });

  describe('subscribe (polling)', () => {
    test('there is none when pollMs is 0 (the default)', async (t) => {
      const server = await TestServer.start(t);
      assert.equal(storageOn(server).subscribe, undefined);
    });

    test('polls with If-None-Match, reports changes made elsewhere (not its own), stops on unsubscribe', async (t) => {
      const server = await TestServer.start(t);
      server.write('k', 'v1');
      // PUT responses arrive late: a poll running meanwhile would see our own write as someone else's.
      const storage = storageOn(server, {
        pollMs: 10,
        fetch: async (url, init) => {
          const response = await fetch(url, init);
          if (init.method === 'PUT') await delay(50);
          return response;
        },
      });
      const seen: (string | null)[] = [];
      const also: (string | null)[] = [];
      const hear = (value: string | null) => void seen.push(value);
      const unsubscribe = storage.subscribe!('k', hear);
      const unsubscribeAlso = storage.subscribe!('k', (value) => also.push(value));
      assert.equal(await storage.load('k'), 'v1');
      await until(() => server.requests('GET').length >= 3, 'a few polls');
      assert.deepEqual(seen, [], 'nothing changed: nothing reported');
      assert.ok(
        server
          .requests('GET')
          .slice(1)
          .every((r) => r.headers['if-none-match'] === '"1"'),
        'polls carry the known ETag',
      );

      await storage.save('k', 'own write');
      await delay(40);
      assert.deepEqual(seen, [], 'its own write is not reported');

      server.write('k', 'from elsewhere');
      await until(() => seen.length === 1, 'the change to be reported');
      assert.deepEqual(seen, ['from elsewhere']);
      // The next write is checked against the version the poll brought.
      await storage.save('k', 'merged');
      assert.equal(server.requests('PUT').at(-1)?.headers['if-match'], '"3"');

      server.docs.delete('k');
      await until(() => seen.length === 2, 'the removal to be reported');
      assert.deepEqual(seen, ['from elsewhere', null]);
      assert.deepEqual(also, seen, 'every subscriber hears, from one poller');

      unsubscribeAlso();
      unsubscribe();
      unsubscribe();
      await delay(30);
      const polls = server.requests('GET').length;
      server.write('k', 'after unsubscribe');
      await delay(50);
      assert.equal(server.requests('GET').length, polls, 'no more polls');
      assert.deepEqual(seen, ['from elsewhere', null]);

      // Subscribing again starts polling again.
      const unsubscribeAgain = storage.subscribe!('k', hear);
      t.after(unsubscribeAgain);
      await until(() => seen.length === 3, 'the change to be reported after subscribing again');
      assert.deepEqual(seen, ['from elsewhere', null, 'after unsubscribe']);
    });

    test('does not poll while offline or while a write of the key is queued', async (t) => {
      const server = await TestServer.start(t);
      const online = new FakeOnline();
      const storage = storageOn(server, { pollMs: 10, online });
      online.online = false;
      const seen: (string | null)[] = [];
      const unsubscribe = storage.subscribe!('k', (value) => seen.push(value));
      t.after(unsubscribe);
      await rejection(storage.save('k', 'queued'));
      server.write('k', 'elsewhere');
      await delay(50);
      assert.equal(server.seen.length, 0);
      online.online = true; // no `online` event: the write stays queued, so polls stay off
      await delay(50);
      assert.equal(server.seen.length, 0);
      assert.deepEqual(seen, []);
    });
  });
});
