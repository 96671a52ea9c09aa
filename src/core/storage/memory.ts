import type { StorageAdapter } from './adapter.js';

/** An in-memory {@link StorageAdapter}, for tests, stories and hosts that want nothing kept past the page. */
export interface MemoryStorage extends StorageAdapter {
  /** The stored values, live: tests may read it, or seed it before an element loads. */
  readonly data: Map<string, string>;
  subscribe(key: string, onChange: (value: string | null) => void): () => void;
  /**
   * Acts as another tab would: stores `value` (removes the key when `null`) and calls the subscribers of `key`.
   * The adapter's own `save` and `remove` notify no one, as a `storage` event never fires in the tab that wrote.
   */
  simulateExternalChange(key: string, value: string | null): void;
}

/** A store that lives as long as the object; `initial` is copied. Never fails. */
export function createMemoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const data = new Map(Object.entries(initial));
  const listeners = new Map<string, Set<(value: string | null) => void>>();

  return {
    data,
    async load(key) {
      return data.get(key) ?? null;
    },
    async save(key, value) {
      data.set(key, value);
    },
    async remove(key) {
      data.delete(key);
    },
    subscribe(key, onChange) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      // A wrapper, so that subscribing the same function twice gives two independent subscriptions.
      const listener = (value: string | null) => onChange(value);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (!set.size && listeners.get(key) === set) listeners.delete(key);
      };
    },
    simulateExternalChange(key, value) {
      if (value === null) data.delete(key);
      else data.set(key, value);
      // A copy: a callback may unsubscribe while we iterate.
      for (const listener of [...(listeners.get(key) ?? [])]) listener(value);
    },
  };
}
