/** Fixtures and builders shared by the principles core's tests (principles-*.test.ts). */
import {
  parsePrinciplesConfig,
  parsePrinciplesData,
  type Decision,
  type PrinciplesConfig,
  type PrinciplesConfigInput,
  type PrinciplesData,
  type PrinciplesDataInput,
  type Proposal,
} from '../../src/core/index.js';
import dataJson from '../fixtures/principles.data.json';
import minimalJson from '../fixtures/principles.minimal.json';

export const minimal = minimalJson as PrinciplesConfigInput;

export const sampleData = dataJson as PrinciplesDataInput;

export function config(input: object = minimal, locale: 'fr' | 'en' = 'en'): PrinciplesConfig {
  const parsed = parsePrinciplesConfig(input, { locale });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.config;
}

export function data(input: object = sampleData): PrinciplesData {
  const parsed = parsePrinciplesData(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.data;
}

/** Makes every object of `x` read-only, so that any mutation by the code under test throws. */
export function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    for (const value of Object.values(x)) deepFreeze(value);
    Object.freeze(x);
  }
  return x;
}

/** Data with these many proposals of each kind (`done` of them accepted and carried out). */
export function counts(c: { accepted?: number; rejected?: number; pending?: number; done?: number }): PrinciplesData {
  const proposals: Proposal[] = [];
  const push = (decision: Decision, done = false) =>
    proposals.push({
      id: `proposal-${proposals.length + 1}`,
      text: `Proposal ${proposals.length + 1}`,
      proposedBy: 'staff',
      date: '2026-01-01',
      decision,
      done,
      ...(decision === 'rejected' ? { rejectionReason: 'Not now' } : {}),
    });
  for (let i = 0; i < (c.accepted ?? 0); i++) push('accepted', i < (c.done ?? 0));
  for (let i = 0; i < (c.rejected ?? 0); i++) push('rejected');
  for (let i = 0; i < (c.pending ?? 0); i++) push('proposed');
  return { principles: {}, proposals };
}
