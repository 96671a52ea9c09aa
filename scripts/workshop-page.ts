// A portal's workshop page for the browser test and the bench: <coop-project> with the grid, reading the link's
// `#coop-server=…&coop-workshop=…&coop-token=…`, the library bundled by esbuild (lazy parts as chunks) and served
// from a temporary folder. Plus what both do in it: join through the invitation, add an item from the keyboard.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';

const root = join(import.meta.dirname, '..');

const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Atelier</title><script type="module" src="./page.js"></script></head>
<body><main><h1>Atelier</h1><coop-project project-id="atelier"><coop-atp-matrix></coop-atp-matrix></coop-project></main></body></html>`;

const ENTRY = `import '${root}/src/define/all.ts';
import { applyWorkshopLink } from '${root}/src/core/workshop-link.ts';
applyWorkshopLink(document.querySelector('coop-project'), location.hash);`;

export interface ServedPage {
  readonly url: string;
  /** The page's link for a token of a workshop on a coop-widgets-server. */
  link(server: string, workshop: string, token: string): string;
  close(): Promise<void>;
}

export async function servePage(): Promise<ServedPage> {
  const dir = await mkdtemp(join(tmpdir(), 'coop-workshop-'));
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'page.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: dir,
    entryNames: 'page',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split(/[?#]/)[0]!;
    const file = path === '/' ? 'index.html' : path.slice(1);
    if (file.includes('..') || file.includes('/')) return void response.writeHead(404).end();
    const body = file === 'index.html' ? Promise.resolve(PAGE) : readFile(join(dir, file));
    body.then(
      (content) => response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'text/plain' }).end(content),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    link: (at, workshop, token) =>
      `${url}#coop-server=${encodeURIComponent(at)}&coop-workshop=${workshop}&coop-token=${token}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until an element's shadow root holds `selector`. */
export const waitIn = (page: Page, host: string, selector: string) =>
  page.waitForFunction((h, sel) => document.querySelector(h)?.shadowRoot?.querySelector(sel), {}, host, selector);

/** Joins from the invitation's page, from the keyboard: the name, Tab, the group (typing picks it), Tab, Enter. */
export async function joinAs(page: Page, name: string, group: string): Promise<void> {
  await waitIn(page, 'coop-project', '#ws-name');
  await page.evaluate(() =>
    document.querySelector('coop-project')?.shadowRoot?.querySelector<HTMLElement>('#ws-name')?.focus(),
  );
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(group);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitIn(page, 'coop-project', '.workshop-status');
}

/** Opens a cell's item form and types `text`, without the Enter that adds it. */
export async function typeItem(page: Page, cell: string, text: string): Promise<void> {
  await waitIn(page, 'coop-atp-matrix', `[data-cell="${cell}"] .add`);
  await page.evaluate(
    (selector) => document.querySelector('coop-atp-matrix')?.shadowRoot?.querySelector<HTMLElement>(selector)?.click(),
    `[data-cell="${cell}"] .add`,
  );
  await page.keyboard.type(text);
}
