/**
 * A {@link StorageAdapter} over the Web Storage API (`localStorage`, `sessionStorage`), described by
 * structural types so that the core needs no DOM library: the page's localStorage and its global object fit them.
 */
import { classifyStorageError, StorageError, type StorageAdapter, type StorageErrorReason } from './adapter.js';

/** What the adapter needs of a `Storage` object. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the adapter reads of a `StorageEvent`. */
export interface StorageChangeEvent {
  /** `null` when the whole store was cleared. */
  key: string | null;
  newValue: string | null;
  /** The store that changed; when given, events of other stores are ignored. */
  storageArea?: unknown;
}

/** What the adapter needs of `window`: its `storage` events, fired when another tab changes the store. */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageChangeEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageChangeEvent) => void): void;
}

export interface WebStorageAdapterOptions {
  /**
   * Returns the store, e.g. a function returning the page's localStorage. A function because merely reading
   * the page's localStorage throws a SecurityError in a sandboxed iframe or when cookies are blocked: the
   * adapter calls it inside each method and turns a throw into a `denied` (SecurityError) or `unavailable`
   * StorageError, and a `null` / `undefined` result into `unavailable`.
   */
  storage: () => KeyValueStore | null | undefined;
  /** Where `storage` events come from (usually `window`). Without it, the adapter has no `subscribe`. */
  events?: StorageEventSource;
}

/** Runs `work` now and settles with its result, or rejects with a StorageError classifying what it threw. */
function attempt<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(
      error instanceof StorageError
        ? error
        : new StorageError(classifyStorageError(error), undefined, { cause: error }),
    );
  }
}

export function createWebStorageAdapter(options: WebStorageAdapterOptions): StorageAdapter {
  const { storage, events } = options;

  function store(): KeyValueStore {
    let found: KeyValueStore | null | undefined;
    try {
      found = storage();
    } catch (error) {
      // Failing to even reach the store means there is none for us: say `denied` when the browser refused.
      const reason: StorageErrorReason = classifyStorageError(error) === 'denied' ? 'denied' : 'unavailable';
      throw new StorageError(reason, undefined, { cause: error });
    }
    if (found === null || found === undefined) throw new StorageError('unavailable');
    return found;
  }

  const adapter: StorageAdapter = {
    load: (key) => attempt(() => store().getItem(key)),
    save: (key, value) => attempt(() => store().setItem(key, value)),
    remove: (key) => attempt(() => store().removeItem(key)),
  };

  if (events) {
    adapter.subscribe = (key, onChange) => {
      const listener = (event: StorageChangeEvent) => {
        if (event.key !== null && event.key !== key) return;
        const area = event.storageArea;
        if (area !== undefined && area !== null) {
          let own: unknown;
          try {
            own = storage();
          } catch {
            return; // We cannot tell whether it is our store: ignore rather than report a stranger's change.
          }
          if (area !== own) return;
        }
        onChange(event.key === null ? null : event.newValue);
      };
      events.addEventListener('storage', listener);
      return () => events.removeEventListener('storage', listener);
    };
  }

  return adapter;
}
