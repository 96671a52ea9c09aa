// Run after `npm run build`: hostile text in every string a config or stored data can carry, for the three
// widgets in one <coop-project>, through every step and view. Each vector sets window.__pwned if it ran.
// Run twice: under the strict CSP of csp.test.js (where an injection shows as a violation) and without any
// CSP (where it would run and set __pwned).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  defaultAtpConfig,
  defaultPrinciplesConfig,
  defaultQuestionnaire,
  parseAtpConfig,
  parsePrinciplesConfig,
  parseQuestionnaireConfig,
} from '../../dist/core.js';
import { STRICT_CSP, launch, serve } from './browser.js';

const VECTORS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  'javascript:window.__pwned=1',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  "'><details open ontoggle=\"window.__pwned=1\">",
  '<a href="javascript:window.__pwned=1">x</a>',
  '${window.__pwned=1}',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '<img src=x onerror="window.__pwned=1"',
  '</textarea></title><math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
  '<!--?lit$123$--><object data="javascript:window.__pwned=1"></object>',
  '<input autofocus onfocus="window.__pwned=1">',
];
const PAYLOAD = VECTORS.join(' ');

// The keys of the configs that hold text to show (the others are ids, versions, kinds, references).
const TEXT_KEYS = new Set(
  'title instructions label description recommendation help suggestions stable fragile held-back not-held-back recoverable not-recoverable undetermined text explanation'.split(
    ' ',
  ),
);

/** A copy of `config` whose every text is a unique marker followed by every vector. */
function poison(config, prefix) {
  let n = 0;
  const walk = (value, key) => {
    if (typeof value === 'string') return TEXT_KEYS.has(key) ? `${prefix}${++n} ${PAYLOAD}` : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return { config: walk(config, ''), count: () => n };
}

function configs() {
  const q = poison(defaultQuestionnaire('en'), 'Q');
  const atp = poison(defaultAtpConfig('en'), 'A');
  const pc = poison(defaultPrinciplesConfig('en'), 'P');
  for (const [parse, { config }] of [
    [parseQuestionnaireConfig, q],
    [parseAtpConfig, atp],
    [parsePrinciplesConfig, pc],
  ]) {
    const parsed = parse(config, { locale: 'en' });
    assert.ok(parsed.ok, JSON.stringify(parsed.issues));
  }
  return { questionnaire: q.config, atp: atp.config, principles: pc.config };
}

let plain;
let strict;
let browser;
before(async () => {
  plain = await serve(process.cwd());
  strict = await serve(process.cwd(), { 'content-security-policy': STRICT_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  plain?.close();
  strict?.close();
});

/** What the page shows now: the text of every shadow root, and what in them could only come from data. */
const SNAPSHOT = () => {
  const roots = [];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        collect(el.shadowRoot);
      }
    }
  };
  collect(document);
  const hostile = [];
  for (const root of [...roots, document.body]) {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      // The Postures view draws its own arrows (svg.force-arrow, no text, aria-hidden); any other svg came from data.
      const ours = tag === 'svg' && el.classList.contains('force-arrow') && el.getAttribute('aria-hidden') === 'true';
      if (!ours && ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'math', 'mglyph', 'body', 'frame'].includes(tag)) hostile.push(tag);
      for (const { name, value } of el.attributes) {
        if (name.startsWith('on') || name === 'srcdoc' || /^\s*javascript:/i.test(value)) hostile.push(`${tag}[${name}]`);
      }
    }
  }
  return { text: roots.map((r) => r.textContent).join('\n'), hostile, pwned: window.__pwned };
};

