/**
 * A {@link StorageAdapter} over HTTP, for hosts that keep the widgets' documents on their own back end.
 *
 * ## The server's side of the contract
 *
 * One document per storage key, at the URL that `options.url(key)` returns. Keys contain `:` and the like, so
 * the host encodes them: `url: (key) => '/api/coop-widgets/' + encodeURIComponent(key)`. A document is opaque
 * JSON text: the server stores it and gives it back byte for byte, it never needs to parse it. Each document has
 * an ETag, a version tag that changes on every write: a counter or a hash of the text, quoted (`"17"`).
 *
 * - `GET <url>` → `200` with the text as the body and its `ETag` header, or `404` when nothing is stored under that key.
 *   With `If-None-Match: <etag>` (polling), `304` and no body when the ETag is still that one.
 * - `PUT <url>` (body: the text, `Content-Type: application/json`) → stores it and answers `200`, `201` or `204`
 *   with the new `ETag` header.
 * - `DELETE <url>` → `204` (or `200`) when deleted; `404` when there was nothing, which the adapter takes as
 *   success.
 * - Preconditions, on PUT and DELETE alike (one function on the server): with `If-Match: <etag>`, answer `412`
 *   and change nothing unless the document exists with exactly that ETag; with `If-None-Match: *`, answer `412`
 *   and change nothing if the document exists. Without either, write unconditionally (a key the adapter never
 *   read). A `409` is taken as a `412`.
 * - `401` / `403` when the user may not read or write the document (never retried); `5xx`, `408` and `429` are
 *   taken as passing trouble and retried with back-off.
 * - Every request carries the headers `options.headers()` returns (an `Authorization` header, say). It is called
 *   for each request, so a refreshed token is picked up.
 *
 * Checklist for the server:
 * - Send the `ETag` header on every `200` GET and every successful PUT, and compare ETags as exact strings.
 *   Without it the adapter cannot tell a stale write from a fresh one and writes unconditionally. A proxy that
 *   compresses responses may weaken `"17"` into `W/"17"`: keep it from doing so, or strip `W/` before comparing.
 * - Answer GET with `Cache-Control: no-store` (the adapter asks fetch for `no-store` too), so that no cache in
 *   between serves an old version.
 * - A back end on another origin answers CORS preflights: methods `GET, PUT, DELETE`; request headers
 *   `Content-Type, If-Match, If-None-Match` and the host's own (`Authorization`); and
 *   `Access-Control-Expose-Headers: ETag` — without it the browser hides the ETag from the adapter.
 *
 * ## What the adapter does
 *
 * - It remembers, per key, the ETag it last read or wrote, or that the document was absent, and sends it as the
 *   precondition of the next write: a write never overwrites a version this page has not seen. Calls for one key
 *   run one after another, so that a save waits for the ETag of the save before it.
 * - Conflict (`409` / `412`): `save` / `remove` reject with a `conflict` StorageError, nothing is retried or
 *   overwritten, and the local text is kept aside (the latest per key) until `resolveConflict(key, 'mine')`
 *   writes it over the server's current version, `resolveConflict(key, 'theirs')` drops it and returns the
 *   server's text, or a later write of the key succeeds (after a `load`, which takes the server's ETag).
 * - Offline (`options.online` says so) or network failure (after the retries; also `5xx` / `408` / `429` after the
 *   retries): the write is queued, the latest per key wins, and `save` / `remove` still reject, with an
 *   `unavailable` StorageError, so that the widget says "not saved yet". The queue is sent, in the order of each
 *   key's latest write, when `options.online` fires `online` and when `flush()` is called; a later write of the
 *   same key that reaches the server replaces it. Sending it is not reported to subscribers (`subscribe`
 *   reports changes made elsewhere only): `pending()` says what is still waiting. The queue lives in memory:
 *   what is still queued when the page closes is lost.
 * - `load` of a key with a queued write returns the queued text (a page reads its own writes), with no request.
 * - Time limit: a request (response body included) that takes longer than `timeoutMs` (default 20 s) is aborted
 *   and counts as a network failure. Writes of at most KEEPALIVE_MAX_BYTES, and deletes, are sent with
 *   `keepalive`, so that a save made as the page closes still reaches the server.
 * - Retries: a failed request is tried again up to `retries` times, after `backoffMs`, then twice that, and so
 *   on, each delay plus up to half of it at random (`random`, defaults to `Math.random`; a function returning 0
 *   disables the jitter).
 * - Errors: network failure or offline → `unavailable`; `401` / `403` → `denied`; `409` / `412` on a write →
 *   `conflict`; anything else → `unknown`. The StorageError's `cause` says what happened (the fetch error, or an
 *   Error naming the method and status).
 * - `subscribe` exists when `pollMs > 0`: every `pollMs`, while online and with nothing queued for the key, one
 *   GET with `If-None-Match: <etag>`; on a `200` with another ETag the listeners get the new text, on a `404` of
 *   a document that was there they get `null`. Polling failures are ignored (the next poll tries again). The
 *   ETag a poll brings becomes the one the next write is checked against, as the widget merges what it is told.
 *
 * Everything the adapter needs of the browser comes in through the options (`fetch`, `online`), so that the core
 * stays free of the DOM; the global `fetch` is the default.
 */
