// `npm run screenshots`: the pictures of README.md and docs/, taken from the built embed bundle (run
// `npm run build` first) in the system's headless Chromium, with the default French content and a sample
// project's data, at 1280 px (and 320 px with --narrow). Writes docs/images/<name>.png.
// `npm run screenshots -- --journeys [dir]`: every step and view of each widget, and a broken config as a visitor
// and as an editor see it, at 320 and 1280 px, in French and English, into dir (default /tmp/coop-journeys/), to
// be looked at; the instructive ones are copied into docs/images/ by hand (docs/quality.md).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, serve } from '../test/dist/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = new URL('../docs/images/', import.meta.url);
const narrow = process.argv.includes('--narrow');
const journeys = process.argv.includes('--journeys');
const width = narrow ? 320 : 1280;
mkdirSync(out, { recursive: true });

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/demo/portal.css">
<script type="module" src="/dist/coop-widgets.js"></script></head>
<body><main class="portal-main">
<coop-project project-id="screenshots">
  <coop-questionnaire></coop-questionnaire>
  <coop-atp-matrix></coop-atp-matrix>
  <coop-principles-checklist></coop-principles-checklist>
</coop-project></main></body></html>`;

/* global document, window */

/** A sample project, filled in the page: every third answer left out, two groups with items, proposals. */
async function fill() {
  const q = document.querySelector('coop-questionnaire');
  const a = document.querySelector('coop-atp-matrix');
  const p = document.querySelector('coop-principles-checklist');
  while (!q.getResponses?.() || !a.getData?.() || !p.getData?.()) await new Promise((r) => setTimeout(r, 20));
  // The questionnaire is paged (one section per page): each page in turn, then back to the first.
  let i = 0;
  for (;;) {
    for (const f of q.shadowRoot.querySelectorAll('fieldset.question')) {
      const radios = [...f.querySelectorAll('input[type="radio"]')];
      if (i % 3 !== 2 && radios.length) radios[(i * 7) % Math.min(radios.length, 4)].click();
      i += 1;
    }
    await q.updateComplete;
    const next = q.shadowRoot.querySelector('.pager-next');
    if (!next) break;
    next.click();
    await q.updateComplete;
  }
  for (let back; (back = q.shadowRoot.querySelector('.pager-back')); await q.updateComplete) back.click();
  const data = a.getData();
  const items = [
    ['attractions', 'Mutualiser les compétences rares', 3],
    ['fears', 'Perdre son autonomie de décision', 2],
    ['temptations', 'Prendre le leadership du projet', 1],
  ];
  data.groups.slice(0, 3).forEach((g, gi) => {
    g.trust = [2, 1, 0][gi];
    items.forEach(([category, text, intensity], i) =>
      g.items.push({ id: `s${gi}-${i}`, category, text, intensity: Math.max(1, intensity - gi + 1) }),
    );
  });
  a.setData(data);
  const today = new Date().toISOString().slice(0, 10);
  p.setData({
    principles: Object.fromEntries(
      [
        ['p1', 'in-place'],
        ['p2', 'in-progress'],
        ['p4', 'in-progress'],
      ].map(([id, status]) => [id, { status, updatedAt: new Date().toISOString() }]),
    ),
    proposals: [
      ['Un comité de suivi commun tous les trimestres', 'accepted', true],
      ['Une charte des pratiques relationnelles', 'accepted', false],
      ['Des astreintes partagées la nuit', 'proposed', false],
    ].map(([text, decision, done], i) => ({
      id: `s${i}`,
      text,
      proposedBy: ['staff', 'users', 'providers'][i],
      date: today,
      decision,
      done,
    })),
  });
}

/** Every step and view: [name, the widget's tag, what the page does first (run in the page)]. */
const STEPS = [
  ['questionnaire-fill', 'coop-questionnaire', null],
  ['questionnaire-result', 'coop-questionnaire', (el) => (el.step = 'result')],
  ['questionnaire-validate', 'coop-questionnaire', (el) => (el.step = 'validate')],
  ['atp-grid', 'coop-atp-matrix', null],
  ['atp-postures', 'coop-atp-matrix', (el) => (el.view = 'postures')],
  ['atp-plans', 'coop-atp-matrix', (el) => (el.view = 'plans')],
  ['principles', 'coop-principles-checklist', null],
];

/** Each step at 320 and 1280 px in French and English, then a broken config with and without show-config-errors. */
async function takeJourneys(server, browser, dir) {
  mkdirSync(dir, { recursive: true });
  for (const lang of ['fr', 'en']) {
    for (const w of [320, 1280]) {
      // A fresh profile each time: the sample project is stored, and would be filled twice.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      // A page in a hidden headless tab gets few animation frames: charts would be caught with their bars still at
      // zero. Reduced motion draws them at once, as such a user sees them.
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.setViewport({ width: w, height: 1400, deviceScaleFactor: 1 });
      await page.goto(`${server.url}/test/dist/blank.html`);
      await page.setContent(PAGE.replace('lang="fr"', `lang="${lang}"`), { waitUntil: 'load' });
      await page.evaluate(fill);
      for (const [name, tag, before] of STEPS) {
        if (before) await page.$eval(tag, before);
        await new Promise((r) => setTimeout(r, 800));
        const box = await page.$eval(tag, (el) => {
          const r = el.getBoundingClientRect();
          return { y: r.top + window.scrollY, height: r.height }; // in the document, as a full-page clip takes it
        });
        const path = `${dir}/${name}-${lang}-${w}.png`;
        await page.screenshot({
          path,
          clip: { x: 0, y: box.y, width: w, height: Math.min(box.height, 1400) },
          captureBeyondViewport: true,
        });
        console.log(`wrote ${path}`);
      }
      for (const editing of [false, true]) {
        const broken = `<main class="portal-main"><coop-questionnaire ${editing ? 'show-config-errors' : ''}
          config='{"schemaVersion":1,"id":"q","title":"Q","scale":{"levels":[{"value":1,"label":"Oui"}]},"bands":{"global":[{"id":"a","min":0,"label":"A"},{"id":"a","min":50,"label":"B"}]},"sections":[{"id":"s","title":"Section A","subsections":[{"id":"s","title":"Sous-section S","questions":[{"id":"q1","text":"Une question","weight":-2}]}]}]}'>
          </coop-questionnaire></main>`;
        await page.evaluate((body) => (document.body.innerHTML = body), broken); // the test page's own markup
        await new Promise((r) => setTimeout(r, 500));
        const box = await (await page.$('coop-questionnaire')).boundingBox();
        const path = `${dir}/config-error-${editing ? 'editor' : 'visitor'}-${lang}-${w}.png`;
        await page.screenshot({
          path,
          clip: { x: 0, y: box.y, width: w, height: Math.min(box.height, 1400 - box.y) },
        });
        console.log(`wrote ${path}`);
      }
      await context.close();
    }
  }
}

const server = await serve(root);
const browser = await launch();
if (journeys) {
  const dir = process.argv[process.argv.indexOf('--journeys') + 1];
  try {
    await takeJourneys(server, browser, dir && !dir.startsWith('--') ? dir : '/tmp/coop-journeys');
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(0);
}
try {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/test/dist/blank.html`);
  await page.setContent(PAGE, { waitUntil: 'load' });
  await page.evaluate(fill);
  await new Promise((r) => setTimeout(r, 800));
  const shots = [
    ['questionnaire', 'coop-questionnaire', null],
    ['atp-matrix', 'coop-atp-matrix', null],
    ['principles-checklist', 'coop-principles-checklist', null],
  ];
  for (const [name, tag, before] of shots) {
    if (before) await page.$eval(tag, before);
    await new Promise((r) => setTimeout(r, 800)); // the lazy chart and a re-render
    const el = await page.$(tag);
    const box = await el.boundingBox();
    const file = new URL(`${name}${narrow ? '-320' : ''}.png`, out);
    // The top of each widget: what a reader sees first, not a 10,000 px scroll.
    await page.screenshot({
      path: fileURLToPath(file),
      clip: { x: 0, y: box.y, width, height: Math.min(box.height, narrow ? 1100 : 760) },
      captureBeyondViewport: true,
    });
    console.log(`wrote ${fileURLToPath(file)}`);
  }
} finally {
  await browser.close();
  server.close();
}
