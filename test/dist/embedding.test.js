// Run after `npm run build`: the embed bundle in hostile host pages — two copies of the library on one page,
// many instances sharing localStorage, a blunt CSS reset, and widgets inside a host's own shadow DOM.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { atpStorageKey, principlesStorageKey } from '../../dist/core.js';
import { launch } from './browser.js';

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };
const TAGS = ['coop-project', 'coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist'];

/** The repository, as serve() gives it, plus dist/ again under /copy/: a second copy of the bundle. */
async function serveWithCopy(root) {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.startsWith('/copy/')) path = `/dist/${path.slice('/copy/'.length)}`;
    const file = join(root, path);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

let server;
let browser;
before(async () => {
  server = await serveWithCopy(process.cwd());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A new page whose uncaught errors and console warnings are recorded. */
async function open(path, { viewport } = {}) {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  const errors = [];
  const warnings = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${server.url}${path}`);
  return { page, errors, warnings };
}

// Every widget rendered, wherever it is (document or a host's shadow root).
const ALL_RENDERED = () => {
  const find = (root, tag) => {
    const hit = root.querySelector(tag);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot, tag);
      if (inner) return inner;
    }
    return null;
  };
  const q = find(document, 'coop-questionnaire');
  const atp = find(document, 'coop-atp-matrix');
  const pc = find(document, 'coop-principles-checklist');
  return (
    q?.getResult?.()?.global.total > 30 &&
    q.shadowRoot.querySelector('fieldset.question') &&
    atp?.shadowRoot?.querySelectorAll('tbody th[scope="row"]').length === 6 &&
    pc?.shadowRoot?.querySelectorAll('.principle').length === 9
  );
};

test('two copies of the bundle on one page: each tag registered once, one warning per tag, the widgets render', async () => {
  const { page, errors, warnings } = await open('/test/dist/pages/two-copies.html');
  await page.waitForFunction(ALL_RENDERED, { timeout: 10000 });
  // Both copies ran (two module instances, from two URLs).
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('/coop-widgets.js')),
  );
  assert.deepEqual(scripts.sort(), ['/copy/coop-widgets.js', '/dist/coop-widgets.js']);
  const registered = await page.evaluate((tags) => tags.map((t) => typeof customElements.get(t)), TAGS);
  assert.deepEqual(registered, TAGS.map(() => 'function'));
  for (const tag of TAGS) {
    const said = warnings.filter((w) => w.includes(`<${tag}> is already defined`));
    assert.equal(said.length, 1, `one "already defined" warning for <${tag}>: ${JSON.stringify(warnings)}`);
    assert.match(said[0], /^coop-widgets: <[a-z-]+> is already defined \(version 0\.1\.0\); this copy \(version 0\.1\.0\) is not registered\. Load the library once per page\.$/);
  }
  assert.equal(warnings.filter((w) => w.includes('already defined')).length, TAGS.length);
  // The first copy's elements are the ones in the page, and they still talk to their project (the links are a
  // part the checklist fetches once it has drawn).
  await page.waitForFunction(
    () => document.querySelector('coop-principles-checklist').shadowRoot.querySelector('#principle-p4 .links'),
    { timeout: 5000 },
  );
  const linked = await page.evaluate(
    () => document.querySelector('coop-principles-checklist').shadowRoot.querySelector('#principle-p4 .links')?.textContent ?? '',
  );
  assert.match(linked, /ATP grid/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the entry under a cache-busting URL (?v=42): the lazy parts share its code, nothing is loaded twice', async () => {
  const { page, errors, warnings } = await open('/test/dist/pages/cache-busted.html');
  await page.waitForFunction(ALL_RENDERED, { timeout: 10000 });
  // The default content and the English strings were fetched lazily, and each script file exactly once.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.pathname.endsWith('.js'))
      .map((u) => u.pathname + u.search),
  );
  assert.ok(scripts.includes('/dist/coop-widgets.js?v=42'), JSON.stringify(scripts));
  assert.ok(!scripts.includes('/dist/coop-widgets.js'), `the entry was loaded again without its query: ${scripts}`);
  assert.ok(scripts.filter((s) => s.includes('/default-content-')).length === 3, JSON.stringify(scripts));
  assert.equal(new Set(scripts).size, scripts.length, `a file was fetched twice: ${scripts}`);
  assert.deepEqual(
    warnings.filter((w) => w.includes('already defined')),
    [],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('coop-widgets-http.js: its adapter saves a widget through the page’s fetch, and a refused write shows as a conflict', async () => {
  const { page, errors } = await open('/test/dist/pages/http-embed.html');
  // The whole default questionnaire, its first page drawn (two answers there are enough here).
  const questions = () => {
    const q = document.querySelector('coop-questionnaire');
    return q?.getResult?.()?.global.total > 30 && q.shadowRoot.querySelectorAll('fieldset.question').length > 1;
  };
  await page.waitForFunction(questions, { timeout: 10000, polling: 100 });
  const radios = 'document.querySelector("coop-questionnaire").shadowRoot.querySelectorAll("fieldset.question input[type=radio]")';
  await page.evaluate(`${radios}[0].click()`);
  await page.waitForFunction(() => window.requests?.some((r) => r.method === 'PUT'), { timeout: 5000, polling: 100 });
  const put = await page.evaluate(() => window.requests.find((r) => r.method === 'PUT'));
  assert.match(put.url, /^\/api\/.*http-embed/);
  assert.ok(JSON.parse(put.body), 'the saved document is JSON');
  // The adapter's StorageError is the widgets' own class (one shared chunk): a 412 is taken for a conflict. The
  // questionnaire merges it; this server refuses the merge's write too, so the conflict is shown.
  await page.evaluate(`window.refuse = true; ${radios}[1].click()`);
  await page.waitForFunction(
    () =>
      [...(document.querySelector('coop-questionnaire')?.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])]
        .map((a) => a.textContent)
        .join(' ')
        .includes('could not be merged'),
    { timeout: 5000, polling: 100 },
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('coop-widgets-core.js: a page script takes the core API from it, and it shares the widgets\u2019 main file', async () => {
  const { page, errors } = await open('/test/dist/pages/core-embed.html');
  const scripts = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.reload();
  const radios = 'document.querySelector("coop-questionnaire").shadowRoot.querySelectorAll("fieldset.question input[type=radio]")';
  await page.waitForFunction(`${radios}.length > 1`, { timeout: 10000, polling: 100 });
  await page.evaluate(`${radios}[0].click()`);
  // The adapter the page made is the one the widget writes to.
  await page.waitForFunction(() => window.memory?.size > 0, { timeout: 5000, polling: 100 });
  const saved = await page.evaluate(() => [...window.memory.keys()]);
  assert.ok(saved.some((key) => key.includes('core-embed')), JSON.stringify(saved));
  // Its scoring is the widget's: the result the page computes is the one the widget shows.
  const [mine, shown] = await page.evaluate(() => [window.myScore(), document.querySelector('coop-questionnaire').getResult().global]);
  assert.deepEqual(mine, shown, 'the core entry scores as the widget does');
  assert.ok(mine.answered > 0);
  // One main file for both entries; the bundle itself exports the classes, not the core API.
  const mains = scripts.filter((s) => /\/coop-widgets\/main-[^/]+\.js$/.test(s));
  assert.equal(mains.length, 1, JSON.stringify(scripts));
  const exported = await page.evaluate(async () => Object.keys(await import('/dist/coop-widgets.js')));
  assert.ok(exported.includes('CoopQuestionnaire'), JSON.stringify(exported));
  assert.ok(!exported.includes('createMemoryStorage'), 'the core API is coop-widgets-core.js, outside the first paint');
  assert.deepEqual(errors, []);
  await page.close();
});

test('three ATP grids and three checklists with their own storage-key keep six separate documents', async () => {
  const { page, errors } = await open('/test/dist/blank.html');
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${server.url}/test/dist/pages/many.html`);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('coop-atp-matrix, coop-principles-checklist')].every((el) => el.getData?.() !== undefined),
    { timeout: 10000 },
  );
  const given = await page.evaluate(() => {
    const given = {};
    for (const el of document.querySelectorAll('coop-atp-matrix')) {
      const key = el.getAttribute('storage-key');
      const data = el.getData();
      data.groups[0].label = `Group of ${key}`;
      data.groups[0].items.push({ id: `item-${key}`, category: 'fears', text: `Fear of ${key}`, intensity: 2 });
      el.setData(data);
      given[`atp:${key}`] = [`Group of ${key}`, `Fear of ${key}`];
    }
    for (const el of document.querySelectorAll('coop-principles-checklist')) {
      const key = el.getAttribute('storage-key');
      const data = el.getData();
      data.proposals.push({
        id: `proposal-${key}`,
        text: `Proposal of ${key}`,
        proposedBy: 'staff',
        date: '2024-05-01',
        decision: 'proposed',
      });
      el.setData(data);
      given[`principles:${key}`] = [`Proposal of ${key}`];
    }
    return given;
  });
  // Written when the page is hidden, well before the coalesced write (250 ms) would have happened.
  const stored = await page.evaluate(async () => {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await new Promise((r) => setTimeout(r, 30));
    return Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]));
  });
  const expected = {};
  for (const key of ['one', 'two', 'three']) {
    expected[atpStorageKey('atp-default', key)] = given[`atp:${key}`];
    expected[principlesStorageKey('principles-default', key)] = given[`principles:${key}`];
  }
  assert.deepEqual(Object.keys(stored).sort(), Object.keys(expected).sort());
  assert.ok(
    Object.keys(expected).every((k) => /^coop-widgets:(atp:atp-default|principles:principles-default):(one|two|three)$/.test(k)),
    JSON.stringify(Object.keys(expected)),
  );
  const texts = Object.values(expected).flat();
  for (const [key, mine] of Object.entries(expected)) {
    const raw = stored[key];
    for (const text of mine) assert.ok(raw.includes(JSON.stringify(text)), `${key} holds ${text}`);
    // …and nobody else's.
    for (const other of texts.filter((t) => !mine.includes(t))) assert.ok(!raw.includes(other), `${key} does not hold ${other}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a blunt host CSS reset does not hide the controls inside the shadow roots', async () => {
  const { page, errors } = await open('/test/dist/pages/hostile-css.html', { viewport: { width: 320, height: 640 } });
  await page.waitForFunction(ALL_RENDERED, { timeout: 10000 });
  const boxes = await page.evaluate(() =>
    ['coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist'].map((tag) => {
      const button = document.querySelector(tag).shadowRoot.querySelector('button');
      const { width, height } = button.getBoundingClientRect();
      const style = getComputedStyle(button);
      return { tag, width, height, display: style.display, visibility: style.visibility };
    }),
  );
  for (const box of boxes) {
    assert.ok(box.width > 0 && box.height > 0, `a button of <${box.tag}> has a box: ${JSON.stringify(box)}`);
    assert.notEqual(box.display, 'none', box.tag);
    assert.equal(box.visibility, 'visible', box.tag);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

/** The page's horizontal overflow at 320 px, with the host rules whose selector is in `drop` removed. */
async function overflowAt320(drop = []) {
  const { page, errors } = await open('/test/dist/pages/hostile-css.html', { viewport: { width: 320, height: 640 } });
  await page.evaluate((drop) => {
    const sheet = document.styleSheets[0];
    for (let i = sheet.cssRules.length - 1; i >= 0; i--) if (drop.includes(sheet.cssRules[i].selectorText)) sheet.deleteRule(i);
  }, drop);
  await page.waitForFunction(ALL_RENDERED, { timeout: 10000 });
  const width = await page.evaluate(() => {
    const wide = [];
    for (const host of document.querySelectorAll('coop-questionnaire, coop-atp-matrix, coop-principles-checklist')) {
      const el = [...host.shadowRoot.querySelectorAll('*')].find((e) => e.getBoundingClientRect().right > 320.5);
      if (el) wide.push(`${host.localName} ${el.localName}${el.id ? `#${el.id}` : ''}.${el.className}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
  await page.close();
  return { ...width, errors };
}

// Two causes once made this fail, each checked alone below: grid tracks of a fixed rem width, and box-sizing
// inherited from :host (which a host rule on the tag beats).
test('under the blunt reset, nothing scrolls sideways at 320 px', async () => {
  const { scrollWidth, wide, errors } = await overflowAt320();
  assert.ok(scrollWidth <= 320, `no horizontal scroll at 320 px: ${scrollWidth} px, ${JSON.stringify(wide)}`);
  assert.deepEqual(errors, []);
});

test(
  'a host rem of 30 px alone does not make the widgets wider than 320 px',
  async () => {
    const { scrollWidth, wide, errors } = await overflowAt320(['*']);
    assert.ok(scrollWidth <= 320, `no horizontal scroll at 320 px: ${scrollWidth} px, ${JSON.stringify(wide)}`);
    assert.deepEqual(errors, []);
  },
);

test(
  '`* { all: unset }` alone (default rem) does not make the widgets wider than 320 px',
  async () => {
    const { scrollWidth, wide, errors } = await overflowAt320(['html']);
    assert.ok(scrollWidth <= 320, `no horizontal scroll at 320 px: ${scrollWidth} px, ${JSON.stringify(wide)}`);
    assert.deepEqual(errors, []);
  },
);

test('inside a host element’s open shadow root, a <coop-project> and its three widgets render and link up', async () => {
  const { page, errors } = await open('/test/dist/pages/shadow-host.html');
  await page.waitForFunction(ALL_RENDERED, { timeout: 10000 });
  // The links are a part the checklist fetches once it has drawn.
  await page.waitForFunction(
    () =>
      document
        .querySelector('portal-shell')
        .shadowRoot.querySelector('coop-principles-checklist')
        .shadowRoot.querySelector('#principle-p4 .links'),
    { timeout: 5000 },
  );
  const links = await page.evaluate(() => {
    const root = document.querySelector('portal-shell').shadowRoot;
    return root.querySelector('coop-principles-checklist').shadowRoot.querySelector('#principle-p4 .links')?.textContent ?? '';
  });
  assert.match(links, /ATP grid/);
  assert.deepEqual(errors, []);
  await page.close();
});
