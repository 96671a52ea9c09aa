import type { Browser } from 'puppeteer-core';

export function serve(root: string, headers?: Record<string, string>): Promise<{ url: string; close(): void }>;
export function launch(): Promise<Browser>;
