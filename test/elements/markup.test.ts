/**
 * The widgets' markup as it ships (web-test-runner minifies the templates as the builds do, with
 * scripts/minify-templates.js): no whitespace-only text node but a space that is visible text (one space between
 * two inline-level neighbours, in a parent that lays its children out inline), and no words run together (two
 * inline neighbours whose text would read as one word, on screen or in a screen reader). Every state a user
 * reaches is checked, with content in it: the questionnaire's steps, the grid's views, the checklist's register.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import atpDataJson from '../fixtures/atp.data.json';
import participantsJson from '../fixtures/atp.participants.json';
import principlesDataJson from '../fixtures/principles.data.json';
import type { AtpData, PrinciplesData } from '../../src/core/index.js';
import { $, $$, mount, root, type Widget } from './helpers.js';

const atpData = atpDataJson as AtpData;
const participants = participantsJson as AtpData[];
const principlesData = principlesDataJson as PrinciplesData;

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** The node's neighbour on one side, Lit's comment markers skipped. */
function neighbour(node: Node, side: 'previousSibling' | 'nextSibling'): Node | null {
  let n = node[side];
  while (n && n.nodeType === Node.COMMENT_NODE) n = n[side];
  return n;
}

const display = (el: Element) => getComputedStyle(el).display;
/** Content that flows inline beside its neighbours: text, or an element laid out inline. */
function inlineLevel(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.trim() !== '';
  return node instanceof Element && display(node).startsWith('inline');
}
/** A parent whose children are laid out as blocks (flex, grid): spaces between them are never rendered. */
const blockifies = (parent: Element) => /flex|grid/.test(display(parent));

/** A parent as `tag.class.class`, modifiers (`--x`) left out: the key of KNOWN_SPACES. */
const signature = (parent: Element) =>
  [parent.localName, ...[...parent.classList].filter((c) => !c.includes('--'))].join('.');

/** Where a node is, for a failure message. */
function where(node: Node): string {
  const parent = node.parentElement;
  if (!parent) return 'shadow root';
  return `<${signature(parent)}> in …${(parent.textContent ?? '').replace(/\s+/g, ' ').slice(0, 60)}…`;
}

const isText = (node: Node | null) => node?.nodeType === Node.TEXT_NODE && (node as Text).data.trim() !== '';

/**
 * Spaces a template writes on one line between elements (`<button>…</button> <button>`, `${a} ${b}`) that
 * their parent lays out as blocks, where they are never rendered. The minifier cannot know the CSS, so it keeps a
 * space written on one line; each of these goes when its template drops it (issue 22), and its entry with it.
 * Any other whitespace-only text node fails the test.
 */
const KNOWN_SPACES: Record<string, string> = {
  'div.base': 'questionnaire.ts / stepper-view.ts, atp-matrix.ts, principles-checklist.ts (header, stepper, intro)',
  'p.stepper-state': 'stepper-view.ts',
  'div.summary-entry': 'fill-view.ts (summary)',
  'div.actions': 'fill-view.ts, validate-view.ts',
  'section.step.result': 'result-view.ts',
  'td.group': 'grid-view.ts',
  summary: 'grid-view.ts (posture badge)',
  'span.group-actions': 'grid-view.ts',
  'td.cell': 'cell-view.ts',
  'li.item': 'cell-view.ts, synthesis-view.ts',
  'p.actions': 'storage-view.ts / erase-view.ts, register-form-view.ts',
  'p.actions.screen-only': 'storage-view.ts (shared export actions)',
  'dl.forces': 'postures-view.ts',
  'h4.principle-title': 'principles-view.ts',
  'div.gauge-track': 'principles-view.ts',
  'p.gauge-legend': 'principles-view.ts',
  'section.prerequisite': 'principles-view.ts',
  tr: 'register-table-view.ts',
  td: 'register-table-view.ts',
  'td.proposal-cell': 'register-table-view.ts',
  'td.cell-decision': 'register-table-view.ts',
  'td.cell-done': 'register-table-view.ts',
  'label.check': 'register-table-view.ts',
};

/**
 * Whitespace-only text nodes that are not a visible space. A visible space is one space between two inline-level
 * neighbours, or at its parent's edge beside text (Lit splits `<span> ${label}</span>` at the expression, and that
 * space keeps "Rename" and the group's name apart for a screen reader), in a parent that lays out inline.
 */
