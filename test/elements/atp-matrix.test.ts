/**
 * <coop-atp-matrix> through a user's actions: items added, edited and removed from the keyboard, groups
 * managed, the four views, reloads, broken storage and broken configs. Each view is checked with axe-core.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/atp-matrix.js';
import {
  atpStorageKey,
  createMemoryStorage,
  serializeSavedAtp,
  type AtpCategory,
  type AtpData,
  type StorageAdapter,
} from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import type {
  CoopAtpChangeEvent,
  CoopConfigErrorEvent,
  CoopStorageErrorEvent,
  CoopViewChangeEvent,
} from '../../src/elements/events.js';
import {
  $,
  $$,
  button,
  captureDownloads,
  fullStorage,
  root,
  startsWithBom,
  text,
  mount as mountWidget,
  ready,
} from './helpers.js';

import minimalJson from '../fixtures/atp.minimal.json';

const KEY = atpStorageKey('atp-default');

const mount = (storage?: StorageAdapter, options?: { config?: object; locale?: string }) =>
  mountWidget('coop-atp-matrix', storage, options);

const cell = (el: Element, group: string, category: AtpCategory) => $(el, `[data-cell="${group}:${category}"]`)!;

/** A grid where staff are attracted (3), afraid (1), tempted (1), with the given trust. */
function grid(trust: number | null, a = 3, p = 1, t = 1): AtpData {
  return {
    groups: [
      {
        id: 'staff',
        label: 'Staff',
        trust,
        items: [
          { id: 'i1', category: 'attractions', text: 'Better working conditions', intensity: a },
          { id: 'i2', category: 'fears', text: 'Loss of autonomy', intensity: p },
          { id: 'i3', category: 'temptations', text: 'Grabbing power', intensity: t },
        ],
      },
      { id: 'users', label: 'Patients and users', trust: null, items: [] },
    ],
  };
}

