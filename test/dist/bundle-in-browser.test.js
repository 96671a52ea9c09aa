// Run after `npm run build` (.ci/run does): the single-file embed bundle, loaded by a plain
// <script type="module"> as a portal would, registers and renders <coop-questionnaire> in Chromium — the
// check that catches a bundle the bundler emitted but the browser cannot run (e.g. uncompiled decorators).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, serve } from './browser.js';

let server;
let browser;
before(async () => {
  server = await serve(process.cwd());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('dist/coop-widgets.js renders the default questionnaire and loads the chart lazily', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.setContent('<p>loading</p>');
  await page.goto(`${server.url}/test/dist/embed.html`);
  await page.waitForFunction(
    () => document.querySelector('coop-questionnaire')?.shadowRoot?.querySelectorAll('fieldset').length > 30,
    { timeout: 10000 },
  );
  const title = await page.evaluate(() => document.querySelector('coop-questionnaire').shadowRoot.querySelector('h2').textContent);
  assert.equal(title, 'Prêts pour une coopération');
  assert.ok(!requested.some((p) => p.includes('chart')), 'chart.js is not part of the first paint');

  await page.evaluate(() => {
    document.querySelector('coop-questionnaire').step = 'result';
  });
  await page.waitForFunction(
    () => document.querySelector('coop-questionnaire').shadowRoot.querySelector('canvas')?.width > 0,
  );
  assert.ok(requested.some((p) => p.includes('chart')), 'the chart chunk is loaded on the result step');
  assert.deepEqual(errors, []);
});

test('dist/coop-widgets.js renders the default ATP grid and principles checklist', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/test/dist/embed.html`);
  await page.waitForFunction(
    () =>
      document.querySelector('coop-atp-matrix')?.shadowRoot?.querySelectorAll('tbody th[scope="row"]').length === 6 &&
      document.querySelector('coop-principles-checklist')?.shadowRoot?.querySelectorAll('.principle').length === 9,
    { timeout: 10000 },
  );
  const titles = await page.evaluate(() =>
    ['coop-atp-matrix', 'coop-principles-checklist'].map((t) => document.querySelector(t).shadowRoot.querySelector('h2').textContent),
  );
  assert.deepEqual(titles, ['Grille Attraits, Peurs, Tentations', 'Les neuf principes d’une coopération durable']);
  assert.deepEqual(errors, []);
});
