// Run after `npm run build`: the embed bundle under a strict Content-Security-Policy with Trusted Types,
// through the three steps (the chart included), with zero violations. Lit creates its own Trusted Types
// policy named "lit-html"; that is the only policy a host must allow.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { STRICT_CSP, launch, serve } from './browser.js';

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
  await page.waitForFunction(`${el}?.getResult?.()?.global.total > 30 && ${el}.shadowRoot.querySelector("fieldset.question")`, {
    timeout: 10000,
  });
  await page.evaluate(() => {
    const root = document.querySelector('coop-questionnaire').shadowRoot;
    root.querySelector('fieldset input[type=radio]').click();
    root.querySelector('button.stepper-step').click(); // to the result (the stepper's next step)
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

test('the ATP grid and the principles checklist, in one <coop-project>, work through every view under the same policy', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/test/dist/csp.html`);
  const atp = 'document.querySelector("coop-atp-matrix")';
  const pc = 'document.querySelector("coop-principles-checklist")';
  await page.waitForFunction(`${atp}?.shadowRoot?.querySelector("table.grid") && ${pc}?.shadowRoot?.querySelector("meter")`, {
    timeout: 10000,
  });
  // An item added through the cell's form, then every view (the postures chart draws lazily).
  await page.evaluate(async () => {
    const el = document.querySelector('coop-atp-matrix');
    el.shadowRoot.querySelector('[data-cell="staff:fears"] .add').click();
    await el.updateComplete;
    el.shadowRoot.querySelector('.item-form input[name="text"]').value = 'Loss of autonomy';
    el.shadowRoot.querySelector('.item-form button[type="submit"]').click();
    await el.updateComplete;
    el.view = 'postures';
  });
  await page.waitForFunction(`${atp}.shadowRoot.querySelector("canvas")?.width > 0`, { timeout: 10000 });
  await page.evaluate(() => {
    document.querySelector('coop-atp-matrix').view = 'plans';
  });
  await page.waitForFunction(`${atp}.shadowRoot.querySelector(".plan .suggestion-item")`);
  // A status, a proposal, and a rejection with its reason (the gauge's threshold mark is set through the CSSOM).
  await page.evaluate(async () => {
    const el = document.querySelector('coop-principles-checklist');
    const root = el.shadowRoot;
    root.querySelector('input[name="status-p1"][value="in-place"]').click();
    root.querySelector('#new-text').value = 'Shared on-call rota';
    root.querySelector('.proposal-form button[type="submit"]').click();
    await el.updateComplete;
    const select = root.querySelector('tbody select.decision');
    select.value = 'rejected';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    root.querySelector('#reject-reason').value = 'Covered by the regional plan';
    root.querySelector('dialog.reject button[value="reject"]').click();
  });
  await page.waitForFunction(`${pc}.getData()?.proposals[0]?.decision === "rejected"`);
  const mark = await page.evaluate(() =>
    getComputedStyle(document.querySelector('coop-principles-checklist').shadowRoot.querySelector('.gauge-mark')).left,
  );
  assert.notEqual(mark, 'auto', 'the threshold mark is placed');
  // The project's links and its export work too.
  await page.evaluate(() => {
    document.querySelector('coop-principles-checklist').shadowRoot.querySelector('#principle-p4 .links button').click();
    document.querySelector('coop-project').shadowRoot.querySelector('.toolbar button').click();
  });
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
});
