/**
 * The HTTP storage adapter's requests: one request with its headers, keepalive and time limit (`once`), and the
 * same tried again with back-off while the network or the server fails in a passing way (`exchange`). What the
 * network throws comes back as an outcome, not as an error: the caller decides whether a write is queued.
 */
import { StorageError } from './adapter.js';
import { isTransient, mergeHeaders, utf8Bytes } from './http-status.js';
import {
  KEEPALIVE_MAX_BYTES,
  type HttpFetch,
  type HttpRequestInit,
  type HttpResponseLike,
  type HttpStorageOptions,
} from './http-types.js';

/** `setTimeout` and `clearTimeout`, which the core's library types leave out. */
interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const timers = globalThis as unknown as Timers;

/** What one request gave: a response and its body, or the error the network (fetch) threw. */
export type Outcome = { response: HttpResponseLike; body: string } | { error: unknown };

export type Request = (
  method: HttpRequestInit['method'],
  key: string,
  conditions: Record<string, string>,
  body?: string,
) => Promise<Outcome>;

/** The adapter's options, the numbers among them already defaulted. */
export interface RequestSettings {
  /** The host's options: `url`, `headers` and `fetch` are read at each request. */
  readonly options: HttpStorageOptions;
  readonly retries: number;
  readonly backoffMs: number;
  readonly timeoutMs: number;
  readonly random: () => number;
  readonly isOnline: () => boolean;
}

export function createRequests(settings: RequestSettings): { once: Request; exchange: Request } {
  const { options, retries, backoffMs, timeoutMs, random, isOnline } = settings;
  const sleep = (ms: number) => new Promise<void>((resolve) => timers.setTimeout(resolve, ms));

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

  return { once, exchange };
}