import { StorageError, type StorageAdapter, type StorageErrorReason } from './adapter.js';

/** What the adapter reads of a fetch `Response`. */
export interface HttpResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** What the adapter passes to fetch. */
export interface HttpRequestInit {
  method: 'GET' | 'PUT' | 'DELETE';
  headers: Record<string, string>;
  body?: string;
  cache: 'no-store';
  /**
   * On writes of at most {@link KEEPALIVE_MAX_BYTES}: the browser finishes the request even if the page closes
   * meanwhile (a save made on `pagehide` reaches the server).
   */
  keepalive?: boolean;
  // With a `timeoutMs`, the adapter also passes `signal`, an AbortSignal aborted when the request takes too long
  // (left out of this type: the core's types have no AbortSignal, and the global fetch must fit HttpFetch).
}

/** The part of `fetch` the adapter uses; the global `fetch` fits it. */
export type HttpFetch = (url: string, init: HttpRequestInit) => Promise<HttpResponseLike>;

/**
 * Whether the browser thinks it is online, and the events that say it changed: the browser's online flag and
 * the `online` / `offline` events of the page's global object. The adapter only listens to `online`.
 */
export interface OnlineSource {
  isOnline(): boolean;
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

export interface HttpStorageOptions {
  /** The document's URL for a storage key; encode the key (`encodeURIComponent`). */
  url: (key: string) => string;
  /** Headers for every request (authentication); called once per request, may be async. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Defaults to the global `fetch`. */
  fetch?: HttpFetch;
  /** How many times a failed request is tried again; default 3. */
  retries?: number;
  /** The first delay before trying again, doubled each time; default 500 ms. */
  backoffMs?: number;
  /** Returns a number in [0, 1) for the jitter of the back-off; default `Math.random`. */
  random?: () => number;
  /** Where the online state comes from; without it the adapter assumes it is online. */
  online?: OnlineSource;
  /** How often `subscribe` polls the server, in ms; 0 (the default) leaves `subscribe` out. */
  pollMs?: number;
  /**
   * How long one request may take, response body included, before it counts as a network failure (then tried
   * again, or queued); default 20,000 ms, 0 for no limit. A server or proxy that never answers would otherwise
   * hold every later write of the key.
   */
  timeoutMs?: number;
}

/**
 * The largest write sent with `keepalive` (UTF-8 bytes). Browsers allow 64 KiB of keepalive bodies in flight per
 * page: half of it, so that two widgets saving as the page closes both fit. A larger write is sent without it.
 */
export const KEEPALIVE_MAX_BYTES = 32 * 1024;

/** An HTTP {@link StorageAdapter} with a queue of writes waiting for the network and conflicts set aside. */
export interface HttpStorage extends StorageAdapter {
  /** How many writes (at most one per key) wait for the network. */
  pending(): number;
  /**
   * Sends the queued writes, in order. Resolves when all reached the server; rejects with the first
   * StorageError otherwise. A network failure stops it (that write and the rest stay queued); a write that
   * conflicts is set aside (see `resolveConflict`), one that the server refuses is dropped, and it goes on.
   */
  flush(): Promise<void>;
  /**
   * Settles a conflict on `key`, once the server's current version has been read again. `'mine'` writes the
   * text set aside by the conflict over it (rejects without a conflict to resolve; rejects with `conflict`
   * again if the document changed once more) and returns that text; `'theirs'` drops the local change (set aside
   * or queued) and returns the server's text, `null` when nothing is stored.
   */
  resolveConflict(key: string, choice: 'mine' | 'theirs'): Promise<string | null>;
}

/** `setTimeout` and `clearTimeout`, which the core's library types leave out. */
interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A write: the text to put, or `null` to delete. `seq` orders writes across the queue and the conflicts. */
interface Write {
  readonly seq: number;
  readonly text: string | null;
}

/** What one request gave: a response and its body, or the error the network (fetch) threw. */
type Outcome = { response: HttpResponseLike; body: string } | { error: unknown };

interface Poller {
  readonly listeners: Set<(value: string | null) => void>;
  timer?: unknown;
}

const isSuccess = (status: number) => status >= 200 && status < 300;
const isConflict = (status: number) => status === 409 || status === 412;
const isTransient = (status: number) => status >= 500 || status === 408 || status === 429;

function reasonFor(status: number): StorageErrorReason {
  return status === 401 || status === 403 ? 'denied' : 'unknown';
}

function count(value: number | undefined, fallback: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.max(0, value);
}

/** The UTF-8 size of `text` (the core's types have no TextEncoder). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** `extra` over `base`, dropping the base's headers of the same name whatever their case. */
function mergeHeaders(base: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  const names = new Set(Object.keys(extra).map((name) => name.toLowerCase()));
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (!names.has(name.toLowerCase())) merged[name] = value;
  return { ...merged, ...extra };
}

export function createHttpStorage(options: HttpStorageOptions): HttpStorage {
  const retries = Math.floor(count(options.retries, 3));
  const backoffMs = count(options.backoffMs, 500);
  const pollMs = count(options.pollMs, 0);
  const timeoutMs = count(options.timeoutMs, 20_000);
  const random = options.random ?? Math.random;
  const { online } = options;
  const timers = globalThis as unknown as Timers;

  /** Per key: the ETag last read or written, `null` when the document is known to be absent; no entry: unknown. */
  const known = new Map<string, string | null>();
  /** Writes waiting for the network, the latest per key, in the order of each key's latest write. */
  const queue = new Map<string, Write>();
  /** Writes that met a conflict, the latest per key, until resolved. */
  const conflicts = new Map<string, Write>();
  /** The tail of each key's chain of calls. */
  const lanes = new Map<string, Promise<void>>();
  const pollers = new Map<string, Poller>();
  let lastSeq = 0;
  let flushing: Promise<void> | undefined;

  const isOnline = () => online?.isOnline() ?? true;
  const sleep = (ms: number) => new Promise<void>((resolve) => timers.setTimeout(resolve, ms));

  /** Runs `work` once the key's previous calls are done, so that each one starts from the last one's ETag. */
  function inLane<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (lanes.get(key) ?? Promise.resolve()).then(work);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    lanes.set(key, tail);
    void tail.then(() => {
      if (lanes.get(key) === tail) lanes.delete(key);
    });
    return run;
  }

