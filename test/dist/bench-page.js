// Page side of `npm run bench`: loaded by test/dist/blank.html next to the embed bundle. Plain JS, so what
// is timed is exactly what a portal's page would run.
import { createMemoryStorage } from '/dist/coop-widgets-core.js';

/** Yields to the event loop without setTimeout's 4 ms clamp. */
const tick = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Until the next two frames have been produced (style, layout and paint included): work a page defers, such as
 * content-visibility's, is counted where it happens. Used the same way for our element and for the floor.
 */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
// Two frames: content-visibility decides what is on screen in one frame and lays it out in the next.
const painted = async () => {
  await frame();
  await frame();
};

/**
 * Our questionnaire, created with a memory store and added to the page: resolves once it draws its questions.
 * Every section on one page (`layout="single"`), as the floors draw them: paged, the default, draws one section.
 */
async function questionnaire(config, locale) {
  const el = document.createElement('coop-questionnaire');
  el.storage = createMemoryStorage();
  el.setAttribute('layout', 'single');
  el.config = config;
  el.setAttribute('locale', locale);
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('.questions')) await tick();
  return el;
}

/**
 * Our element, from creation to the first painted frame with every question; then answer clicks, each from the
 * click to the summary updated and laid out: the median of five, in five sections (the first click, which also
 * compiles the answer's code path, included), so that one click slowed by a busy machine does not decide the
 * figure. In English unless `locale` says otherwise: an English page's first render includes fetching the
 * English strings.
 */
async function element(config, locale = 'en') {
  const t0 = performance.now();
  const el = await questionnaire(config, locale);
  void document.body.offsetHeight;
  await painted();
  const render = performance.now() - t0;

  const fieldsets = [...el.shadowRoot.querySelectorAll('fieldset.question')];
  const percent = el.shadowRoot.querySelector('.summary-percent');
  const clicks = [];
  for (let k = 0; k < 5; k++) {
    const input = fieldsets[Math.floor((k * fieldsets.length) / 5)].querySelector('input[type=radio]');
    // A user answers a question on screen (with --coop-content-visibility: auto, what is off screen is not laid
    // out until it comes near, which a click on it would otherwise pay for).
    input.scrollIntoView({ block: 'center' });
    await painted();
    const summary = el.shadowRoot.querySelector('.progress-text').textContent;
    const t1 = performance.now();
    input.click();
    await el.updateComplete;
    void document.body.offsetHeight;
    clicks.push(performance.now() - t1);
    if (el.shadowRoot.querySelector('.progress-text').textContent === summary) throw new Error('no progress shown');
  }
  if (percent.textContent === '0%') throw new Error('the summary did not change');
  const click = clicks.sort((a, b) => a - b)[2];
  return { render, click };
}

/** The floor: plain DOM building the same fieldsets, legends, radios and comment fields, to the first frame. */
async function plainDom(config) {
  const t0 = performance.now();
  const host = document.createElement('div');
  for (const section of config.sections) {
    for (const sub of section.subsections) {
      for (const q of sub.questions) {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = q.label;
        fieldset.append(legend);
        for (const label of ['Not started', 'Started', 'Largely done', 'Done', 'Don’t know', 'Not applicable']) {
          const l = document.createElement('label');
          const radio = document.createElement('input');
          radio.type = 'radio';
          radio.name = q.id;
          l.append(radio, label);
          fieldset.append(l);
        }
        if (q.allowComment) fieldset.append(document.createElement('textarea'));
        host.append(fieldset);
      }
    }
  }
  document.body.append(host);
  void document.body.offsetHeight;
  await painted();
  return performance.now() - t0;
}

/**
 * What our questionnaire draws, to build it again with plain DOM (see `sameMarkup`): its shadow root's markup
 * (Lit's marker comments left out) and the rules of its style sheets, once everything is rendered.
 */
async function markupOf(config, locale = 'en') {
  const el = await questionnaire(config, locale);
  await el.updateComplete;
  const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
  return { html: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''), css: css.join('\n') };
}

/**
 * A second floor, for what the markup itself costs: the same shadow root built by the parser (innerHTML, the
 * fastest way a page builds DOM) with the same style sheet, to the first frame. Ours over it is what Lit,
 * the config's checks, scoring and state add; it over `plainDom` is what the richer markup and styles add.
 */
async function sameMarkup({ html, css }) {
  const t0 = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = html;
  document.body.append(host);
  void document.body.offsetHeight;
  await painted();
  return performance.now() - t0;
}

/** Waits until a document widget has loaded (its data is there and it rendered). */
async function loaded(el) {
  while (!el.getData?.() || !el.shadowRoot?.querySelector('.base')) await tick();
  await el.updateComplete;
}

/** `n` register proposals, two thirds accepted, spread over the year. */
function proposals(n) {
  const groups = ['staff', 'users', 'providers', 'middle-managers'];
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    text: `Proposal ${i}: pool a shared service between the sites`,
    proposedBy: groups[i % groups.length],
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    decision: i % 3 ? 'accepted' : 'proposed',
    done: false,
  }));
}

/** The register of `n` proposals: load to painted, a sort by text, one decision. */
async function register(n) {
  const el = document.createElement('coop-principles-checklist');
  el.storage = createMemoryStorage();
  el.setAttribute('locale', 'en');
  document.body.append(el);
  await loaded(el);
  const data = { principles: {}, proposals: proposals(n) };
  let t = performance.now();
  el.setData(data);
  await el.updateComplete;
  void document.body.offsetHeight;
  await painted();
  const load = performance.now() - t;
  // The user sorts and decides with the register on screen (off screen it is not laid out): scroll to it first.
  el.shadowRoot.querySelector('table.register').scrollIntoView();
  await painted();
  const sort = [...el.shadowRoot.querySelectorAll('th .sort')].find((b) => b.textContent.includes('Proposal'));
  t = performance.now();
  sort.click();
  await el.updateComplete;
  void document.body.offsetHeight;
  const sorted = performance.now() - t;
  const select = el.shadowRoot.querySelector('tbody select.decision');
  select.value = select.value === 'accepted' ? 'proposed' : 'accepted';
  t = performance.now();
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  void document.body.offsetHeight;
  const decide = performance.now() - t;
  return { load, sort: sorted, decide };
}

