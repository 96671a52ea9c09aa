// Run after `npm run build`: the per-widget embeds (`dist/embed/<tag>.js`) in Chromium, loaded by a plain
// <script type="module"> as a portal would. A page with one widget requests its entry, then its own chunk and the
// shared chunk together before it paints, nothing of the other widgets, and renders the widget's default content; a page with several entries
// loads the shared chunk once; views reached after an action still load from the chunks folder.
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

/** What each widget shows once its default content is drawn. */
const RENDERED = {
  // Paged by default: the first section's questions and the way on.
  'coop-questionnaire': (root) => root.querySelectorAll('fieldset').length > 3 && !!root.querySelector('.pager-next'),
  'coop-atp-matrix': (root) => root.querySelectorAll('tbody th[scope="row"]').length === 6,
  'coop-principles-checklist': (root) => root.querySelectorAll('.principle').length === 9,
};

/** test/dist/pages/widget-embeds.html with `tags`, each loaded from its own entry (dist/embed/<tag>.js). */
async function open(tags) {
  const page = await browser.newPage();
  const errors = [];
  const requested = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/test/dist/pages/widget-embeds.html?tags=${tags.join(',')}`);
  return { page, errors, requested };
}

const waitRendered = (page, tag) =>
  page.waitForFunction(
    (t, test) => {
      const root = document.querySelector(t)?.shadowRoot;
      return !!root && new Function('root', `return (${test})(root)`)(root);
    },
    { timeout: 15000 },
    tag,
    RENDERED[tag].toString(),
  );

for (const tag of Object.keys(RENDERED)) {
  test(`dist/embed/${tag}.js alone: three requests before the paint, the widget drawn, no other widget`, async () => {
    const { page, errors, requested } = await open([tag]);
    await waitRendered(page, tag);
    const scripts = requested.filter((p) => p.startsWith('/dist/'));
    assert.equal(scripts[0], `/dist/embed/${tag}.js`);
    // The entry's two imports, in either order: its own code and the shared chunk.
    const chunk = (name) => new RegExp(`^/dist/embed/chunks/${name}-[\\w-]+\\.js$`);
    const next = scripts.slice(1, 3);
    assert.ok(next.some((p) => chunk(`own-${tag}`).test(p)) && next.some((p) => chunk('shared').test(p)), next.join(', '));
    // After those, only lazy chunks (default content, a lazy view), never another entry.
    assert.deepEqual(
      scripts.slice(3).filter((p) => !p.startsWith('/dist/embed/chunks/')),
      [],
      scripts.join(', '),
    );
    const others = await page.evaluate(
      (tags) => tags.filter((t) => customElements.get(t)),
      Object.keys(RENDERED).filter((t) => t !== tag),
    );
    assert.deepEqual(others, [], 'another widget was registered');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('<coop-project> and the three widgets from their own entries: the shared chunk loaded once, the project drawn', async () => {
  const { page, errors, requested } = await open([
    'coop-project',
    'coop-questionnaire',
    'coop-atp-matrix',
    'coop-principles-checklist',
  ]);
  for (const tag of Object.keys(RENDERED)) await waitRendered(page, tag);
  const shared = requested.filter((p) => /\/shared-[\w-]+\.js$/.test(p));
  assert.equal(shared.length, 1, shared.join(', '));
  // The project toolbar rendered, and the widgets found their project (one storage namespace).
  const toolbar = await page.evaluate(() => !!document.querySelector('coop-project').shadowRoot.querySelector('.toolbar'));
  assert.ok(toolbar, '<coop-project> drew its toolbar');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a view reached after an action loads from the chunks folder (the questionnaire’s result)', async () => {
  const { page, errors, requested } = await open(['coop-questionnaire']);
  await waitRendered(page, 'coop-questionnaire');
  await page.evaluate(async () => {
    const el = document.querySelector('coop-questionnaire');
    // Every question on one page, all answered: enough answers for a result with its chart (not a provisional one).
    el.layout = 'single';
    await el.updateComplete;
    for (const f of el.shadowRoot.querySelectorAll('fieldset')) f.querySelector('input[type="radio"]')?.click();
    el.step = 'result';
  });
  await page.waitForFunction(
    () => document.querySelector('coop-questionnaire').shadowRoot.querySelector('canvas') !== null,
    { timeout: 15000 },
  );
  assert.ok(requested.some((p) => /^\/dist\/embed\/chunks\/result-view-[\w-]+\.js$/.test(p)), requested.join(', '));
  assert.ok(requested.some((p) => /^\/dist\/embed\/chunks\/chart-[\w-]+\.js$/.test(p)), 'chart.js loaded on demand');
  assert.deepEqual(errors, []);
  await page.close();
});
