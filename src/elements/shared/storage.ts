import { createWebStorageAdapter, type StorageAdapter } from '../../core/runtime.js';

/**
 * The default adapter: the page's localStorage. Reading `window.localStorage` itself throws in sandboxed
 * iframes and when the user blocks site data, so it is read lazily, inside each call, where the adapter
 * turns the failure into a StorageError the widget shows.
 */
export function defaultStorage(): StorageAdapter {
  return createWebStorageAdapter({ storage: () => window.localStorage, events: window });
}
