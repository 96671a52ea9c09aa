/**
 * <coop-atp-matrix>'s parts fetched right after its first paint (issue 22): the item form and the edits. While one
 * loads, what the user asked for waits (the cell says it is loading); one that cannot be loaded says so, keeps what
 * the user typed and works on the next try.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/atp-matrix.js';
import { createMemoryStorage, getStrings } from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import { $, button, cell, liveText, root } from './helpers.js';

const s = getStrings('en');

/** The element's parts as a test reaches them: their loaders, to hold or break one before it is first used. */
const loadersOf = (el: CoopAtpMatrix) =>
  (el as unknown as { parts: { loaders: Record<string, () => Promise<unknown>> } }).parts.loaders;

/**
 * A grid whose part `name` loads only on `open()` or fails on `fail()`, at each load (the one right after the first
 * paint, then each try); `restore()` puts the real loader back. Not waited for with `updateComplete`: it waits for
 * the part held.
 */
async function held(name: 'itemForm' | 'edits') {
  const el = document.createElement('coop-atp-matrix');
  const loaders = loadersOf(el);
  const real = loaders[name]!;
  let open!: () => void;
  let fail!: () => void;
  let loads = 0;
  loaders[name] = () =>
    new Promise((resolve, reject) => {
      loads++;
      open = () => resolve(real());
      fail = () => reject(new Error('offline'));
    });
  el.setAttribute('locale', 'en');
  el.storage = createMemoryStorage();
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => el.getData() !== undefined && $(el, '.grid'), 'the grid never loaded', { timeout: 5000 });
  await waitUntil(() => loads === 1, 'the part is not fetched right after the first paint');
  return {
    el,
    open: () => open(),
    fail: () => fail(),
    loads: () => loads,
    restore: () => void (loaders[name] = real),
  };
}

const focused = (el: CoopAtpMatrix) => root(el).activeElement;
const addButton = (el: CoopAtpMatrix) => cell(el, 'staff', 'fears').querySelector<HTMLButtonElement>('.add')!;

describe('coop-atp-matrix: parts fetched right after the first paint (issue 22)', () => {
  // The prefetch of every part while the browser is idle is held back: only the user's actions load them again.
  const idle = window.requestIdleCallback;
  beforeEach(() => {
    window.requestIdleCallback = () => 0;
  });
  afterEach(() => {
    window.requestIdleCallback = idle;
  });

  it('opens the item form once its module is here: the cell says it is loading meanwhile', async () => {
    const { el, open } = await held('itemForm');
    addButton(el).click();
    await waitUntil(() => cell(el, 'staff', 'fears').querySelector('[role="status"]'), 'no loading state');
    expect(cell(el, 'staff', 'fears').querySelector('[role="status"]')!.textContent!.trim()).to.equal(s.loading);
    open();
    const input = () => $<HTMLInputElement>(el, '.item-form input[name="text"]');
    await waitUntil(() => input() && focused(el) === input(), 'focus is not in the form once it is drawn');
    // The form's own styles came with it.
    expect(getComputedStyle($(el, '.item-form')!).borderTopStyle).to.equal('solid');
    await sendKeys({ type: 'Loss of decision power' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(
      el
        .getData()!
        .groups.find((g) => g.id === 'staff')!
        .items.map((i) => i.text),
    ).to.deep.equal(['Loss of decision power']);
  });

  it('says so in the cell when the form cannot be loaded, and opens it on “Try again”', async () => {
    const { el, fail, restore, loads } = await held('itemForm');
    fail(); // offline right after the first paint: the prefetch fails, the grid still works
    await el.updateComplete;
    const before = el.getData();
    addButton(el).click();
    await waitUntil(() => loads() === 2, 'the click does not try again');
    fail();
    const retry = () => cell(el, 'staff', 'fears').querySelector<HTMLButtonElement>('.retry');
    await waitUntil(() => retry() && focused(el) === retry(), 'focus is not on “Try again”');
    expect(cell(el, 'staff', 'fears').querySelector('[role="alert"]')!.textContent).to.contain(s.widgetPartFailed);
    expect(retry()!.textContent!.trim()).to.equal(s.widgetRetry);
    expect(el.getData()).to.deep.equal(before);
    await expect(el).to.be.accessible();
    // The connection is back.
    restore();
    retry()!.click();
    const input = () => $<HTMLInputElement>(el, '.item-form input[name="text"]');
    await waitUntil(() => input() && focused(el) === input(), 'the form does not open on “Try again”');
    await sendKeys({ type: 'Loss of decision power' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getData()!.groups.find((g) => g.id === 'staff')!.items).to.have.length(1);
  });

  it('keeps the new group’s name typed when the edits cannot be loaded, and adds it on the next try', async () => {
    const { el, fail, restore, loads } = await held('edits');
    fail();
    await el.updateComplete;
    const groups = el.getData()!.groups.length;
    $<HTMLInputElement>(el, '#new-group')!.value = 'Pharmacists';
    button(el, 'Add the group').click();
    await waitUntil(() => loads() === 2, 'the click does not try again');
    fail();
    await waitUntil(() => liveText(el) === s.widgetPartFailed, 'the failure is not announced');
    expect(el.getData()!.groups).to.have.length(groups);
    expect($<HTMLInputElement>(el, '#new-group')!.value).to.equal('Pharmacists');
    restore();
    button(el, 'Add the group').click();
    await el.updateComplete;
    expect(el.getData()!.groups.map((g) => g.label)).to.include('Pharmacists');
    expect($<HTMLInputElement>(el, '#new-group')!.value).to.equal('');
  });

  it('keeps the item form open with its text while the edits load, and saves it once they are here', async () => {
    const { el, open } = await held('edits');
    addButton(el).click();
    await waitUntil(() => $(el, '.item-form'), 'no form');
    await sendKeys({ type: 'Loss of autonomy' });
    await sendKeys({ press: 'Enter' });
    expect($<HTMLInputElement>(el, '.item-form input[name="text"]')!.value).to.equal('Loss of autonomy');
    expect(el.getData()!.groups.find((g) => g.id === 'staff')!.items).to.have.length(0);
    open();
    await el.updateComplete;
    expect($(el, '.item-form')).to.equal(null);
    expect(
      el
        .getData()!
        .groups.find((g) => g.id === 'staff')!
        .items.map((i) => i.text),
    ).to.deep.equal(['Loss of autonomy']);
  });
});
