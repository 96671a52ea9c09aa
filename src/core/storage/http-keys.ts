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

/**
 * Per key: the ETag last read or written; `null` when the document is known to be absent; {@link NO_ETAG} when it
 * exists but the server sent no ETag; no entry: never read nor written.
 */
export type KnownETags = Map<string, string | null>;

/** A document that exists, whose server sent no ETag (a CORS setup that hides it, say): written unconditionally. */
export const NO_ETAG = '';

/**
 * The precondition of a write: the ETag it must replace, or that nothing may be stored yet. A key never read is
 * taken as absent when written (`If-None-Match: *`): a write that timed out and is carried out late by the server
 * then fails instead of overwriting the writes that followed it, and a document this page has not seen is never
 * overwritten. A delete of a key never read stays unconditional (deleting is what it asks, whatever is there).
 */
export function conditionsFor(known: KnownETags, key: string, method: 'PUT' | 'DELETE'): Record<string, string> {
  const etag = known.get(key);
  if (etag === undefined) return method === 'PUT' ? { 'If-None-Match': '*' } : {};
  if (etag === null) return { 'If-None-Match': '*' };
  return etag === NO_ETAG ? {} : { 'If-Match': etag };
}

export function rememberETag(known: KnownETags, key: string, response: HttpResponseLike): string | null {
  const etag = response.headers.get('ETag');
  known.set(key, etag || NO_ETAG);
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
