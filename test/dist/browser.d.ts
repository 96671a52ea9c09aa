import type { Browser } from 'puppeteer-core';

/** The policy of the strict-CSP checks. */
export const STRICT_CSP: string;
export function serve(root: string, headers?: Record<string, string>): Promise<{ url: string; close(): void }>;
export function launch(): Promise<Browser>;