  /** One request. A failing `url` or `headers` rejects with an `unknown` StorageError: no retry will help. */
  async function once(
    method: HttpRequestInit['method'],
    key: string,
    conditions: Record<string, string>,
    body?: string,
  ): Promise<Outcome> {
    let url: string;
    let headers: Record<string, string>;
    try {
      url = options.url(key);
      const extra = body === undefined ? conditions : { ...conditions, 'Content-Type': 'application/json' };
      headers = mergeHeaders((await options.headers?.()) ?? {}, extra);
    } catch (error) {
      throw new StorageError('unknown', 'The request for storage could not be prepared.', { cause: error });
    }
    const fetcher = options.fetch ?? (globalThis as { fetch?: HttpFetch }).fetch;
    if (!fetcher) return { error: new Error('There is no fetch here.') };
    const init: HttpRequestInit = { method, headers, cache: 'no-store' };
    if (body !== undefined) {
      init.body = body;
      if (utf8Bytes(body) <= KEEPALIVE_MAX_BYTES) init.keepalive = true;
    }
    if (method === 'DELETE') init.keepalive = true;
    const Controller = (globalThis as { AbortController?: new () => { signal: unknown; abort(): void } })
      .AbortController;
    const controller = timeoutMs > 0 && Controller ? new Controller() : undefined;
    const request = (controller ? { ...init, signal: controller.signal } : init) as HttpRequestInit;
    let timer: unknown;
    // The limit holds even for a host's fetch that ignores the signal.
    const timedOut = new Promise<never>((_, reject) => {
      if (timeoutMs > 0)
        timer = timers.setTimeout(() => {
          controller?.abort();
          reject(new Error(`${method} took longer than ${timeoutMs} ms.`));
        }, timeoutMs);
    });
    try {
      // Called on the global object: the browser's own fetch throws when called on anything else.
      const exchanged = (async () => {
        const response = await fetcher.call(globalThis, url, request);
        // Read every body, so that the connection is free for the next request.
        return { response, body: await response.text() };
      })();
      return await Promise.race([exchanged, timedOut]);
    } catch (error) {
      return { error };
    } finally {
      timers.clearTimeout(timer);
    }
  }

