/**
 * The HTTP storage adapter's `subscribe`: one poller per key, shared by its listeners, asking the server every
 * `pollMs` whether the document changed (`If-None-Match`), in the key's lane so that a poll never overtakes a write.
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
}

export function createSubscribe(settings: PollingSettings): NonNullable<StorageAdapter['subscribe']> {
  const { pollMs, isOnline, isQueued, known, once, inLane } = settings;
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
    const tick = () => {
      void inLane(key, () => poll(key, poller))
        .catch(() => undefined)
        .then(() => {
          if (pollers.get(key) === poller) poller.timer = timers.setTimeout(tick, pollMs);
        });
    };
    poller.timer = timers.setTimeout(tick, pollMs);
  }

  return (key, onChange) => {
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
