import type { Browser, CDPSession } from 'puppeteer-core';

/** The policy of the strict-CSP checks. */
export const STRICT_CSP: string;
export function serve(root: string, headers?: Record<string, string>): Promise<{ url: string; close(): void }>;
export function launch(): Promise<Browser>;
export function heapAfterGc(cdp: CDPSession): Promise<number>;