  /** One request, tried again with back-off while the network or the server fails in a passing way. */
  async function exchange(
    method: HttpRequestInit['method'],
    key: string,
    conditions: Record<string, string>,
    body?: string,
  ): Promise<Outcome> {
    for (let attempt = 0; ; attempt++) {
      const outcome = await once(method, key, conditions, body);
      const failed = 'error' in outcome || isTransient(outcome.response.status);
      if (!failed || attempt >= retries) return outcome;
      const delay = backoffMs * 2 ** attempt;
      await sleep(delay + delay * 0.5 * random());
      if (!isOnline()) return outcome;
    }
  }

  /** The precondition of a write: the ETag it must replace, or that nothing may be stored yet. */
  function conditionsFor(key: string): Record<string, string> {
    if (!known.has(key)) return {};
    const etag = known.get(key);
    return etag === null || etag === undefined ? { 'If-None-Match': '*' } : { 'If-Match': etag };
  }

  function rememberETag(key: string, response: HttpResponseLike): string | null {
    const etag = response.headers.get('ETag');
    if (etag) known.set(key, etag);
    else known.delete(key);
    return etag;
  }

  function statusError(method: string, status: number): StorageError {
    return new StorageError(reasonFor(status), undefined, { cause: new Error(`${method} answered HTTP ${status}.`) });
  }

  /** Keeps `write` as the latest of its key in `writes`, unless a later one is there already. */
  function keep(writes: Map<string, Write>, key: string, write: Write): void {
    const current = writes.get(key);
    if (current && current.seq >= write.seq) return;
    writes.delete(key);
    writes.set(key, write);
  }

  /** Forgets what `write` supersedes in `writes`. */
  function drop(writes: Map<string, Write>, key: string, write: Write): void {
    const current = writes.get(key);
    if (current && current.seq <= write.seq) writes.delete(key);
  }

  /** Sends one write (in its key's lane) and files it: done, set aside, queued or dropped. */
  async function send(key: string, write: Write): Promise<void> {
    const method = write.text === null ? 'DELETE' : 'PUT';
    const outcome = await exchange(method, key, conditionsFor(key), write.text ?? undefined);
    if ('error' in outcome) {
      keep(queue, key, write);
      throw new StorageError('unavailable', undefined, { cause: outcome.error });
    }
    const { status } = outcome.response;
    if (isSuccess(status) || (method === 'DELETE' && status === 404)) {
      if (method === 'DELETE') known.set(key, null);
      else rememberETag(key, outcome.response);
      drop(queue, key, write);
      drop(conflicts, key, write);
      return;
    }
    if (isConflict(status)) {
      drop(queue, key, write);
      keep(conflicts, key, write);
      throw new StorageError('conflict', undefined, { cause: new Error(`${method} answered HTTP ${status}.`) });
    }
    if (isTransient(status)) {
      keep(queue, key, write);
      throw new StorageError('unavailable', undefined, { cause: new Error(`${method} answered HTTP ${status}.`) });
    }
    drop(queue, key, write);
    throw statusError(method, status);
  }

  function write(key: string, text: string | null): Promise<void> {
    const entry: Write = { seq: ++lastSeq, text };
    if (!isOnline()) {
      keep(queue, key, entry);
      return Promise.reject(new StorageError('unavailable'));
    }
    return inLane(key, () => send(key, entry));
  }