async function run(server) {
  const { questionnaire, atp, principles } = configs();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.dismiss());
  await page.goto(`${server.url}/test/dist/pages/xss.html`);
  await page.evaluate(() => localStorage.clear());
  await page.evaluate(
    async ({ questionnaire, atp, principles }) => {
      await Promise.all(['coop-project', 'coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist'].map((t) => customElements.whenDefined(t)));
      const project = document.createElement('coop-project');
      project.setAttribute('project-id', 'xss');
      project.setAttribute('locale', 'en');
      const q = document.createElement('coop-questionnaire');
      q.config = questionnaire;
      const a = document.createElement('coop-atp-matrix');
      a.config = atp;
      const p = document.createElement('coop-principles-checklist');
      p.config = principles;
      project.append(q, a, p);
      document.getElementById('host').append(project);
    },
    { questionnaire, atp, principles },
  );
  const q = 'document.querySelector("coop-questionnaire")';
  const a = 'document.querySelector("coop-atp-matrix")';
  const p = 'document.querySelector("coop-principles-checklist")';
  await page.waitForFunction(
    `${q}?.getResult?.()?.global.total > 30 && ${q}.shadowRoot.querySelector("fieldset.question") && ${a}.getData?.() && ${p}.getData?.() && ${q}.getResponses?.()`,
    { timeout: 10000 },
  );
  const snapshots = [];
  const snap = async (where) => snapshots.push({ where, ...(await page.evaluate(SNAPSHOT)) });

  // Stored data: ATP group labels, item texts and notes; principles evidence and owner, proposals and reasons.
  await page.evaluate((payload) => {
    const atp = document.querySelector('coop-atp-matrix');
    const data = atp.getData();
    data.groups.forEach((g, i) => {
      g.label = `G${i} ${payload}`;
      g.trust = 1;
      ['attractions', 'fears', 'temptations'].forEach((category, j) =>
        g.items.push({ id: `i${i}-${j}`, category, text: `I${i}${j} ${payload}`, intensity: 2, note: `N${i}${j} ${payload}` }),
      );
    });
    atp.setData(data);
    const pc = document.querySelector('coop-principles-checklist');
    const pd = pc.getData();
    pd.principles.p1 = { status: 'in-place', evidence: `E ${payload}`, owner: `O ${payload}`, updatedAt: new Date().toISOString() };
    pd.proposals.push(
      { id: 'x1', text: `T1 ${payload}`, proposedBy: `B ${payload}`, date: '2024-05-01', decision: 'proposed' },
      { id: 'x2', text: `T2 ${payload}`, proposedBy: 'staff', date: '2024-05-02', decision: 'rejected', rejectionReason: `R ${payload}` },
    );
    pc.setData(pd);
  }, PAYLOAD);
  await page.evaluate(() => Promise.all([...document.querySelectorAll('coop-atp-matrix, coop-principles-checklist')].map((e) => e.updateComplete)));
  await snap('fill + grid + checklist/register');

  // Every question answered, each with a comment, then the result (with fewer answers it is provisional: no
  // band, recommendations or chart to carry the payload).
  await page.evaluate(async (payload) => {
    const el = document.querySelector('coop-questionnaire');
    for (;;) {
      for (const f of el.shadowRoot.querySelectorAll('fieldset.question')) f.querySelector('input[type="radio"]')?.click();
      await el.updateComplete;
      // Paged (the default): the next section's page, until the last.
      const next = el.shadowRoot.querySelector('.pager-next');
      if (!next) break;
      next.click();
      await el.updateComplete;
    }
    await el.updateComplete;
    const r = el.getResponses();
    for (const answer of Object.values(r.answers)) answer.comment = `C ${payload}`;
    el.setResponses(r);
    await el.updateComplete;
    el.step = 'result';
  }, PAYLOAD);
  await page.waitForFunction(`${q}.shadowRoot.querySelector("canvas")?.width > 0`, { timeout: 10000 });
  await page.evaluate(() => {
    document.querySelector('coop-atp-matrix').view = 'postures';
  });
  await page.waitForFunction(`${a}.shadowRoot.querySelector("canvas")?.width > 0`, { timeout: 10000 });
  await snap('result + postures');

  await page.evaluate(async (payload) => {
    document.querySelector('coop-atp-matrix').view = 'plans';
    const el = document.querySelector('coop-questionnaire');
    el.step = 'validate';
    await el.updateComplete;
    const root = el.shadowRoot;
    root.querySelector('#confirm').click();
    root.querySelector('#validator-name').value = `V ${payload}`;
    root.querySelector('#validator-role').value = `W ${payload}`;
    root.querySelector('.validate-form button[type=submit]').click();
  }, PAYLOAD);
  await page.waitForFunction(`${q}.shadowRoot.querySelector(".validated") && ${a}.shadowRoot.querySelector(".plan .suggestion-item")`, {
    timeout: 10000,
  });
  // The rejection's reason shows when its row is opened; open every <details> so their text is drawn too.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('coop-principles-checklist, coop-atp-matrix, coop-questionnaire')) {
      for (const d of el.shadowRoot.querySelectorAll('details')) d.open = true;
    }
  });
  await new Promise((r) => setTimeout(r, 50));
  await snap('validate + plans');

  const violations = await page.evaluate(() => window.violations);
  const pwned = await page.evaluate(() => window.__pwned);
  await page.close();
  return { snapshots, violations, pwned, errors };
}

function check(result) {
  const { snapshots, violations, pwned, errors } = result;
  assert.equal(pwned, undefined, 'no vector ran');
  for (const s of snapshots) {
    assert.equal(s.pwned, undefined, `no vector ran (${s.where})`);
    assert.deepEqual(s.hostile, [], `no element from the data (${s.where})`);
    for (const v of VECTORS) assert.ok(s.text.includes(v), `${s.where}: shown literally: ${v}`);
  }
  // Every kind of stored text shown as text is shown literally (evidence, owner and comments are field values).
  const all = snapshots.map((s) => s.text).join('\n');
  for (const marker of ['G0', 'I00', 'T1', 'T2', 'R', 'V', 'W']) {
    assert.ok(all.includes(`${marker} ${PAYLOAD}`), `the text ${marker} is shown literally`);
  }
  for (const marker of ['Q1', 'A1', 'P1']) assert.ok(all.includes(`${marker} ${PAYLOAD}`), `config text ${marker} shown`);
  assert.deepEqual(violations ?? [], []);
  assert.deepEqual(errors, []);
}

test('hostile text in configs and data is shown as text under the strict CSP, with zero violations', async () => {
  check(await run(strict));
});

test('the same hostile text without any CSP: nothing runs, nothing is parsed as markup', async () => {
  check(await run(plain));
});
