// Run after `npm run build-storybook`: every docs page (each element's generated page and the hand-written MDX
// pages) stays short enough to read, and renders the widgets in the font a portal gives them, not the browser's
// serif.
//
// The bound: a docs page shows an element's stories one under the other, each in a frame Storybook's preview
// (.storybook/preview.css) caps at 40rem (640 px) and scrolls inside. The longest element page, the ATP grid's,
// has 24 stories: 24 × (640 px + ~360 px of title, description and "Show code" bar) ≈ 24,000 px, plus the tables
// of attributes, events and parts generated from the JSDoc (~3,000 px); it measured 26,755 px. 30,000 px leaves
// room for a few more stories; a page over it is a frame left unbounded, or a widget embedded whole again (the
// questionnaire's page measured 140,000 px when its stories drew the whole widget at full height).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { launch, serve } from '../dist/browser.js';

const MAX_HEIGHT = 30000;

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const indexFile = `${root}index.json`;
const built = existsSync(indexFile);
const entries = built ? Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries) : [];
const pages = entries.filter((entry) => entry.type === 'docs');

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

test('storybook-static/ lists docs pages', () => {
  assert.ok(built, 'storybook-static/ is not built: run `npm run build-storybook` first');
  assert.ok(pages.length > 0, 'index.json holds no docs page');
});

for (const docs of pages) {
  test(`${docs.id}: at most ${MAX_HEIGHT} px tall, widgets in the page's sans-serif font`, async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1024, height: 768 });
      await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs`, {
        waitUntil: 'networkidle0',
        timeout: 30000,
      });
      await page.waitForFunction(() => document.querySelector('#storybook-docs h1'), { timeout: 30000 });
      // The widgets' content (default content, lazy views) arrives after the heading: let it settle.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      const { height, fonts } = await page.evaluate(() => {
        const widgets = [...document.querySelectorAll('#storybook-docs *')].filter(
          (el) => el.localName.startsWith('coop-') && el.shadowRoot,
        );
        // The font a widget's own text is drawn in (its shadow root's first paragraph, else the host's).
        const fontOf = (el) => getComputedStyle(el.shadowRoot.querySelector('p, h2, h3, label') ?? el).fontFamily;
        return {
          height: document.documentElement.scrollHeight,
          fonts: widgets.map((el) => [el.localName, fontOf(el)]),
        };
      });
      assert.ok(height <= MAX_HEIGHT, `${docs.id} is ${height} px tall (bound ${MAX_HEIGHT} px)`);
      for (const [tag, font] of fonts) {
        assert.match(font, /system-ui/, `${docs.id}: <${tag}> is drawn in ${font}`);
        assert.doesNotMatch(font, /Times/, `${docs.id}: <${tag}> is drawn in ${font}`);
      }
    } finally {
      await page.close();
    }
  });
}