async function addByKeyboard(el: CoopAtpMatrix, group: string, category: AtpCategory, value: string) {
  cell(el, group, category).querySelector<HTMLButtonElement>('.add')!.click();
  await el.updateComplete;
  await sendKeys({ type: value });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

afterEach(async () => {
  await setViewport({ width: 1000, height: 700 });
});

describe('coop-atp-matrix: grid', () => {
  it('is accessible: a table with a caption, row and column headers', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    expect($(el, 'table.grid caption')!.textContent).to.contain('Attractions, fears and temptations');
    expect($$(el, 'table.grid thead th[scope="col"]').length).to.equal(5);
    // The row header holds the group's name only: screen readers repeat it before every cell.
    expect($(el, '[data-group="staff"] th[scope="row"]')!.textContent!.trim()).to.equal('Staff');
    expect($$(el, 'table.grid tbody th[scope="row"]').length).to.equal(6);
  });

  it('shows what its config says of each group and level in a legend, the row headers left to the names', async () => {
    const el = await mount();
    // The default content describes its groups, trust levels and intensity levels.
    const legend = $<HTMLDetailsElement>(el, 'details.legend')!;
    expect(legend.open, 'closed until asked').to.equal(false);
    expect(legend.querySelector('summary')!.textContent!.trim()).to.equal('What the groups and levels mean');
    const titles = [...legend.querySelectorAll('.legend-title')].map((t) => t.textContent);
    expect(titles.slice(1)).to.deep.equal(['Trust', 'Intensity']);
    const staff = [...legend.querySelectorAll('dt')].find((dt) => dt.textContent === 'Staff')!;
    expect(staff.nextElementSibling!.textContent, 'who belongs to the group').to.match(/\S/);
    expect(legend.querySelectorAll('dt').length).to.equal(legend.querySelectorAll('dd').length);
    expect(legend.querySelector('dd')!.textContent).to.match(/\S/);
    legend.querySelector('summary')!.click();
    await expect(el).to.be.accessible();
    // A config without descriptions: no legend, no empty descriptions.
    const bare = await mount(createMemoryStorage(), { config: minimalJson });
    expect($(bare, 'details.legend')).to.equal(null);
  });

  it('adds an item from the keyboard: labelled field, suggestions, intensity radios, Enter', async () => {
    const el = await mount();
    const fired = oneEvent(el, 'coop-atp-change') as Promise<CoopAtpChangeEvent>;
    cell(el, 'staff', 'fears').querySelector<HTMLButtonElement>('.add')!.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '.item-form input[name="text"]')!;
    expect(root(el).activeElement === input).to.equal(true);
    expect(!!cell(el, 'staff', 'fears').querySelector('.empty'), 'no "No item." above the editor').to.equal(false);
    expect(cell(el, 'staff', 'attractions').querySelector('.empty'), 'other empty cells say so').to.exist;
    expect($(el, `label[for="${input.id}"]`)!.textContent, 'a short visible label').to.equal('Item');
    expect(input.getAttribute('aria-label'), 'a name with its context').to.equal('Item — Staff — Fears');
    expect(input.getAttribute('list')).to.equal('suggestions-fears');
    expect($$(el, '#suggestions-fears option').length).to.be.greaterThan(0);
    expect($(el, '.item-form legend')!.textContent).to.equal('Intensity');
    expect($(el, '.item-form fieldset')!.getAttribute('aria-label')).to.equal('Intensity — Staff — Fears');
    expect($(el, '.item-form input[name="note"]')!.getAttribute('aria-label')).to.equal(
      'Comment (optional) — Staff — Fears',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Loss of decision power' });
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.detail).to.deep.include({ action: 'add-item', groupId: 'staff' });
    await el.updateComplete;
    const item = el.getData()!.groups.find((g) => g.id === 'staff')!.items[0]!;
    expect(item).to.deep.include({ category: 'fears', text: 'Loss of decision power' });
    expect(cell(el, 'staff', 'fears').textContent).to.contain('Loss of decision power');
    expect(root(el).activeElement === cell(el, 'staff', 'fears').querySelector('.add')).to.equal(true);
  });

  it('asks for a text, and Escape closes the form with focus back on its button', async () => {
    const el = await mount();
    cell(el, 'staff', 'attractions').querySelector<HTMLButtonElement>('.add')!.click();
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '.item-form input[name="text"]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).to.contain('Enter the text of the item.');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(!!$(el, '.item-form')).to.equal(false);
    expect(root(el).activeElement === cell(el, 'staff', 'attractions').querySelector('.add')).to.equal(true);
    expect(el.getData()!.groups.every((g) => g.items.length === 0)).to.equal(true);
  });

  it('edits and removes an item', async () => {
    const el = await mount();
    el.setData(grid(2));
    await el.updateComplete;
    cell(el, 'staff', 'fears').querySelector<HTMLButtonElement>('.edit')!.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '.item-form input[name="text"]')!;
    expect(input.value).to.equal('Loss of autonomy');
    input.value = 'Loss of autonomy and decision power';
    $<HTMLInputElement>(el, '.item-form input[name="intensity"][value="3"]')!.click();
    button(el, 'Save').click();
    await el.updateComplete;
    const fears = el.getData()!.groups[0]!.items.find((i) => i.id === 'i2')!;
    expect(fears).to.deep.include({ text: 'Loss of autonomy and decision power', intensity: 3 });
    cell(el, 'staff', 'temptations').querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    expect(el.getData()!.groups[0]!.items.some((i) => i.id === 'i3')).to.equal(false);
  });

  it('shows each group’s posture as text with its explanation, and follows trust', async () => {
    const el = await mount();
    el.setData(grid(1));
    await el.updateComplete;
    const row = $(el, '[data-group="staff"]')!;
    expect(row.querySelector('.posture')!.textContent).to.contain('fragile');
    expect(row.querySelector('.explanation')!.textContent).to.match(/3/);
    const trust = row.querySelector<HTMLSelectElement>('.trust select')!;
    expect(row.querySelector('.trust > span')!.textContent, 'a short visible label').to.equal('Trust');
    expect(row.querySelector('.trust select')!.getAttribute('aria-label'), 'named with its group').to.equal(
      'Trust — Staff',
    );
    trust.value = '3';
    trust.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getData()!.groups[0]!.trust).to.equal(3);
    expect(row.querySelector('.posture')!.textContent).to.contain('stable');
    expect(el.getAnalysis()!.groups[0]).to.deep.include({ posture: 'cooperative', qualifier: 'stable' });
  });

  it('adds, renames, moves and removes groups; removing a group with items asks first', async () => {
    const el = await mount();
    el.setData(grid(2));
    await el.updateComplete;
    $<HTMLInputElement>(el, '#new-group')!.value = 'Volunteers';
    button(el, 'Add the group').click();
    await el.updateComplete;
    const groups = () => el.getData()!.groups.map((g) => g.label);
    expect(groups()).to.deep.equal(['Staff', 'Patients and users', 'Volunteers']);

    $<HTMLButtonElement>(el, '[data-group="staff"] .move-down')!.click();
    await el.updateComplete;
    expect(groups()).to.deep.equal(['Patients and users', 'Staff', 'Volunteers']);

    $<HTMLButtonElement>(el, '[data-group="users"] .rename')!.click();
    await el.updateComplete;
    const rename = $<HTMLInputElement>(el, '#rename-users')!;
    expect(root(el).activeElement === rename).to.equal(true);
    rename.value = 'Patients';
    button(el, 'Save').click();
    await el.updateComplete;
    expect(groups()[0]).to.equal('Patients');

    $<HTMLButtonElement>(el, '[data-group="staff"] .remove-group')!.click();
    await el.updateComplete; // the dialog loads on first use
    const dialog = $<HTMLDialogElement>(el, 'dialog.remove-group')!;
    await waitUntil(() => dialog.open);
    expect(dialog.textContent).to.contain('3 items');
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    await waitUntil(() => !dialog.open);
    expect(groups()).to.include('Staff');
    $<HTMLButtonElement>(el, '[data-group="staff"] .remove-group')!.click();
    await waitUntil(() => dialog.open);
    button(el, 'Remove the group').click();
    await waitUntil(() => !groups().includes('Staff'));
  });

  it('reflows to one card per group at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount();
    el.setData(grid(2));
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(getComputedStyle($(el, '.cell-label')!).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('speaks French by default', async () => {
    const el = await fixture<CoopAtpMatrix>(
      html`<coop-atp-matrix .storage=${createMemoryStorage()}></coop-atp-matrix>`,
    );
    await ready(el);
    expect(text(el)).to.contain('Attraits');
    expect(text(el)).to.contain('Personnels');
  });
});

