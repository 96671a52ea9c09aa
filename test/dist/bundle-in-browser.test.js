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
    // The whole default questionnaire (39 questions), its first page drawn.
    () => {
      const q = document.querySelector('coop-questionnaire');
      return q?.getResult?.()?.global.total > 30 && q.shadowRoot.querySelector('fieldset.question');
    },
    { timeout: 10000 },
  );
  const title = await page.evaluate(() => document.querySelector('coop-questionnaire').shadowRoot.querySelector('h2').textContent);
  assert.equal(title, 'Prêts pour une coopération');
  // chart.js and the widgets' chart modules (`chart-<hash>.js`), not the controller prefetched when idle.
  const chartChunk = (p) => /\/chart-[\w-]{8}\.js$/.test(p);
  assert.ok(!requested.some(chartChunk), 'chart.js is not part of the first paint');

  await page.evaluate(async () => {
    const el = document.querySelector('coop-questionnaire');
    // A result with no scored answer is provisional and draws no chart: answer every question first.
    for (;;) {
      for (const f of el.shadowRoot.querySelectorAll('fieldset.question')) f.querySelector('input[type="radio"]')?.click();
      await el.updateComplete;
      // Paged (the default): the next section's page, until the last.
      const next = el.shadowRoot.querySelector('.pager-next');
      if (!next) break;
      next.click();
      await el.updateComplete;
    }
    el.step = 'result';
  });
  await page.waitForFunction(
    () => document.querySelector('coop-questionnaire').shadowRoot.querySelector('canvas')?.width > 0,
  );
  assert.ok(requested.some(chartChunk), 'the chart chunk is loaded on the result step');
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
  assert.deepEqual(titles, ['Grille des attraits, peurs et tentations (ATP)', 'Les neuf principes d’une coopération durable']);
  assert.deepEqual(errors, []);
});

test('when the lazy parts cannot be fetched (English strings, default content): a clear alert in each widget, never endless loading', async () => {
  const page = await browser.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warn') warnings.push(m.text());
  });
  // The parts loaded on demand are missing (a partial copy, a CDN hiccup); the first paint's chunks are there.
  await page.setRequestInterception(true);
  page.on('request', (r) =>
    /\/dist\/coop-widgets\/(en|default-content)-[^/]+\.js$/.test(new URL(r.url()).pathname)
      ? r.respond({ status: 404, body: '' })
      : r.continue(),
  );
  await page.goto(`${server.url}/test/dist/embed-en.html`);
  await page.waitForFunction(
    () =>
      ['coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist'].every(
        (tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector('[role="alert"]'),
      ),
    { timeout: 10000 },
  );
  const alerts = await page.evaluate(() =>
    ['coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist'].map(
      (tag) => document.querySelector(tag).shadowRoot.querySelector('[role="alert"]').textContent,
    ),
  );
  // The English strings could not come either: the widgets say it in French rather than not at all — to a
  // visitor the neutral notice, to the developer the reason in the console, one warning per widget.
  for (const alert of alerts) assert.equal(alert.trim(), 'Cet outil est momentanément indisponible.');
  // The reason is worded once the wording of config problems has loaded (a lazy chunk): a moment after the notice.
  const worded = (tag) => warnings.some((w) => w.includes(`<${tag}> has an invalid config`));
  for (let waited = 0; waited < 5000 && !['coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist'].every(worded); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const tag of ['coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist']) {
    assert.ok(
      warnings.some(
        (w) => w.includes(`<${tag}> has an invalid config`) && w.includes('n’a pas pu être chargée depuis default-content'),
      ),
      `the reason in the console for <${tag}>: ${warnings.join(' | ')}`,
    );
  }
  // Once for the page, however many widgets asked.
  assert.equal(
    warnings.filter((w) => w.includes('the "en" strings could not be loaded; showing French')).length,
    1,
    `one warning about the English strings: ${warnings.join(' | ')}`,
  );
  assert.deepEqual(errors, []);
});

test('the built templates keep apart what the source keeps apart: a recommendation’s links to its principles', async () => {
  // The bundle's HTML minifier drops the spaces a template starts with: the links once ran together
  // ("See principle 1See principle 8"), in the built bundle only. Their margin now keeps them apart.
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/test/dist/blank.html`);
  await page.evaluate(() => {
    document.body.innerHTML = `<coop-project project-id="built-links" locale="en">
      <coop-questionnaire storage-key="built-links"></coop-questionnaire>
      <coop-principles-checklist storage-key="built-links"></coop-principles-checklist>
    </coop-project>`;
  });
  await page.waitForFunction(
    () => document.querySelector('coop-questionnaire')?.shadowRoot?.querySelector('fieldset input[type="radio"]'),
    { timeout: 10000 },
  );
  // The links name the checklist's principles: wait for its default content too (a lazy chunk, slower under load).
  await page.waitForFunction(
    () => document.querySelector('coop-principles-checklist')?.shadowRoot?.querySelectorAll('.principle').length === 9,
    { timeout: 10000 },
  );
  const gaps = await page.evaluate(async () => {
    const el = document.querySelector('coop-questionnaire');
    // Every question answered: below the config's threshold the result is provisional, with no recommendation.
    for (;;) {
      for (const f of el.shadowRoot.querySelectorAll('fieldset.question')) f.querySelector('input[type="radio"]')?.click();
      await el.updateComplete;
      // Paged (the default): the next section's page, until the last.
      const next = el.shadowRoot.querySelector('.pager-next');
      if (!next) break;
      next.click();
      await el.updateComplete;
    }
    el.step = 'result';
    await el.updateComplete;
    const links = el.shadowRoot.querySelectorAll('.recommendations li:first-child .principle-link');
    const boxes = [...links].map((l) => l.getBoundingClientRect());
    return boxes.slice(1).map((b, i) => b.left - boxes[i].right);
  });
  assert.ok(gaps.length > 0, 'the first recommendation links to several principles');
  for (const gap of gaps) assert.ok(gap >= 4, `links ${gap} px apart`);
});
