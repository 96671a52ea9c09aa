// Run after `npm run build` (demo/plain.html loads the single-file bundle): both demo pages, served by the
// same Vite dev server as `npm start`, load in Chromium, render every widget from its configuration, switch
// language, and log no error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createServer } from 'vite';
import { launch } from './browser.js';

let server;
let browser;
let base;
/** What the dev server said (dependency optimisation, reloads): printed when a wait fails. */
const viteLog = [];
const record = (level) => (message) => viteLog.push(`${level}: ${message}`);
const logger = {
  info: record('info'),
  warn: record('warn'),
  warnOnce: record('warn'),
  error: record('error'),
  clearScreen: () => undefined,
  hasErrorLogged: () => false,
  hasWarned: false,
};
before(async () => {
  server = await createServer({ customLogger: logger, server: { host: '127.0.0.1', port: 0, open: false } });
  await server.listen();
  const { port } = server.httpServer.address();
  base = `http://127.0.0.1:${port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const errors = [];
  const navigations = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${base}${path}`);
  // Every widget rendered from its configuration: the questionnaire's questions, the grid's six groups, the
  // nine principles.
  await waitFor(page, navigations, () =>
      document.querySelector('coop-questionnaire')?.getResult?.()?.global.total > 30 &&
      document.querySelector('coop-questionnaire').shadowRoot.querySelector('fieldset.question') &&
      document.querySelector('coop-atp-matrix')?.shadowRoot?.querySelectorAll('tbody th[scope="row"]').length === 6 &&
      document.querySelector('coop-principles-checklist')?.shadowRoot?.querySelectorAll('.principle').length === 9,
  );
  return { page, errors, navigations };
}

/** Waits for `condition` in the page; on a timeout, says what the page and the dev server went through. */
async function waitFor(page, navigations, condition) {
  try {
    await page.waitForFunction(condition, { timeout: 30000, polling: 100 });
  } catch (error) {
    const state = await page
      .evaluate(() =>
        [...document.querySelectorAll('coop-project, coop-questionnaire, coop-atp-matrix, coop-principles-checklist')].map(
          (el) =>
            `<${el.localName} lang=${el.getAttribute('lang')} locale=${el.getAttribute('locale')}>: ` +
            (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 160),
        ),
      )
      .catch((e) => [String(e)]);
    throw new Error(
      `${error.message}\nwidgets: ${state.join('\n')}\nnavigations: ${navigations.join(' → ')}\ndev server: ${viteLog.join('\n') || '(nothing)'}`,
    );
  }
}

const titles = (page) =>
  page.evaluate(() =>
    ['coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist'].map(
      (tag) => document.querySelector(tag).shadowRoot.querySelector('h2').textContent,
    ),
  );

test('demo/index.html: the three widgets in one project, in French, then in English', async () => {
  const { page, errors, navigations } = await open('/demo/index.html');
  assert.deepEqual(await titles(page), [
    'Prêts pour une coopération',
    'Grille des attraits, peurs et tentations (ATP)',
    'Les neuf principes d’une coopération durable',
  ]);
  await page.select('#language', 'en');
  await waitFor(
    page,
    navigations,
    () =>
      // Optional chaining: the grid shows "loading" (no heading) while the English content arrives, and a
      // predicate that throws leaves Puppeteer's wait hanging until its timeout.
      document.querySelector('coop-atp-matrix')?.shadowRoot?.querySelector('h2')?.textContent ===
      'Attractions, fears and temptations (ATP) grid',
  );
  // One project: the checklist shows the grid's completeness under principle 4.
  const link = await page.evaluate(
    () => document.querySelector('coop-principles-checklist').shadowRoot.querySelector('#principle-p4 .links')?.textContent ?? '',
  );
  assert.match(link, /ATP grid/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo/plain.html: the single-file bundle with configurations given by src, no build step', async () => {
  const { page, errors } = await open('/demo/plain.html');
  assert.deepEqual(await titles(page), [
    'Prêts pour une coopération',
    'Grille des attraits, peurs et tentations (ATP)',
    'Les neuf principes d’une coopération durable',
  ]);
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => new URL(s.src).pathname));
  // The page's one script (the dev server adds its own client).
  assert.deepEqual(
    scripts.filter((path) => !path.startsWith('/@vite/')),
    ['/dist/coop-widgets.js'],
  );
  assert.deepEqual(errors, []);
  await page.close();
});
