/**
 * The HTTP storage adapter's pure helpers: what a status means (success, conflict, passing trouble, the
 * StorageError it becomes), option defaults, the UTF-8 size of a body and the merging of request headers.
 */
import { StorageError, type StorageErrorReason } from './adapter.js';

export const isSuccess = (status: number) => status >= 200 && status < 300;
export const isConflict = (status: number) => status === 409 || status === 412;
export const isTransient = (status: number) => status >= 500 || status === 408 || status === 429;

export function reasonFor(status: number): StorageErrorReason {
  return status === 401 || status === 403 ? 'denied' : 'unknown';
}

export function statusError(method: string, status: number): StorageError {
  return new StorageError(reasonFor(status), undefined, { cause: new Error(`${method} answered HTTP ${status}.`) });
}

/** A numeric option: its fallback when missing or not finite, never below 0. */
export function count(value: number | undefined, fallback: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.max(0, value);
}

/** The UTF-8 size of `text` (the core's types have no TextEncoder). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** `extra` over `base`, dropping the base's headers of the same name whatever their case. */
export function mergeHeaders(base: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  const names = new Set(Object.keys(extra).map((name) => name.toLowerCase()));
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (!names.has(name.toLowerCase())) merged[name] = value;
  return { ...merged, ...extra };
}
