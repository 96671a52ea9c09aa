// Run after `npm run build`: the embed bundle under a strict Content-Security-Policy with Trusted Types,
// through the three steps (the chart included), with zero violations. Lit creates its own Trusted Types
// policy named "lit-html"; that is the only policy a host must allow.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, serve } from './browser.js';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

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

test('the questionnaire works through every step under a strict CSP with Trusted Types', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/test/dist/csp.html`);
  const el = 'document.querySelector("coop-questionnaire")';
  await page.waitForFunction(`${el}?.shadowRoot?.querySelectorAll("fieldset").length > 30`, { timeout: 10000 });
  await page.evaluate(() => {
    const root = document.querySelector('coop-questionnaire').shadowRoot;
    root.querySelector('fieldset input[type=radio]').click();
    root.querySelector('.button--primary').click(); // to the result
  });
  await page.waitForFunction(`${el}.shadowRoot.querySelector("canvas")?.width > 0`, { timeout: 10000 });
  await page.evaluate(() => {
    const q = document.querySelector('coop-questionnaire');
    q.step = 'validate';
    return q.updateComplete;
  });
  await page.evaluate(() => {
    const root = document.querySelector('coop-questionnaire').shadowRoot;
    root.querySelector('#confirm').click();
    root.querySelector('.validate-form button[type=submit]').click();
  });
  await page.waitForFunction(`${el}.shadowRoot.querySelector(".validated")`);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
});
