// Shared by the post-build checks: a static server for the repository on 127.0.0.1 and the system's
// Chromium (the same one the browser tests use; never a downloaded browser).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, NO_CHROMIUM, chromiumPath } from '../../scripts/chromium.js';

/** The policy of the strict-CSP checks: no inline style or script, only lit's Trusted Types policy. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };

/** Serves the repository's files; `headers` are added to every response (e.g. a CSP). */
export async function serve(root, headers = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export async function launch() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The page's JS heap in bytes (`Runtime.getHeapUsage`) once full garbage collections stop shrinking it (at most
 * five): the first frees the nodes' JS wrappers only from Blink's side, the next frees them.
 */
export async function heapAfterGc(cdp) {
  let used = Infinity;
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= used) break;
    used = usedSize;
  }
  return used;
}
