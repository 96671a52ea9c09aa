// Run after `npm run build`: long widgets and what is far below the screen. For a questionnaire of 500 questions,
// a grid of 12 groups × 40 items and a register of 1,000 proposals:
// - by default, everything is laid out and in the accessibility tree (a screen reader's headings list and browse
//   mode find the last section, the last group's items, the last rows);
// - with `--coop-content-visibility: auto` (opt-in, for speed), what is far below is skipped until it comes near,
//   and moving the focus there from the keyboard draws it. Chromium leaves skipped content out of the
//   accessibility tree (checked on a plain page too), which is why `auto` is not the default.
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

/** A page with one widget set up by `setup`, drawn, three frames later; `auto` opts into content-visibility. */
async function open(tag, setup, { auto = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/test/dist/blank.html`);
  await page.evaluate(
    async (tag, setup, auto) => {
      await customElements.whenDefined(tag);
      const el = document.createElement(tag);
      el.setAttribute('locale', 'en');
      el.setAttribute('storage-key', `offscreen-${Math.random()}`);
      if (auto) el.style.setProperty('--coop-content-visibility', 'auto');
      document.body.append(el);
      await new Function('el', `return (${setup})(el)`)(el);
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    },
    tag,
    setup.toString(),
    auto,
  );
  return { page, errors };
}

/**
 * Whether the accessibility tree has a node named `name` (the flattened tree, shadow roots included). Names are
 * trimmed: a question's text follows its number as " Statement…", one text node with its space.
 */
async function inAccessibilityTree(page, name) {
  const walk = (node) => node.name?.trim() === name || (node.children ?? []).some(walk);
  return walk(await page.accessibility.snapshot({ interestingOnly: false }));
}

/** Whether `selector` inside the widget is drawn (false when content-visibility skips it). */
const drawn = (page, tag, selector) =>
  page.evaluate(
    (tag, selector) =>
      document.querySelector(tag).shadowRoot.querySelector(selector).checkVisibility({ contentVisibilityAuto: true }),
    tag,
    selector,
  );

/** Focuses `selector` as the keyboard reaches it (Tab from the control before it); returns its item's, row's or question's text. */
async function focusFromKeyboard(page, tag, selector) {
  await page.evaluate(
    (tag, selector) => {
      const root = document.querySelector(tag).shadowRoot;
      const focusable = [...root.querySelectorAll('button, input, select, textarea, a[href]')];
      focusable[focusable.indexOf(root.querySelector(selector)) - 1].focus();
    },
    tag,
    selector,
  );
  await page.keyboard.press('Tab');
  for (let i = 0; i < 2; i++)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return page.evaluate(
    (tag) => document.querySelector(tag).shadowRoot.activeElement?.closest('li, tr, fieldset')?.textContent ?? '',
    tag,
  );
}

const SCENARIOS = [
  {
    what: 'ATP grid of 12 × 40: the last group’s items',
    tag: 'coop-atp-matrix',
    far: '[data-cell="g11:attractions"] [data-item="i39"]',
    focus: '[data-cell="g11:attractions"] [data-item="i39"] .edit',
    name: 'Item 39 of group 11',
    // Its buttons are named by its text (aria-labelledby), not by visually hidden text.
    buttons: ['Edit Item 39 of group 11', 'Remove Item 39 of group 11'],
    setup: async (el) => {
      while (!el.getData?.()) await new Promise((r) => setTimeout(r, 10));
      const categories = ['attractions', 'fears', 'temptations'];
      el.setData({
        groups: Array.from({ length: 12 }, (_, g) => ({
          id: `g${g}`,
          label: `Group ${g}`,
          trust: 1,
          items: Array.from({ length: 40 }, (_, i) => ({
            id: `i${i}`,
            category: categories[i % 3],
            text: `Item ${i} of group ${g}`,
            intensity: 2,
          })),
        })),
      });
      await el.updateComplete;
    },
  },
  {
    what: 'register of 1,000 proposals: its last drawn row',
    tag: 'coop-principles-checklist',
    far: '.register tbody tr:last-child',
    focus: '.register tbody tr:last-child .edit',
    name: 'Proposal number 99',
    buttons: ['Edit Proposal number 99', 'Remove Proposal number 99'],
    setup: async (el) => {
      while (!el.getData?.()) await new Promise((r) => setTimeout(r, 10));
      el.setData({
        principles: {},
        proposals: Array.from({ length: 1000 }, (_, i) => ({
          id: `p${String(i).padStart(4, '0')}`,
          text: `Proposal number ${i}`,
          proposedBy: 'staff',
          date: '2026-03-04',
          decision: 'accepted',
          done: false,
        })),
      });
      await el.updateComplete;
    },
  },
  {
    what: 'questionnaire of 500 questions: its last question',
    tag: 'coop-questionnaire',
    far: '#q-q9-4-9',
    focus: '#q-q9-4-9 input[type=radio]',
    name: 'Statement 9.4.9',
    buttons: [],
    setup: async (el) => {
      const minimal = await (await fetch('/test/fixtures/questionnaire.minimal.json')).json();
      const sections = Array.from({ length: 10 }, (_, s) => ({
        id: `s${s}`,
        title: `Section ${s}`,
        subsections: Array.from({ length: 5 }, (_, u) => ({
          id: `s${s}-${u}`,
          title: `Subsection ${s}.${u}`,
          questions: Array.from({ length: 10 }, (_, q) => ({ id: `q${s}-${u}-${q}`, label: `Statement ${s}.${u}.${q}` })),
        })),
      }));
      // The long page is what content-visibility is for: every section on one page, not the default paging.
      el.layout = 'single';
      el.config = { ...minimal, id: 'offscreen-500', sections };
      while (!el.shadowRoot?.querySelector('.questions')) await new Promise((r) => setTimeout(r, 10));
    },
  },
];

for (const { what, tag, far, focus, name, buttons, setup } of SCENARIOS) {
  test(`${what}: by default, laid out and in the accessibility tree`, async () => {
    const { page, errors } = await open(tag, setup);
    assert.equal(await drawn(page, tag, far), true);
    for (const text of [name, ...buttons]) {
      assert.ok(await inAccessibilityTree(page, text), `"${text}" is not in the accessibility tree`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${what}: with --coop-content-visibility: auto, skipped while far, drawn when the keyboard reaches it`, async () => {
    const { page, errors } = await open(tag, setup, { auto: true });
    assert.equal(await drawn(page, tag, far), false, 'far below: skipped');
    assert.match(await focusFromKeyboard(page, tag, focus), new RegExp(name.replaceAll('.', '\\.')));
    assert.equal(await drawn(page, tag, far), true, 'focused: drawn');
    assert.deepEqual(errors, []);
    await page.close();
  });
}