describe('coop-atp-matrix: views', () => {
  it('has tabs with ARIA roles, moved through with the arrow keys', async () => {
    const el = await mount();
    const tabs = $$(el, '[role="tab"]');
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['Grid', 'Postures', 'Plans']);
    expect(tabs[0]!.getAttribute('aria-selected')).to.equal('true');
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('postures');
    expect(root(el).activeElement!.id).to.equal('tab-postures');
    expect($(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-postures');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.view).to.equal('plans');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('grid');
  });

  it('says each move of the user to another view (coop-view-change), not a view set by code', async () => {
    const el = await mount();
    const moves: CoopViewChangeEvent['detail'][] = [];
    el.addEventListener('coop-view-change', (e) => moves.push(e.detail));
    el.view = 'plans'; // the host's choice
    await el.updateComplete;
    $$<HTMLElement>(el, '[role="tab"]')[1]!.click();
    await el.updateComplete;
    $$<HTMLElement>(el, '[role="tab"]')[1]!.click(); // the tab already shown
    await el.updateComplete;
    $<HTMLElement>(el, '#tab-postures')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(moves).to.deep.equal([
      { view: 'postures', previous: 'plans' },
      { view: 'grid', previous: 'postures' },
    ]);
  });

  it('Postures: the levers per group, a lazy chart and its table', async () => {
    const el = await mount();
    el.setData(grid(1));
    el.view = 'postures';
    await el.updateComplete;
    expect($$(el, '.posture-card').length).to.equal(2);
    expect($(el, '.posture-card .levers li')).to.exist;
    expect($(el, 'table.means')!.textContent).to.contain('Staff');
    await waitUntil(() => $<HTMLCanvasElement>(el, 'canvas')!.width > 0, 'chart never drawn', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('Plans: attractions feed the objectives, fears the risks, temptations the charter', async () => {
    const el = await mount();
    el.setData(grid(2));
    el.view = 'plans';
    await el.updateComplete;
    const plans = $$(el, '.plan');
    expect(plans.length).to.equal(3);
    expect(plans[0]!.textContent).to.contain('Better working conditions');
    expect(plans[1]!.textContent).to.contain('Loss of autonomy');
    expect(plans[2]!.textContent).to.contain('Grabbing power');
    await expect(el).to.be.accessible();
  });

  it('Synthesis: shown with several participants, with counts and divergence flags', async () => {
    const el = await mount();
    el.participants = [grid(2, 3), grid(2, 1), grid(3, 3)];
    el.view = 'synthesis';
    await el.updateComplete;
    expect($$(el, '[role="tab"]').length).to.equal(4);
    expect(text(el)).to.contain('Common representation built from 3 participants');
    expect(text(el)).to.contain('cited by 3 of 3 participants');
    expect($(el, '[part="divergence"]')!.textContent).to.contain('Views differ');
    await expect(el).to.be.accessible();
  });
});

describe('coop-atp-matrix: persistence and bad input', () => {
  it('restores the grid when re-created', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    await addByKeyboard(el, 'staff', 'attractions', 'New skills');
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => storage.data.has(KEY));
    el.remove();
    const again = await mount(storage);
    expect(cell(again, 'staff', 'attractions').textContent).to.contain('New skills');
    // Reopened: it says there is a saved copy, not "Nothing saved yet".
    expect($(again, '.saved')!.textContent!.trim()).to.equal('Saved');
    expect($(el, '.saved')!.textContent!.trim(), 'the page that saved says when').to.match(/^Saved on /);
  });

  it('keeps working in memory and warns when writing fails', async () => {
    const storage = fullStorage();
    const el = await mount(storage);
    const fired = oneEvent(el, 'coop-storage-error') as Promise<CoopStorageErrorEvent>;
    await addByKeyboard(el, 'staff', 'fears', 'Worse service');
    window.dispatchEvent(new Event('pagehide'));
    expect((await fired).detail).to.deep.include({ reason: 'quota', operation: 'write' });
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('storage is full');
    expect(cell(el, 'staff', 'fears').textContent).to.contain('Worse service');
    await expect(el).to.be.accessible();
  });

  it('sets corrupt stored data aside instead of overwriting it', async () => {
    const storage = createMemoryStorage({ [KEY]: 'not json' });
    const el = await mount(storage);
    const aside = [...storage.data.keys()].find((k) => k.startsWith(`${KEY}:corrupt:`));
    expect(storage.data.get(aside!)).to.equal('not json');
    expect($(el, '[role="alert"]')!.textContent).to.contain(aside!);
  });

  it('shows config problems with their paths and keeps the saved grid', async () => {
    const storage = createMemoryStorage();
    const saved = serializeSavedAtp(grid(2));
    storage.data.set(atpStorageKey('bad'), saved);
    const events: CoopConfigErrorEvent[] = [];
    const el = await fixture<CoopAtpMatrix>(
      html`<coop-atp-matrix
        locale="en"
        show-config-errors
        .storage=${storage}
        .config=${{ schemaVersion: 1, id: 'bad', title: 'T', groups: 'none' }}
        @coop-config-error=${(e: CoopConfigErrorEvent) => events.push(e)}
      ></coop-atp-matrix>`,
    );
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('groups');
    expect(events.length).to.equal(1);
    expect(storage.data.get(atpStorageKey('bad'))).to.equal(saved);
    await expect(el).to.be.accessible();
  });

  it('renders item and group texts as text, never as HTML', async () => {
    const vector = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await mount();
    el.setData({
      groups: [
        {
          id: 'g',
          label: vector,
          trust: 1,
          items: [{ id: 'i', category: 'fears', text: vector, intensity: 2, note: vector }],
        },
      ],
    });
    await el.updateComplete;
    for (const view of ['grid', 'postures', 'plans'] as const) {
      el.view = view;
      await el.updateComplete;
      expect($$(el, 'img, script').length).to.equal(0);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('readonly shows the grid without any editing control', async () => {
    const el = await mount();
    el.setData(grid(2));
    el.readonly = true;
    await el.updateComplete;
    expect($$(el, '.add, .edit, .remove, .add-group').length).to.equal(0);
    expect($$<HTMLSelectElement>(el, '.trust select').every((s) => s.disabled)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('exports the grid as CSV with a BOM', async () => {
    const el = await mount();
    el.setData(grid(2));
    await el.updateComplete;
    const blobs = captureDownloads(() => {
      button(el, 'Export the grid (CSV)').click();
      button(el, 'Export the plans (CSV)').click();
    });
    expect(await startsWithBom(blobs[0]!)).to.equal(true);
    expect(await blobs[0]!.text()).to.contain('Loss of autonomy');
    expect(await blobs[1]!.text()).to.contain('Grabbing power');
  });
});

describe('coop-atp-matrix: the forces behind the postures', () => {
  /** Staff fear 3, attraction 2, temptation 1: individualist. */
  const individualist = () => grid(null, 2, 3, 1);

  it('shows, in text, the fear as what pushes an individualist group and the attraction as what holds it back', async () => {
    const el = await mount();
    el.setData(individualist());
    el.view = 'postures';
    await el.updateComplete;
    expect(text(el)).to.contain('How we see the project shapes what we feel');
    const card = $$(el, '.posture-card')[0]!;
    const push = card.querySelector('.force--push')!;
    const hold = card.querySelector('.force--hold')!;
    expect(push.querySelector('dt')!.textContent).to.contain('Pushed by fear');
    expect(push.querySelector('dd')!.textContent).to.contain('Loss of autonomy').and.contain('(3)');
    expect(hold.querySelector('dt')!.textContent).to.contain('Brought back to reason by attractions');
    expect(hold.querySelector('dd')!.textContent).to.contain('Better working conditions').and.contain('(2)');
    // A group with no item has no posture to explain: no forces are invented for it.
    expect($$(el, '.posture-card')[1]!.querySelector('.forces')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when the grid has no item for a force', async () => {
    const el = await mount();
    const data = individualist();
    data.groups[0]!.items = data.groups[0]!.items.filter((i) => i.category === 'fears');
    el.setData(data);
    el.view = 'postures';
    await el.updateComplete;
    const hold = $(el, '.force--hold')!;
    expect(hold.querySelector('line')!.getAttribute('stroke-dasharray')).to.equal('3 2');
    expect(hold.querySelector('dd')!.textContent).to.contain('No item in the');
  });

  it('nothing scrolls sideways at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount();
    el.setData(individualist());
    el.view = 'postures';
    await el.updateComplete;
    const panel = $<HTMLElement>(el, '[role="tabpanel"]')!;
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