  /** Reads the document from the server, remembering its ETag (or that it is absent). */
  async function read(key: string): Promise<string | null> {
    if (!isOnline()) throw new StorageError('unavailable');
    const outcome = await exchange('GET', key, {});
    if ('error' in outcome) throw new StorageError('unavailable', undefined, { cause: outcome.error });
    const { response, body } = outcome;
    if (response.status === 404) {
      known.set(key, null);
      return null;
    }
    if (!isSuccess(response.status)) throw statusError('GET', response.status);
    rememberETag(key, response);
    return body;
  }

  async function drain(): Promise<void> {
    const tried = new Set<string>();
    let firstError: unknown;
    for (;;) {
      const key = [...queue.keys()].find((k) => !tried.has(k));
      if (key === undefined) break;
      tried.add(key);
      if (!isOnline()) throw new StorageError('unavailable');
      try {
        await inLane(key, async () => {
          // Read now: a write made while this one waited for the lane may have replaced or sent it.
          const entry = queue.get(key);
          if (entry) await send(key, entry);
        });
      } catch (error) {
        // The network (or the server) is down again: the rest waits for the next `online`.
        if (error instanceof StorageError && error.reason === 'unavailable') throw error;
        firstError ??= error;
      }
    }
    if (firstError !== undefined) throw firstError;
  }

  function flush(): Promise<void> {
    flushing ??= drain().finally(() => {
      flushing = undefined;
    });
    return flushing;
  }

  async function poll(key: string, poller: Poller): Promise<void> {
    if (!isOnline() || queue.has(key)) return;
    const etag = known.get(key);
    const outcome = await once('GET', key, etag ? { 'If-None-Match': etag } : {});
    if ('error' in outcome || pollers.get(key) !== poller) return;
    const { response, body } = outcome;
    let value: string | null;
    if (response.status === 404) {
      if (etag === null) return;
      known.set(key, null);
      value = null;
    } else if (response.status !== 304 && isSuccess(response.status)) {
      // A server that ignores If-None-Match answers 200 with the same ETag: nothing changed.
      if (etag && response.headers.get('ETag') === etag) return;
      rememberETag(key, response);
      value = body;
    } else {
      return;
    }
    for (const listener of [...poller.listeners]) {
      try {
        listener(value);
      } catch (error) {
        // A listener's bug is reported as such, not taken for a failed poll; the other listeners still hear.
        void Promise.reject(error);
      }
    }
  }

  function startPolling(key: string, poller: Poller): void {
    const tick = () => {
      void inLane(key, () => poll(key, poller))
        .catch(() => undefined)
        .then(() => {
          if (pollers.get(key) === poller) poller.timer = timers.setTimeout(tick, pollMs);
        });
    };
    poller.timer = timers.setTimeout(tick, pollMs);
  }

  online?.addEventListener('online', () => {
    flush().catch(() => undefined);
  });

  const storage: HttpStorage = {
    load(key) {
      return inLane(key, async () => {
        const queued = queue.get(key);
        if (queued) return queued.text;
        return read(key);
      });
    },
    save: (key, text) => write(key, text),
    remove: (key) => write(key, null),
    pending: () => queue.size,
    flush,
    resolveConflict(key, choice) {
      return inLane(key, async () => {
        const theirs = await read(key);
        const mine = conflicts.get(key);
        if (choice === 'theirs') {
          conflicts.delete(key);
          queue.delete(key);
          return theirs;
        }
        if (!mine) throw new StorageError('unknown', 'There is no conflict to resolve for this key.');
        await send(key, mine);
        return mine.text;
      });
    },
  };

  if (pollMs > 0) {
    storage.subscribe = (key, onChange) => {
      let poller = pollers.get(key);
      if (!poller) {
        poller = { listeners: new Set() };
        pollers.set(key, poller);
        startPolling(key, poller);
      }
      const current = poller;
      // A wrapper, so that subscribing the same function twice gives two independent subscriptions.
      const listener = (value: string | null) => onChange(value);
      current.listeners.add(listener);
      return () => {
        current.listeners.delete(listener);
        if (current.listeners.size || pollers.get(key) !== current) return;
        pollers.delete(key);
        timers.clearTimeout(current.timer);
      };
    };
  }

  return storage;
}
