/** Fixtures and builders shared by the ATP core's tests (atp-*.test.ts). */
import sampleJson from '../fixtures/atp.data.json';
import minimalJson from '../fixtures/atp.minimal.json';
import {
  defaultAtpConfig,
  parseAtpConfig,
  type AtpConfig,
  type AtpConfigInput,
  type AtpData,
} from '../../src/core/index.js';

export const minimal = minimalJson as AtpConfigInput;

export const sample = sampleJson as AtpData;

export function parsed(input: object): AtpConfig {
  const result = parseAtpConfig(input, { locale: 'en' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.config;
}

export const config = parsed(minimal);

export const fr = defaultAtpConfig('fr');

export const en = defaultAtpConfig('en');

/** Freezes a value and everything in it: a strict-mode write to it then throws. */
export function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const value of Object.values(x)) deepFreeze(value);
    Object.freeze(x);
  }
  return x;
}
