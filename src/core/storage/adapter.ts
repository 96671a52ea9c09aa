/**
 * Where widgets keep their data. The interface is the only thing an element knows about storage: the
 * library ships a Web Storage adapter and an in-memory one, and a host may wire its own (an HTTP back end).
 * Nothing leaves the page unless the host wires such an adapter (DOMAIN.md §6).
 */

/**
 * Why a storage call failed, so that an element can tell the user something useful:
 * - `unavailable`: there is no storage here (none given, or the browser has none);
 * - `quota`: the store is full;
 * - `denied`: the browser refuses access (sandboxed iframe, cookies blocked, private-mode policies);
 * - `corrupt`: what was stored cannot be read back (set by callers that parse, never by adapters);
 * - `conflict`: the document changed elsewhere since it was read; nothing was overwritten;
 * - `unknown`: anything else.
 */
export type StorageErrorReason = 'unavailable' | 'quota' | 'denied' | 'corrupt' | 'conflict' | 'unknown';

const MESSAGES: Record<StorageErrorReason, string> = {
  unavailable: 'Storage is not available.',
  quota: 'Storage is full.',
  denied: 'Access to storage was denied.',
  corrupt: 'The stored data could not be read.',
  conflict: 'The document changed elsewhere since it was read; nothing was overwritten.',
  unknown: 'Storage failed.',
};

/** The one error every storage adapter rejects with; `cause` keeps what the underlying store threw. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly reason: StorageErrorReason;

  constructor(reason: StorageErrorReason, message: string = MESSAGES[reason], options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/** Legacy DOMException codes: QUOTA_EXCEEDED_ERR (22), Firefox's NS_ERROR_DOM_QUOTA_REACHED (1014). */
const QUOTA_CODES = new Set([22, 1014]);
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Classifies what a Web Storage call threw: QuotaExceededError (also legacy codes 22 / 1014 and Firefox's
 * NS_ERROR_DOM_QUOTA_REACHED) → `quota`; SecurityError → `denied`; a StorageError keeps its reason; anything
 * else → `unknown`. Reads only `name` and `code`, so it works on plain objects (no DOMException needed), and it
 * never throws, even on a hostile object.
 */
export function classifyStorageError(error: unknown): StorageErrorReason {
  if (error instanceof StorageError) return error.reason;
  if (typeof error !== 'object' || error === null) return 'unknown';
  try {
    const { name, code } = error as { name?: unknown; code?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return 'quota';
    if (name === 'SecurityError') return 'denied';
    if (typeof code === 'number' && QUOTA_CODES.has(code)) return 'quota';
  } catch {
    // A getter that throws tells us nothing more.
  }
  return 'unknown';
}

/**
 * Where widgets keep their data. Values are opaque text (JSON); adapters never parse them. The methods are
 * async so that an HTTP adapter fits later; synchronous implementations do their work before returning the
 * promise, so that a save started in a `pagehide` handler completes even if the page goes away.
 *
 * Every method rejects with a {@link StorageError}, never anything else. Calls for one key take effect in the
 * order they are made (a `save` made before a `remove` never lands after it: an erase would be undone).
 */
export interface StorageAdapter {
  /** The value stored under `key`, or `null` when there is none. */
  load(key: string): Promise<string | null>;
  save(key: string, value: string): Promise<void>;
  /** Removes the key; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
  /**
   * Calls `onChange` with the new raw value (`null` when removed) when something else (another tab) changes
   * the key — not when this adapter's own `save` / `remove` does. Returns an unsubscribe function. Optional:
   * an adapter that cannot observe changes leaves it out.
   */
  subscribe?(key: string, onChange: (value: string | null) => void): () => void;
}
