/**
 * The HTTP storage adapter's public types and options, and the keepalive size limit: what a host writes against.
 * The adapter itself, and the contract it asks of the server, are in http.ts.
 */
import type { StorageAdapter } from './adapter.js';

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

/** What the adapter uses of an `EventSource`; the browser's fits it. `readyState` 2 is CLOSED. */
export interface LiveEventSource {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

/** The `EventSource` constructor, or one that behaves like it (tests, Node before 22). */
export type LiveEventSourceConstructor = new (url: string, init?: { withCredentials?: boolean }) => LiveEventSource;

/**
 * A live channel offered by the server: a Server-Sent Events stream whose `change` events carry
 * `{ "path": <the document's URL path>, "etag": <its new ETag, or null when deleted> }` (coop-widgets-server's
 * `/api/workshops/{w}/events`). See http-live.ts.
 */
export interface HttpLiveOptions {
  /** The stream's URL; called at each connection, so that a refreshed token is picked up. */
  url: () => string;
  /** Defaults to the global `EventSource`; without either, the adapter polls (`pollMs`). */
  EventSource?: LiveEventSourceConstructor;
  /** Sends cookies with the stream's request (another origin's session cookie). */
  withCredentials?: boolean;
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
  /** How often `subscribe` polls the server, in ms; 0 (the default) leaves `subscribe` out unless `live` is set. */
  pollMs?: number;
  /**
   * The server's live channel: `subscribe` then hears of another client's change as soon as it is made, and
   * polls (every `pollMs`, when above 0) only while the channel is down or where there is no `EventSource`.
   */
  live?: HttpLiveOptions;
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
