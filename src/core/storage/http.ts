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
 *   and change nothing if the document exists. Without either, write unconditionally. A `409` is taken as a `412`.
 *   Recommended: a PUT whose precondition fails but whose body is byte for byte the stored text answers `200` with
 *   the current ETag and changes nothing — the retry of a write carried out once, whose answer was lost, is then a
 *   success and not a conflict with itself (coop-widgets-server does so).
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
 *   precondition of the next write: a write never overwrites a version this page has not seen. A key it never
 *   read is written as absent (`If-None-Match: *`), so that a try the server carries out late, after its client
 *   gave up on it, fails instead of overwriting the writes that followed; a delete of such a key, and writes after
 *   an answer with no ETag, go unconditionally. Calls for one key run one after another, so that a save waits for
 *   the ETag of the save before it.
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
 * - `subscribe` exists when `pollMs > 0` or `live` is set. With `live` (a Server-Sent Events stream the server
 *   offers, http-live.ts), a change announced on the stream is read at once and the timed polls pause while the
 *   stream is open. Polling: every `pollMs`, while online and with nothing queued for the key, one
 *   GET with `If-None-Match: <etag>`; on a `200` with another ETag the listeners get the new text, on a `404` of
 *   a document that was there they get `null`. Polling failures are ignored (the next poll tries again). The
 *   ETag a poll brings becomes the one the next write is checked against, as the widget merges what it is told.
 *
 * Everything the adapter needs of the browser comes in through the options (`fetch`, `online`), so that the core
 * stays free of the DOM; the global `fetch` is the default.
 *
 * This file holds the adapter's reads, writes, queue and conflicts. The public types are in http-types.ts, the
 * requests (headers, time limit, retries) in http-request.ts, the per-key ETags, writes and lanes in
 * http-keys.ts, `subscribe` in http-polling.ts, its live channel in http-live.ts and the meaning of a status in
 * http-status.ts.
 */
import { StorageError } from './adapter.js';
import { conditionsFor, createLanes, drop, keep, rememberETag, type KnownETags, type Write } from './http-keys.js';
import { createLiveChannel } from './http-live.js';
import { createPolling } from './http-polling.js';
import { createRequests } from './http-request.js';
import { count, isConflict, isSuccess, isTransient, statusError } from './http-status.js';
import type { HttpStorage, HttpStorageOptions } from './http-types.js';

export { KEEPALIVE_MAX_BYTES } from './http-types.js';
export type {
  HttpFetch,
  HttpRequestInit,
  HttpResponseLike,
  HttpLiveOptions,
  HttpStorage,
  HttpStorageOptions,
  LiveEventSource,
  LiveEventSourceConstructor,
  OnlineSource,
} from './http-types.js';

export function createHttpStorage(options: HttpStorageOptions): HttpStorage {
  const retries = Math.floor(count(options.retries, 3));
  const backoffMs = count(options.backoffMs, 500);
  const pollMs = count(options.pollMs, 0);
  const timeoutMs = count(options.timeoutMs, 20_000);
  const random = options.random ?? Math.random;
  const { online } = options;

  const known: KnownETags = new Map();
  /** Writes waiting for the network, the latest per key, in the order of each key's latest write. */
  const queue = new Map<string, Write>();
  /** Writes that met a conflict, the latest per key, until resolved. */
  const conflicts = new Map<string, Write>();
  const inLane = createLanes();
  let lastSeq = 0;
  let flushing: Promise<void> | undefined;

  const isOnline = () => online?.isOnline() ?? true;
  const { once, exchange } = createRequests({ options, retries, backoffMs, timeoutMs, random, isOnline });

  /** Sends one write (in its key's lane) and files it: done, set aside, queued or dropped. */
  async function send(key: string, write: Write): Promise<void> {
    const method = write.text === null ? 'DELETE' : 'PUT';
    const outcome = await exchange(method, key, conditionsFor(known, key, method), write.text ?? undefined);
    if ('error' in outcome) {
      keep(queue, key, write);
      throw new StorageError('unavailable', undefined, { cause: outcome.error });
    }
    const { status } = outcome.response;
    if (isSuccess(status) || (method === 'DELETE' && status === 404)) {
      if (method === 'DELETE') known.set(key, null);
      else rememberETag(known, key, outcome.response);
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
    rememberETag(known, key, response);
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

  if (pollMs > 0 || options.live) {
    const live = options.live && createLiveChannel({ live: options.live, url: (key) => options.url(key), known });
    const polling = createPolling({
      pollMs,
      isOnline,
      isQueued: (key) => queue.has(key),
      known,
      once,
      inLane,
      paused: () => live?.isOpen() ?? false,
    });
    live?.attach(polling);
    storage.subscribe = polling.subscribe;
  }

  return storage;
}
