/**
 * The HTTP storage adapter's live channel: one Server-Sent Events stream (`options.live`) for all the subscribed
 * keys, opened with the first subscription and closed with the last. The server sends `event: change` with
 * `{ "path", "etag" }` when a document changes; the adapter matches `path` against `url(key)` of each subscribed
 * key and checks that key at once (the same conditional GET as a poll, in the key's lane), unless `etag` is the
 * one it already holds (its own write). While the stream is open the timed polls pause; when it opens (again),
 * every subscribed key is checked, for what changed while it was down. Without an EventSource (none given, none
 * global) or while the stream is down, polling goes on as without `live`.
 *
 * The core has no DOM types: the EventSource is typed by what the adapter uses of it (http-types.ts).
 */
import type { KnownETags } from './http-keys.js';
import type { Polling } from './http-polling.js';
import { timers } from './http-request.js';
import type { HttpLiveOptions, LiveEventSource, LiveEventSourceConstructor } from './http-types.js';

const CLOSED = 2;

/** The path of a URL, decoded, without scheme, host, query or fragment; so that two spellings compare equal. */
export function livePath(url: string): string {
  const path = url.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*/, '').replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export interface LiveSettings {
  readonly live: HttpLiveOptions;
  readonly url: (key: string) => string;
  readonly known: KnownETags;
}

export interface LiveChannel {
  /** Whether the stream is open (the timed polls pause meanwhile). */
  isOpen(): boolean;
  /** Wires the channel to the pollers: it opens with the first subscribed key and closes with the last. */
  attach(polling: Polling): void;
}

export function createLiveChannel(settings: LiveSettings): LiveChannel {
  const { live, url, known } = settings;
  const Source =
    live.EventSource ?? (globalThis as { EventSource?: LiveEventSourceConstructor }).EventSource ?? undefined;
  let source: LiveEventSource | undefined;
  let open = false;
  let retryMs = 1000;
  let retryTimer: unknown;
  let polling: Polling | undefined;

  function onChange(data: unknown): void {
    if (!polling || typeof data !== 'string') return;
    let change: { path?: unknown; etag?: unknown };
    try {
      change = JSON.parse(data) as typeof change;
    } catch {
      return;
    }
    if (typeof change.path !== 'string') return;
    const changed = livePath(change.path);
    for (const key of polling.keys()) {
      let mine: string;
      try {
        mine = livePath(url(key));
      } catch {
        continue;
      }
      if (mine !== changed && !mine.endsWith(changed)) continue;
      if (typeof change.etag === 'string' && known.get(key) === change.etag) continue;
      void polling.check(key);
    }
  }

  function connect(): void {
    if (!Source || source) return;
    let created: LiveEventSource;
    try {
      created = new Source(live.url(), live.withCredentials ? { withCredentials: true } : undefined);
    } catch {
      return schedule();
    }
    source = created;
    created.addEventListener('open', () => {
      if (source !== created) return;
      open = true;
      retryMs = 1000;
      // What changed while the stream was down (or before it opened).
      for (const key of polling?.keys() ?? []) void polling?.check(key);
    });
    created.addEventListener('change', (event) => {
      if (source === created) onChange(event.data);
    });
    created.addEventListener('error', () => {
      if (source !== created) return;
      open = false;
      // A stream the server refused (or ended for good) is not retried by the browser: try again later.
      if (created.readyState === CLOSED) {
        created.close();
        source = undefined;
        schedule();
      }
    });
  }

  function schedule(): void {
    timers.clearTimeout(retryTimer);
    retryTimer = timers.setTimeout(() => {
      retryTimer = undefined;
      if (polling?.keys().length) connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, 60_000);
  }

  function disconnect(): void {
    timers.clearTimeout(retryTimer);
    retryTimer = undefined;
    source?.close();
    source = undefined;
    open = false;
  }

  return {
    isOpen: () => open,
    attach(target) {
      polling = target;
      target.onKeys = (count) => (count > 0 ? connect() : disconnect());
    },
  };
}
