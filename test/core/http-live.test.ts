/**
 * The HTTP adapter's live channel (http-live.ts), with a fake fetch and an EventSource the test drives: the stream
 * opens with the first subscription and closes with the last, a `change` event is read at once (unless it is the
 * ETag the adapter holds), paths match whatever the URL's host or prefix, polls pause while the stream is open,
 * and a refused stream is tried again while polling carries on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHttpStorage, type HttpFetch, type HttpRequestInit } from '../../src/core/storage/http.js';
import { livePath } from '../../src/core/storage/http-live.js';

type Listener = (event: { data?: unknown }) => void;

class FakeSource {
  static all: FakeSource[] = [];
  readyState = 0;
  closed = false;
  readonly listeners = new Map<string, Listener[]>();
  constructor(readonly url: string) {
    FakeSource.all.push(this);
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  fire(type: string, data?: string) {
    if (type === 'open') this.readyState = 1;
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
}

/** A document store behind a fetch, counting GETs. */
function backend() {
  const docs = new Map<string, { text: string; etag: string }>();
  let version = 0;
  const gets: string[] = [];
  const fetch: HttpFetch = async (url: string, init: HttpRequestInit) => {
    const path = url.replace('https://api.example', '');
    const doc = docs.get(path);
    const respond = (status: number, text = '', etag?: string) => ({
      status,
      headers: { get: (name: string) => (name.toLowerCase() === 'etag' ? (etag ?? null) : null) },
      text: async () => text,
    });
    if (init.method === 'GET') {
      gets.push(path);
      if (!doc) return respond(404);
      if (init.headers['If-None-Match'] === doc.etag) return respond(304, '', doc.etag);
      return respond(200, doc.text, doc.etag);
    }
    const etag = `"${++version}"`;
    docs.set(path, { text: init.body ?? '', etag });
    return respond(201, '', etag);
  };
  /** A write made by someone else. */
  const writeElsewhere = (path: string, text: string) => {
    const etag = `"${++version}"`;
    docs.set(path, { text, etag });
    return etag;
  };
  return { fetch, gets, writeElsewhere };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Waits until `done()` holds (a bound, not a measure: fails only if it never does). */
async function until(done: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('It never happened.');
    await tick();
  }
}

function storageWith(server: ReturnType<typeof backend>, pollMs = 0, prefix = 'https://api.example/base/docs/') {
  FakeSource.all = [];
  return createHttpStorage({
    url: (key) => prefix + encodeURIComponent(key),
    fetch: server.fetch,
    retries: 0,
    pollMs,
    live: { url: () => 'https://api.example/events?access_token=t', EventSource: FakeSource },
  });
}

test('livePath drops scheme, host, query and fragment, and decodes', () => {
  assert.equal(livePath('https://h.example:8080/a/b%3Ac?x=1#y'), '/a/b:c');
  assert.equal(livePath('/a/b%3Ac'), '/a/b:c');
  assert.equal(livePath('/a/%E0%A4%A'), '/a/%E0%A4%A', 'a path that does not decode is kept as it is');
});

test('opens one stream with the first subscription, closes it with the last', () => {
  const storage = storageWith(backend());
  const stopA = storage.subscribe!('a', () => undefined);
  const stopB = storage.subscribe!('b', () => undefined);
  assert.equal(FakeSource.all.length, 1);
  assert.equal(FakeSource.all[0]!.url, 'https://api.example/events?access_token=t');
  stopA();
  assert.equal(FakeSource.all[0]!.closed, false);
  stopB();
  assert.equal(FakeSource.all[0]!.closed, true);
});

test("reads a changed document at once, matching the event's path to the key, skipping its own ETag", async () => {
  const server = backend();
  const storage = storageWith(server);
  await storage.save('coop:k', '"mine"');
  const heard: (string | null)[] = [];
  const stop = storage.subscribe!('coop:k', (value) => heard.push(value));
  const source = FakeSource.all[0]!;
  source.fire('open');
  await tick();
  const etag = server.writeElsewhere('/base/docs/coop%3Ak', '"theirs"');
  // The server's path, without the portal's prefix and encoded its own way, still matches.
  source.fire('change', JSON.stringify({ path: '/docs/coop:k', etag }));
  await tick();
  assert.deepEqual(heard, ['"theirs"']);
  const gets = server.gets.length;
  source.fire('change', JSON.stringify({ path: '/docs/coop%3Ak', etag }));
  source.fire('change', JSON.stringify({ path: '/docs/other', etag: '"99"' }));
  source.fire('change', 'not json');
  await tick();
  assert.equal(server.gets.length, gets, 'no read for an ETag it holds, another document or a bad event');
  assert.deepEqual(heard, ['"theirs"']);
  stop();
});

test('pauses the timed polls while the stream is open, and polls again when it is down', async () => {
  const server = backend();
  const storage = storageWith(server, 10);
  await storage.load('k');
  const stop = storage.subscribe!('k', () => undefined);
  const source = FakeSource.all[0]!;
  source.fire('open');
  await tick();
  const afterOpen = server.gets.length;
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.equal(server.gets.length, afterOpen, 'no poll while the stream is open');
  source.readyState = 0;
  source.fire('error');
  await until(() => server.gets.length > afterOpen + 1);
  stop();
});

test('tries a refused stream again later, and checks every key when it opens', async () => {
  const server = backend();
  const storage = storageWith(server);
  await storage.load('k');
  const heard: (string | null)[] = [];
  const stop = storage.subscribe!('k', (value) => heard.push(value));
  const first = FakeSource.all[0]!;
  first.readyState = 2;
  first.fire('error');
  assert.equal(first.closed, true);
  server.writeElsewhere('/base/docs/k', '"meanwhile"');
  await until(() => FakeSource.all.length > 1);
  const second = FakeSource.all[1]!;
  assert.deepEqual(heard, [], 'nothing heard while no stream is open and no polling is asked for');
  second.fire('open');
  await until(() => heard.length > 0);
  stop();
  assert.deepEqual(heard, ['"meanwhile"'], 'what changed while it was down');
});

test('without an EventSource, subscribe polls as before', async () => {
  const server = backend();
  const storage = createHttpStorage({
    url: (key) => `https://api.example/base/docs/${key}`,
    fetch: server.fetch,
    pollMs: 10,
    live: { url: () => 'https://api.example/events' },
  });
  await storage.load('k');
  const heard: (string | null)[] = [];
  const stop = storage.subscribe!('k', (value) => heard.push(value));
  server.writeElsewhere('/base/docs/k', '"polled"');
  await until(() => heard.length > 0);
  stop();
  assert.deepEqual(heard, ['"polled"']);
});
