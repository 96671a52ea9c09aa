/**
 * The HTTP storage adapter's `subscribe`: one poller per key, shared by its listeners, asking the server every
 * `pollMs` whether the document changed (`If-None-Match`), in the key's lane so that a poll never overtakes a write.
 * A live channel (http-live.ts) asks for the same check at once when the server says a document changed, and
 * pauses the timed polls while it is open.
 */
import type { StorageAdapter } from './adapter.js';
import { type InLane, type KnownETags, rememberETag } from './http-keys.js';
import { type Request, timers } from './http-request.js';
import { isSuccess } from './http-status.js';

interface Poller {
  readonly listeners: Set<(value: string | null) => void>;
  timer?: unknown;
}

/** What polling needs of the adapter. */
export interface PollingSettings {
  readonly pollMs: number;
  readonly isOnline: () => boolean;
  /** Whether a write of the key waits for the network. */
  readonly isQueued: (key: string) => boolean;
  readonly known: KnownETags;
  readonly once: Request;
  readonly inLane: InLane;
  /** While it returns true, the timed polls are skipped (a live channel is open). */
  readonly paused?: () => boolean;
}

/** Polling, and what a live channel needs of it. */
export interface Polling {
  readonly subscribe: NonNullable<StorageAdapter['subscribe']>;
  /** Checks the key now (one conditional GET in its lane), as a timed poll does; nothing when not subscribed. */
  check(key: string): Promise<void>;
  /** The keys with listeners. */
  keys(): string[];
  /** Called with the number of subscribed keys whenever it changes. */
  onKeys?: (count: number) => void;
}

export function createSubscribe(settings: PollingSettings): NonNullable<StorageAdapter['subscribe']> {
  return createPolling(settings).subscribe;
}

export function createPolling(settings: PollingSettings): Polling {
  const { pollMs, isOnline, isQueued, known, once, inLane, paused } = settings;
  const pollers = new Map<string, Poller>();

  async function poll(key: string, poller: Poller): Promise<void> {
    if (!isOnline() || isQueued(key)) return;
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
      rememberETag(known, key, response);
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
    if (pollMs <= 0) return;
    const tick = () => {
      void inLane(key, () => (paused?.() ? Promise.resolve() : poll(key, poller)))
        .catch(() => undefined)
        .then(() => {
          if (pollers.get(key) === poller) poller.timer = timers.setTimeout(tick, pollMs);
        });
    };
    poller.timer = timers.setTimeout(tick, pollMs);
  }

  const polling: Polling = {
    subscribe,
    check(key) {
      const poller = pollers.get(key);
      return poller ? inLane(key, () => poll(key, poller)).catch(() => undefined) : Promise.resolve();
    },
    keys: () => [...pollers.keys()],
  };

  function subscribe(key: string, onChange: (value: string | null) => void): () => void {
    let poller = pollers.get(key);
    if (!poller) {
      poller = { listeners: new Set() };
      pollers.set(key, poller);
      startPolling(key, poller);
      polling.onKeys?.(pollers.size);
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
      polling.onKeys?.(pollers.size);
    };
  }

  return polling;
}
