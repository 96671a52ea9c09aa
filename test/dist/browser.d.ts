import type { Browser, CDPSession } from 'puppeteer-core';

export function serve(root: string, headers?: Record<string, string>): Promise<{ url: string; close(): void }>;
export function launch(): Promise<Browser>;
export function heapAfterGc(cdp: CDPSession): Promise<number>;