function invisibleWhitespace(el: Element, known: Record<string, string> = {}): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.data.trim() !== '') continue;
    const parent = n.parentElement ?? el;
    if (['pre', 'textarea', 'style', 'script'].includes(parent.localName)) continue;
    const [before, after] = [neighbour(n, 'previousSibling'), neighbour(n, 'nextSibling')];
    const visible =
      n.data === ' ' &&
      !blockifies(parent) &&
      ((inlineLevel(before) && inlineLevel(after)) || (!before && isText(after)) || (isText(before) && !after));
    if (visible || (n.data === ' ' && signature(parent) in known)) continue;
    found.push(`${JSON.stringify(n.data)} in ${where(n)}`);
  }
  return found;
}

/** Two inline neighbours (elements or texts) whose texts meet letter to letter. */
function wordsRunTogether(el: Element): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!inlineLevel(node) || !node.parentElement || blockifies(node.parentElement)) continue;
    const after = neighbour(node, 'nextSibling');
    if (!inlineLevel(after)) continue;
    const [a, b] = [node.textContent ?? '', after!.textContent ?? ''];
    if (WORD_END.test(a) && WORD_START.test(b)) found.push(`“${a.slice(-20)}” + “${b.slice(0, 20)}” in ${where(node)}`);
  }
  return found;
}

async function expectLean(el: Widget, state: string) {
  await el.updateComplete;
  const spaces = invisibleWhitespace(el, KNOWN_SPACES);
  expect(spaces, `${el.localName}, ${state}: whitespace-only text nodes`).to.deep.equal([]);
  expect(wordsRunTogether(el), `${el.localName}, ${state}: words run together`).to.deep.equal([]);
}

describe('markup as it ships: no whitespace-only text nodes, no words run together', () => {
  it('the checks themselves fail on indented markup and on words run together', async () => {
    const el = document.createElement('div');
    el.attachShadow({ mode: 'open' }).innerHTML = `
      <p>
        <span>See principle 1</span><span>See principle 8</span>
      </p>
      <p><b>kept</b> <i>apart</i></p>`;
    document.body.append(el);
    expect(invisibleWhitespace(el)).to.have.length(4);
    expect(invisibleWhitespace(el, { p: 'known' })).to.have.length(4); // only a single space is ever excused
    expect(wordsRunTogether(el)).to.have.length(1);
    el.remove();
  });

  for (const locale of ['fr', 'en']) {
    it(`coop-questionnaire (${locale}): instructions, questions, result with recommendations, validation`, async () => {
      const el = await mount('coop-questionnaire', undefined, { locale });
      await expectLean(el, 'first step');
      for (const f of $$(el, 'fieldset')) f.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
      await expectLean(el, 'every question answered');
      el.step = 'result';
      await waitUntil(() => $(el, '.recommendations, .result') !== null, 'the result view', { timeout: 5000 });
      await expectLean(el, 'result');
      el.step = 'validate';
      await waitUntil(() => $(el, 'button') !== null && el.step === 'validate', 'the validate view');
      await el.updateComplete;
      await expectLean(el, 'validate');
    });

    it(`coop-atp-matrix (${locale}): grid, postures, plans and synthesis, with items`, async () => {
      const el = await mount('coop-atp-matrix', undefined, { locale });
      el.setData(atpData);
      await expectLean(el, 'grid');
      for (const view of ['postures', 'plans'] as const) {
        el.view = view;
        await waitUntil(() => $(el, '[role="tabpanel"]')?.getAttribute('aria-labelledby') === `tab-${view}`);
        await el.updateComplete;
        await expectLean(el, view);
      }
      el.participants = participants;
      el.view = 'synthesis';
      await waitUntil(() => $(el, '[role="tabpanel"]')?.getAttribute('aria-labelledby') === 'tab-synthesis');
      await el.updateComplete;
      await expectLean(el, 'synthesis');
    });

    it(`coop-principles-checklist (${locale}): principles with statuses and a register of proposals`, async () => {
      const el = await mount('coop-principles-checklist', undefined, { locale });
      await expectLean(el, 'empty');
      el.setData(principlesData);
      await expectLean(el, 'with data');
    });
  }
});
