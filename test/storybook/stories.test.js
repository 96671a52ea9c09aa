// Run after `npm run build-storybook`: every story of storybook-static/, and every hand-written MDX page, renders
// in headless Chromium (a story's play function included) with no console error, no uncaught exception, no error
// display, and no axe-core violation of WCAG 2.0/2.1 A and AA (axe pierces the widgets' open shadow roots). One
// fresh page each, in turn.
//
// It lives apart from test/dist/ (run before Storybook is built) so that a stale storybook-static/ is never
// checked by mistake; without one it fails, and says to build it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { launch, serve } from '../dist/browser.js';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const indexFile = `${root}index.json`;
const built = existsSync(indexFile);
const entries = built ? Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries) : [];
const stories = entries.filter((entry) => entry.type === 'story');
// The hand-written documentation pages (stories/**/*.mdx), not the generated per-component ones, whose
// stories are already checked one by one above.
const pages = entries.filter((entry) => entry.type === 'docs' && entry.importPath.endsWith('.mdx'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const isFavicon = (url) => Boolean(url) && new URL(url).pathname === '/favicon.ico';

let server;
let browser;
before(async () => {
  if (!built) return;
  server = await serve(root);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('storybook-static/ lists stories', () => {
  assert.ok(built, 'storybook-static/ is not built: run `npm run build-storybook` first');
  assert.ok(stories.length > 0, 'index.json holds no story');
});

/** Opens a page with a listener for every error, runs `ready`, then axe; fails with what it found. */
async function check(id, path, ready) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Only errors: Lit's dev-mode notices and the widgets' one warning for a broken config or storage are
    // `warn`, by design (the broken-config stories show that warning on purpose). Chromium's own request for
    // /favicon.ico (Storybook's iframe.html links none) is the browser's, not the story's.
    if (message.type() === 'error' && !isFavicon(message.location()?.url)) {
      const where = message.location()?.url ? ` (${message.location().url})` : '';
      errors.push(`console.error: ${message.text()}${where}`);
    }
  });
  page.on('requestfailed', (request) =>
    errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400 && !isFavicon(response.url()))
      errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle0', timeout: 30000 });
    const problem = await ready(page);
    if (problem) errors.push(problem);
    // Let the widgets' last updates (lazy chart, content loaded after the config) settle.
    await page.evaluate(
      () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))),
    );
    // Should a story opt into content-visibility: auto, off-screen content would not be rendered, and axe's
    // contrast check hit-tests it (it reads the colour of whatever is painted there): render everything.
    await page.evaluate(() => document.documentElement.style.setProperty('--coop-content-visibility', 'visible'));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        // The target (a path through shadow roots) and axe's own account, e.g. the colours and the ratio.
        targets: violation.nodes.map(
          (node) => `${JSON.stringify(node.target)} ${[...node.any, ...node.all, ...node.none][0]?.message ?? ''}`,
        ),
      }));
    }, TAGS);
    const problems = [
      ...errors,
      ...violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help}\n      ${v.targets.join('\n      ')}`),
    ];
    assert.equal(problems.length, 0, `${id}:\n  - ${problems.join('\n  - ')}`);
  } finally {
    await page.close();
  }
}

for (const story of stories) {
  test(`${story.id} (${story.title} › ${story.name})`, async () => {
    await check(story.id, `iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, async (page) => {
      // Storybook's render cycle: loading → rendering → playing → played → completing → completed → afterEach
      // (addon-a11y's own check) → finished. Waiting for "finished" means the play function is over and
      // nothing else runs axe at the same time as we do.
      const phase = await page
        .waitForFunction(
          () => {
            const renders = window.__STORYBOOK_PREVIEW__?.storyRenders ?? [];
            const render = renders[renders.length - 1];
            return render?.phase === 'finished' && document.querySelector('#storybook-root > *') ? 'finished' : false;
          },
          { timeout: 30000, polling: 50 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() =>
          page.evaluate(() => {
            const renders = window.__STORYBOOK_PREVIEW__?.storyRenders ?? [];
            return `not finished after 30 s (phase: ${renders[renders.length - 1]?.phase ?? 'none'})`;
          }),
        );
      if (phase !== 'finished') return `render: ${phase}`;
      return page.evaluate(() =>
        document.body.classList.contains('sb-show-errordisplay')
          ? `storybook: ${(document.querySelector('#error-message')?.textContent ?? '').trim() || 'error display shown'}`
          : document.querySelector('#storybook-root > *')
            ? null
            : 'storybook: nothing rendered in #storybook-root',
      );
    });
  });
}

for (const docs of pages) {
  test(`${docs.id} (docs page ${docs.importPath})`, async () => {
    await check(docs.id, `iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs`, (page) =>
      page
        .waitForFunction(() => document.querySelector('#storybook-docs h1'), { timeout: 30000 })
        .then(() =>
          page.evaluate(() =>
            document.body.classList.contains('sb-show-errordisplay') ? 'storybook: error display shown' : null,
          ),
        )
        .catch(() => 'docs page: no heading after 30 s'),
    );
  });
}
