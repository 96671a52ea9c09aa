/**
 * <coop-principles-checklist>'s parts loaded on first use (issue 22): the register's actions load when the user
 * first acts (or while the browser is idle), an action asked for meanwhile is done once they are here, and one
 * that cannot be loaded says so and keeps what the user typed; a checklist alone never fetches its links to a
 * project's other widgets (the grid's analysis).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/principles-checklist.js';
import '../../src/define/project.js';
import {
  createMemoryStorage,
  getStrings,
  principlesStorageKey,
  serializeSavedPrinciples,
  type MemoryStorage,
  type PrinciplesData,
} from '../../src/core/index.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import type { CoopProject } from '../../src/elements/project/project.js';
import { $, $$, button, liveText, ready, text } from './helpers.js';

const s = getStrings('en');

/** The element's parts as a test reaches them: their loaders, to hold or break one before it is first used. */
interface Parts {
  loaders: Record<string, () => Promise<unknown>>;
  loaded(name: string): unknown;
  readonly pending: boolean;
}
const partsOf = (el: CoopPrinciplesChecklist) => (el as unknown as { parts: Parts }).parts;

/** A checklist whose part `name` (the register's actions by default) loads only on `open()`, or fails on `fail()`. */
async function held(name = 'actions') {
  const el = document.createElement('coop-principles-checklist');
  const loaders = partsOf(el).loaders;
  const real = loaders[name]!;
  let open!: () => void;
  let fail!: () => void;
  loaders[name] = () =>
    new Promise((resolve, reject) => {
      open = () => resolve(real());
      fail = () => reject(new Error('offline'));
    });
  el.setAttribute('locale', 'en');
  el.storage = createMemoryStorage();
  await fixture(html`<div>${el}</div>`);
  await ready(el);
  return { el, open: () => open(), fail: () => fail(), real };
}

/** One proposal, pending: what a returning user's register may hold. */
const saved: PrinciplesData = {
  principles: {},
  proposals: [
    {
      id: 'p1',
      text: 'A joint rota committee',
      proposedBy: 'staff',
      date: '2026-01-10',
      decision: 'proposed',
      done: false,
    },
  ],
};

/**
 * A checklist over `storage` whose register's table (a part fetched right after the first paint) loads only on
 * `open()`, or fails on `fail()`; not waited for (its `updateComplete` waits for the table).
 */
async function heldTable(storage: MemoryStorage) {
  const el = document.createElement('coop-principles-checklist');
  const loaders = partsOf(el).loaders;
  const real = loaders['table']!;
  let open!: () => void;
  let fail!: () => void;
  loaders['table'] = () =>
    new Promise((resolve, reject) => {
      open = () => resolve(real());
      fail = () => reject(new Error('offline'));
    });
  el.setAttribute('locale', 'en');
  el.storage = storage;
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => el.getData(), 'the document did not open');
  return { el, loaders, real, open: () => open(), fail: () => fail() };
}

function typeProposal(el: CoopPrinciplesChecklist, value: string) {
  $<HTMLTextAreaElement>(el, '#new-text')!.value = value;
  button(el, 'Add to the register').click();
}

