// Run after `npm run build`: the config editor's embed entry (`dist/coop-config-editor.js`) under the strict CSP
// of csp.test.js. Its JSON pane's hover help reads the published JSON Schema, loaded as a chunk beside the pane:
// the embed's own Valibot schemas carry no documentation (scripts/strip-schema-docs.ts), so a hover drawn from
// them would be empty.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { STRICT_CSP, launch, serve } from './browser.js';

const DESCRIPTION = 'Title of the questionnaire.';

let server;
let browser;
before(async () => {
  server = await serve(process.cwd(), { 'content-security-policy': STRICT_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('the embed leaves the schemas’ documentation out of the code the widgets share', () => {
  const main = readdirSync('dist/coop-widgets').find((f) => /^main-.*\.js$/.test(f));
  assert.ok(main, 'the embed’s main chunk');
  assert.equal(readFileSync(`dist/coop-widgets/${main}`, 'utf8').includes(DESCRIPTION), false);
});

test('hovering a key of the JSON pane shows its description from the published schema, with no CSP violation', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/test/dist/pages/config-editor.html`);
  const root = 'document.querySelector("coop-config-editor")?.shadowRoot';
  await page.waitForFunction(`${root}?.querySelector(".cm-editor") && ${root}.querySelector("coop-questionnaire")`, {
    timeout: 15000,
  });
  // The root's "title" key: the line indented by two spaces that starts with it (a property name is plain text).
  const box = await page.evaluate(() => {
    const shadow = document.querySelector('coop-config-editor').shadowRoot;
    const line = [...shadow.querySelectorAll('.cm-line')].find((l) => /^ {2}"title"/.test(l.textContent));
    line.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(line.firstChild, 2);
    range.setEnd(line.firstChild, 9);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(`${root}.querySelector(".cm-coop-hover")`, { timeout: 5000 });
  const shown = await page.evaluate(
    () => document.querySelector('coop-config-editor').shadowRoot.querySelector('.cm-coop-hover').textContent,
  );
  assert.equal(shown, DESCRIPTION);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});