/** Plain rows for `list`, each with a select, a box and two buttons, into `tbody`. */
function plainRows(tbody, list) {
  for (const p of list) {
    const tr = tbody.insertRow();
    for (const text of [p.date, p.text, p.proposedBy]) tr.insertCell().textContent = text;
    const select = document.createElement('select');
    for (const d of ['proposed', 'accepted', 'rejected']) select.add(new Option(d, d, false, d === p.decision));
    tr.insertCell().append(select);
    const box = document.createElement('input');
    box.type = 'checkbox';
    tr.insertCell().append(box);
    const actions = tr.insertCell();
    for (const label of ['Edit', 'Remove']) {
      const button = document.createElement('button');
      button.textContent = label;
      actions.append(button);
    }
  }
}

/** The floor of the register: a plain table of the rows it draws (100), each with a select, a box and two buttons. */
async function plainRegister(n) {
  const t0 = performance.now();
  const table = document.createElement('table');
  plainRows(table.createTBody(), proposals(n).slice(0, 100));
  document.body.append(table);
  void document.body.offsetHeight;
  await painted();
  return performance.now() - t0;
}

/**
 * The floor of a sort by text: the 1,000 proposals sorted with a collator, and the table's 100 rows drawn again
 * for the new first 100 (timed as our sort is: to the layout, without waiting for a frame).
 */
async function plainRegisterSort(n) {
  const list = proposals(n);
  const table = document.createElement('table');
  plainRows(table.createTBody(), list.slice(0, 100));
  document.body.append(table);
  await painted();
  const t0 = performance.now();
  const collator = new Intl.Collator('en', { numeric: true });
  const sorted = [...list].sort((a, b) => collator.compare(a.text, b.text));
  const tbody = document.createElement('tbody');
  plainRows(tbody, sorted.slice(0, 100));
  table.tBodies[0].replaceWith(tbody);
  void document.body.offsetHeight;
  return performance.now() - t0;
}

/** An ATP grid of `groups` groups with `items` items each, spread over the three columns. */
function grid(groups, items) {
  const categories = ['attractions', 'fears', 'temptations'];
  return {
    groups: Array.from({ length: groups }, (_, g) => ({
      id: `g${g}`,
      label: `Group ${g}`,
      trust: g % 4,
      items: Array.from({ length: items }, (_, i) => ({
        id: `i${i}`,
        category: categories[i % 3],
        text: `Item ${i} of group ${g}`,
        intensity: (i + g) % 4,
      })),
    })),
  };
}

/** The ATP grid: from setData to painted. */
async function atp(groups, items) {
  const el = document.createElement('coop-atp-matrix');
  el.storage = createMemoryStorage();
  el.setAttribute('locale', 'en');
  document.body.append(el);
  await loaded(el);
  const data = grid(groups, items);
  const t = performance.now();
  el.setData(data);
  await el.updateComplete;
  void document.body.offsetHeight;
  await painted();
  return performance.now() - t;
}

/** The floor of the grid: a plain table with the same items, each with its intensity and two buttons. */
async function plainAtp(groups, items) {
  const t0 = performance.now();
  const table = document.createElement('table');
  for (const group of grid(groups, items).groups) {
    const tr = table.insertRow();
    tr.insertCell().textContent = group.label;
    for (const category of ['attractions', 'fears', 'temptations']) {
      const ul = document.createElement('ul');
      for (const item of group.items.filter((i) => i.category === category)) {
        const li = document.createElement('li');
        li.append(item.text, ` (${item.intensity})`);
        for (const label of ['Edit', 'Remove']) {
          const button = document.createElement('button');
          button.textContent = label;
          li.append(button);
        }
        ul.append(li);
      }
      tr.insertCell().append(ul);
    }
  }
  document.body.append(table);
  void document.body.offsetHeight;
  await painted();
  return performance.now() - t0;
}

/**
 * The questionnaire drawn and painted, left in the page: what the heap is measured after. Nothing here walks its
 * nodes: a node a script touches gets a JS wrapper that lives as long as the node, so counting the nodes (see
 * `nodes`) would add thousands of wrappers a real page never makes to the heap being measured.
 */
async function drawn(config, locale = 'en') {
  await questionnaire(config, locale);
  await painted();
}

/**
 * The questionnaire's shadow root once drawn, node by node: elements, Lit's marker comments, text nodes and, of
 * those, the whitespace-only ones; `questions` to divide by. Not for the heap: see `drawn`.
 */
async function nodes(config, locale = 'en') {
  const el = await questionnaire(config, locale);
  await painted();
  const count = { elements: 0, comments: 0, texts: 0, whitespace: 0 };
  const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) count.elements++;
    else if (n.nodeType === Node.COMMENT_NODE) count.comments++;
    else if (n.nodeType === Node.TEXT_NODE) {
      count.texts++;
      if (n.data.trim() === '') count.whitespace++;
    }
  }
  const questions = el.shadowRoot.querySelectorAll('fieldset.question').length;
  return { ...count, total: count.elements + count.comments + count.texts, questions };
}

window.bench = {
  element,
  plainDom,
  markupOf,
  sameMarkup,
  register,
  plainRegister,
  plainRegisterSort,
  atp,
  plainAtp,
  nodes,
  drawn,
};