describe('coop-principles-checklist: parts loaded on first use (issue 22)', () => {
  // The prefetch while the browser is idle is held back, except where a test says: the user acts first.
  const idle = window.requestIdleCallback;
  beforeEach(() => {
    window.requestIdleCallback = () => 0;
  });
  afterEach(() => {
    window.requestIdleCallback = idle;
  });

  it('records a proposal asked for while the register’s actions load, once they are here', async () => {
    const { el, open } = await held();
    typeProposal(el, 'A joint rota committee');
    expect(el.getData()!.proposals).to.have.length(0);
    open();
    await el.updateComplete;
    expect(el.getData()!.proposals.map((p) => p.text)).to.deep.equal(['A joint rota committee']);
    expect($<HTMLTextAreaElement>(el, '#new-text')!.value).to.equal('');
  });

  it('says so when they cannot be loaded, keeps what was typed, and loads them again on the next try', async () => {
    const { el, fail, real } = await held();
    const loaders = partsOf(el).loaders;
    const failing = loaders['actions']!;
    typeProposal(el, 'A joint rota committee');
    fail();
    await el.updateComplete;
    await waitUntil(() => liveText(el) === s.widgetPartFailed, 'the failure is not announced');
    expect(el.getData()!.proposals).to.have.length(0);
    expect($<HTMLTextAreaElement>(el, '#new-text')!.value).to.equal('A joint rota committee');
    await expect(el).to.be.accessible();
    // The connection is back: the next try loads them and records the proposal.
    expect(failing).to.equal(loaders['actions']);
    loaders['actions'] = real;
    button(el, 'Add to the register').click();
    await el.updateComplete;
    expect(el.getData()!.proposals.map((p) => p.text)).to.deep.equal(['A joint rota committee']);
  });

  it('edits a row once its form is here: the loading state meanwhile, a failure with “Try again”', async () => {
    const { el, fail, real } = await held('edit');
    el.setData(structuredClone(saved));
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'tr[data-id="p1"] button.edit')!.click();
    await waitUntil(() => $(el, 'tr[data-id="p1"] [role="status"]'), 'no loading state');
    expect($(el, 'tr[data-id="p1"] [role="status"]')!.textContent!.trim()).to.equal(s.loading);
    fail();
    await el.updateComplete;
    expect($(el, 'tr[data-id="p1"] [role="alert"]')!.textContent).to.contain(s.widgetPartFailed);
    await expect(el).to.be.accessible();
    partsOf(el).loaders['edit'] = real;
    button(el, s.widgetRetry).click();
    await el.updateComplete;
    const field = $<HTMLTextAreaElement>(el, 'tr[data-id="p1"] textarea[name="text"]')!;
    expect(field.value).to.equal('A joint rota committee');
    expect(el.getData()!.proposals[0]!.text).to.equal('A joint rota committee');
  });

  it('alone, never fetches the links to a project’s other widgets (the ATP grid’s analysis)', async () => {
    window.requestIdleCallback = idle;
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(5000);
    const el = document.createElement('coop-principles-checklist');
    el.setAttribute('locale', 'en');
    el.storage = createMemoryStorage();
    await fixture(html`<div>${el}</div>`);
    await ready(el);
    // The idle prefetch has run once the register's dialogs are here (the first test never opened them).
    await waitUntil(() => partsOf(el).loaded('dialogs'), 'the idle prefetch did not run', { timeout: 5000 });
    await el.updateComplete;
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.some((name) => name.includes('register-dialogs-view'))).to.equal(true, 'the prefetch is seen');
    expect(fetched.filter((name) => /project-links|\/core\/atp\/(analyse|plans)/.test(name))).to.deep.equal([]);
  });

  it('in a project, a link of another widget lands on its principle once that code is here, and says so when it cannot be loaded', async () => {
    const el = document.createElement('coop-principles-checklist');
    // What only a checklist in a project loads (its links, where another widget's link lands): broken at first.
    const loaders = (el as unknown as { lazy: { projectLoaders: Record<string, () => Promise<unknown>> } }).lazy
      .projectLoaders;
    const real = loaders['project']!;
    loaders['project'] = () => Promise.reject(new Error('offline'));
    const project = await fixture<CoopProject>(
      html`<coop-project project-id="parts" locale="en" .storage=${createMemoryStorage()}>${el}</coop-project>`,
    );
    await waitUntil(() => el.getData() && project.hub.state['principles-checklist'], 'not loaded', { timeout: 8000 });
    await el.updateComplete;
    const deepActive = () => el.shadowRoot!.activeElement;
    expect(project.hub.focus({ widget: 'principles-checklist', id: 'p3' })).to.equal(true);
    await el.updateComplete;
    await waitUntil(() => liveText(el) === s.widgetPartFailed, 'the failure is not announced');
    expect(!deepActive(), 'focus moved with no part to land it').to.equal(true);
    await expect(el).to.be.accessible();
    // The connection is back: the next link followed loads it and lands.
    loaders['project'] = real;
    project.hub.focus({ widget: 'principles-checklist', id: 'p3' });
    await waitUntil(() => deepActive()?.closest('#principle-p3'), 'focus did not move to the principle');
    expect(deepActive()!.classList.contains('principle-title')).to.equal(true);
  });

  it('with saved proposals, shows nothing but its loading state until the register’s table is here, then everything at once', async () => {
    const storage = createMemoryStorage();
    storage.data.set(principlesStorageKey('principles-default'), serializeSavedPrinciples(saved));
    const { el, open } = await heldTable(storage);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(!$(el, '.base'), 'the principles were drawn before the register').to.equal(true);
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal(s.widgetLoading);
    open();
    await el.updateComplete;
    expect($$(el, 'tbody tr').map((row) => row.dataset['id'])).to.deep.equal(['p1']);
    expect(text(el)).to.contain('A joint rota committee');
    expect($(el, '#principles-heading')).to.exist;
    expect(!$(el, '.register [role="status"], .prerequisite .loading')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('with saved proposals and a table that cannot be loaded, draws the rest, says so in its place and loads it on “Try again”', async () => {
    const storage = createMemoryStorage();
    const key = principlesStorageKey('principles-default');
    storage.data.set(key, serializeSavedPrinciples(saved));
    const { el, fail, loaders, real } = await heldTable(storage);
    fail();
    await waitUntil(() => $(el, '.base'), 'the checklist was not drawn');
    await el.updateComplete;
    const alert = $(el, '.prerequisite [role="alert"]')!;
    expect(alert.textContent).to.contain(s.widgetPartFailed);
    expect(!$(el, 'table.register')).to.equal(true);
    expect($(el, '#principles-heading')).to.exist;
    // The user's data is untouched, on screen's side and in storage.
    expect(el.getData()!.proposals.map((p) => p.text)).to.deep.equal(['A joint rota committee']);
    expect(storage.data.get(key)).to.equal(serializeSavedPrinciples(saved));
    await expect(el).to.be.accessible();
    // The connection is back: "Try again" loads it.
    loaders['table'] = real;
    button(el, s.widgetRetry).click();
    await el.updateComplete;
    expect($$(el, 'tbody tr').map((row) => row.dataset['id'])).to.deep.equal(['p1']);
    expect(!$(el, '[role="alert"]')).to.equal(true);
  });

  it('with no proposal, paints without the table; the first one added shows the loading state in its place until it is here', async () => {
    const { el, open } = await heldTable(createMemoryStorage());
    await waitUntil(() => $(el, '.base'), 'the checklist waited for a table it does not draw');
    expect(text(el)).to.contain(s.pcEmptyRegister);
    typeProposal(el, 'A joint rota committee');
    await waitUntil(() => el.getData()!.proposals.length === 1, 'the proposal was not recorded');
    await waitUntil(() => $(el, '.prerequisite .loading'), 'no loading state in the table’s place');
    expect($(el, '.prerequisite .loading')!.textContent!.trim()).to.equal(s.loading);
    expect($(el, '#principles-heading')).to.exist;
    open();
    await el.updateComplete;
    expect($$(el, 'tbody tr .proposal-text').map((t) => t.textContent)).to.deep.equal(['A joint rota committee']);
    expect(!$(el, '.prerequisite .loading')).to.equal(true);
  });
});
