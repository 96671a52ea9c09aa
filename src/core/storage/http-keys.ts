/**
 * The HTTP storage adapter's per-key bookkeeping: the ETag last seen of each document and the precondition a
 * write sends from it, the latest write of each key in the queue or set aside by a conflict, and the lanes that
 * run one key's calls one after another.
 */
import type { HttpResponseLike } from './http-types.js';

/** A write: the text to put, or `null` to delete. `seq` orders writes across the queue and the conflicts. */
export interface Write {
  readonly seq: number;
  readonly text: string | null;
}

/** Per key: the ETag last read or written, `null` when the document is known to be absent; no entry: unknown. */
export type KnownETags = Map<string, string | null>;

/** The precondition of a write: the ETag it must replace, or that nothing may be stored yet. */
export function conditionsFor(known: KnownETags, key: string): Record<string, string> {
  if (!known.has(key)) return {};
  const etag = known.get(key);
  return etag === null || etag === undefined ? { 'If-None-Match': '*' } : { 'If-Match': etag };
}

export function rememberETag(known: KnownETags, key: string, response: HttpResponseLike): string | null {
  const etag = response.headers.get('ETag');
  if (etag) known.set(key, etag);
  else known.delete(key);
  return etag;
}

/** Keeps `write` as the latest of its key in `writes`, unless a later one is there already. */
export function keep(writes: Map<string, Write>, key: string, write: Write): void {
  const current = writes.get(key);
  if (current && current.seq >= write.seq) return;
  writes.delete(key);
  writes.set(key, write);
}

/** Forgets what `write` supersedes in `writes`. */
export function drop(writes: Map<string, Write>, key: string, write: Write): void {
  const current = writes.get(key);
  if (current && current.seq <= write.seq) writes.delete(key);
}

/** Runs `work` once the key's previous calls are done, so that each one starts from the last one's ETag. */
export type InLane = <T>(key: string, work: () => Promise<T>) => Promise<T>;

export function createLanes(): InLane {
  /** The tail of each key's chain of calls. */
  const lanes = new Map<string, Promise<void>>();

  return function inLane<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (lanes.get(key) ?? Promise.resolve()).then(work);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    lanes.set(key, tail);
    void tail.then(() => {
      if (lanes.get(key) === tail) lanes.delete(key);
    });
    return run;
  };
}
