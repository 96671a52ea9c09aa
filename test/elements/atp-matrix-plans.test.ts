/**
 * <coop-atp-matrix>'s plans you can act on (principles 5, 6, 8) and the undo of a deletion: a suggestion becomes an
 * editable action linked to its items; anyone edits what, owner, due date and state, links items, evaluates once
 * done and removes it; each group shows the items no action answers; every deletion can be undone exactly.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/atp-matrix.js';
import { createMemoryStorage, type AtpData, type StorageAdapter } from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import type { CoopAtpChangeEvent } from '../../src/elements/events.js';
import { plansStyles } from '../../src/elements/atp-matrix/plans.styles.js';
import { $, $$, button, captureDownloads, cell, root, text, mount as mountWidget } from './helpers.js';

const mount = (storage?: StorageAdapter, options?: { locale?: string }) =>
  mountWidget('coop-atp-matrix', storage, options);

function grid(): AtpData {
  return {
    groups: [
      {
        id: 'staff',
        label: 'Staff',
        trust: 2,
        items: [
          { id: 'i1', category: 'attractions', text: 'Better working conditions', intensity: 3 },
          { id: 'i2', category: 'fears', text: 'Loss of autonomy', intensity: 2 },
          { id: 'i3', category: 'temptations', text: 'Grabbing power', intensity: 1 },
        ],
      },
      {
        id: 'users',
        label: 'Patients and users',
        trust: null,
        items: [{ id: 'u1', category: 'fears', text: 'Loss of autonomy', intensity: 3 }],
      },
    ],
  };
}

async function plansView(el: CoopAtpMatrix): Promise<void> {
  el.view = 'plans';
  await el.updateComplete;
  for (let i = 0; i < 20 && !$(el, '.plan'); i++) await el.updateComplete;
  await el.updateComplete;
}

const focused = (el: Element) => root(el).activeElement;
const risks = (el: Element) => $(el, '[data-plan="risks"]')!;

describe('coop-atp-matrix: plans you can act on', () => {
  it('"Add to the plan" makes an action linked to its items, its form open; saved with owner, due date and state', async () => {
    const el = await mount();
    el.setData(grid());
    await plansView(el);
    expect(text(el)).to.contain('Items no action answers yet');
    expect(text(el)).to.contain('Staff: 3 of 3 items with no action');
    const add = risks(el).querySelector<HTMLButtonElement>('.add-to-plan')!;
    expect(add.textContent!.trim()).to.equal('Add to the plan');
    const added = oneEvent(el, 'coop-atp-change') as Promise<CoopAtpChangeEvent>;
    add.click();
    const event = await added;
    expect(event.detail.action).to.equal('add-action');
    const action = el.getData()!.actions![0]!;
    expect(event.detail.actionId).to.equal(action.id);
    expect(action.plan).to.equal('risks');
    expect(action.state).to.equal('todo');
    expect(action.items.map((l) => `${l.group}/${l.item}`)).to.deep.equal(['staff/i2', 'users/u1']);
    await el.updateComplete;
    const textarea = $<HTMLTextAreaElement>(el, `#action-text-${action.id}`)!;
    expect(focused(el)).to.equal(textarea);
    await expect(el).to.be.accessible();

    textarea.value = 'A steering committee on autonomy';
    $<HTMLInputElement>(el, `#action-owner-${action.id}`)!.value = 'Ms Martin';
    $<HTMLInputElement>(el, `#action-due-${action.id}`)!.value = '2027-03-31';
    const state = $<HTMLSelectElement>(el, `#action-state-${action.id}`)!;
    state.value = 'done';
    state.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const better = $$<HTMLInputElement>(el, '.action-evaluation input[name="effect"]').find(
      (r) => r.value === 'better',
    )!;
    better.click();
    $<HTMLInputElement>(el, `#action-note-${action.id}`)!.value = 'Fewer worries in the teams';
    await expect(el).to.be.accessible();
    button(el, 'Save').click();
    await el.updateComplete;

    const saved = el.getData()!.actions![0]!;
    expect(saved).to.deep.include({
      text: 'A steering committee on autonomy',
      owner: 'Ms Martin',
      due: '2027-03-31',
      state: 'done',
    });
    expect(saved.evaluation).to.deep.include({ effect: 'better', note: 'Fewer worries in the teams' });
    const card = $(el, `[data-action="${saved.id}"]`)!;
    expect(card.textContent).to.contain('Owner: Ms Martin');
    expect(card.textContent).to.contain('Status: Done');
    expect(card.textContent).to.contain('Result: Better');
    expect(card.textContent).to.contain('Staff — Fears: Loss of autonomy');
    expect(focused(el)).to.equal(card.querySelector('.edit-action'));
    expect(risks(el).querySelector('.answered')!.textContent).to.contain('Already answered');
    expect(text(el)).to.contain('Staff: 2 of 3 items with no action');
    expect(text(el)).not.to.contain('Patients and users: 1 of 1');
    await expect(el).to.be.accessible();
  });

  it('a new action picks its items in a labelled list; a missing text is said at the field', async () => {
    const el = await mount();
    el.setData(grid());
    await plansView(el);
    const objectives = $(el, '[data-plan="objectives"]')!;
    objectives.querySelector<HTMLButtonElement>('.new-action')!.click();
    await el.updateComplete;
    const textarea = $<HTMLTextAreaElement>(el, '#action-text-new-objectives')!;
    expect(focused(el)).to.equal(textarea);
    button(el, 'Save').click();
    await el.updateComplete;
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).to.contain('Describe the action.');
    expect(el.getData()!.actions ?? []).to.have.length(0);
    const legend = objectives.querySelector('.action-group legend')!;
    expect(legend.textContent).to.contain('Staff — Attractions');
    const box = objectives.querySelector<HTMLInputElement>('input[name="link"]')!;
    expect(box.closest('label')!.textContent).to.contain('Better working conditions');
    box.click();
    textarea.value = 'Flexible hours';
    await expect(el).to.be.accessible();
    button(el, 'Save').click();
    await el.updateComplete;
    const action = el.getData()!.actions![0]!;
    expect(action).to.deep.include({ plan: 'objectives', text: 'Flexible hours', state: 'todo' });
    expect(action.items).to.deep.equal([{ group: 'staff', item: 'i1', text: 'Better working conditions' }]);
  });

  it('Escape closes the form without saving and gives focus back', async () => {
    const el = await mount();
    el.setData(grid());
    await plansView(el);
    const open = risks(el).querySelector<HTMLButtonElement>('.new-action')!;
    open.click();
    await el.updateComplete;
    $<HTMLTextAreaElement>(el, '#action-text-new-risks')!.value = 'Not kept';
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.action-form')).to.equal(null);
    expect(focused(el)).to.equal(risks(el).querySelector('.new-action'));
    expect(el.getData()!.actions ?? []).to.have.length(0);
  });

  it('an action whose item was removed from the grid still names it, marked removed', async () => {
    const el = await mount();
    el.setData({
      ...grid(),
      actions: [
        {
          id: 'a1',
          plan: 'risks',
          text: 'Keep teams informed',
          state: 'doing',
          items: [{ group: 'staff', item: 'gone', text: 'Fear of moving sites' }],
        },
      ],
    });
    await plansView(el);
    const card = $(el, '[data-action="a1"]')!;
    expect(card.querySelector('.link-removed')!.textContent).to.contain(
      'Fear of moving sites (item removed from the grid)',
    );
    card.querySelector<HTMLButtonElement>('.edit-action')!.click();
    await el.updateComplete;
    const kept = $$<HTMLInputElement>(el, '.action-form input[name="link"]').find((b) => b.value === 'staff/gone')!;
    expect(kept.checked).to.equal(true);
    button(el, 'Save').click();
    await el.updateComplete;
    expect(el.getData()!.actions![0]!.items).to.deep.equal([
      { group: 'staff', item: 'gone', text: 'Fear of moving sites' },
    ]);
  });

  it('the Plans view’s styles, out of the first paint, apply as soon as it shows (adopted once per widget)', async () => {
    const el = await mount();
    el.setData(grid());
    const adopted = () => el.shadowRoot!.adoptedStyleSheets.filter((sheet) => sheet === plansStyles.styleSheet);
    // The first screen's rows of buttons keep the cards' common rule (the grid's `.actions`).
    expect(getComputedStyle($(el, 'p.actions')!).display).to.equal('grid');
    await plansView(el);
    const suggestion = risks(el).querySelector('.suggestion')!;
    expect(getComputedStyle(suggestion).borderTopStyle).to.equal('dashed');
    expect(getComputedStyle(suggestion).borderInlineStartStyle).to.equal('solid');
    expect(adopted()).to.have.length(1);
    el.view = 'postures';
    await el.updateComplete;
    await plansView(el);
    expect(adopted()).to.have.length(1);
  });

  it('read-only: the plans show, nothing to press', async () => {
    const el = await mount();
    el.setData({ ...grid(), actions: [{ id: 'a1', plan: 'charter', text: 'A rule', state: 'todo', items: [] }] });
    el.readonly = true;
    await plansView(el);
    expect(text(el)).to.contain('A rule');
    expect($$(el, '.add-to-plan, .new-action, .edit-action, .remove-action').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('the plans CSV carries the actions decided and their links', async () => {
    const el = await mount();
    el.setData({
      ...grid(),
      actions: [
        {
          id: 'a1',
          plan: 'risks',
          text: 'A steering committee',
          owner: 'Ms Martin',
          state: 'todo',
          items: [{ group: 'staff', item: 'i2', text: 'Loss of autonomy' }],
        },
      ],
    });
    await el.updateComplete;
    const [csv] = captureDownloads(() => button(el, 'Export the plans (CSV)').click());
    const content = await csv!.text();
    expect(content).to.contain('Action decided');
    expect(content).to.contain('A steering committee,Ms Martin');
  });
});

describe('coop-atp-matrix: undo after a deletion', () => {
  it('a removed action comes back at its place, same id; focus goes to Undo, then to the action', async () => {
    const el = await mount();
    const actions = ['One', 'Two', 'Three'].map((t, i) => ({
      id: `a${i + 1}`,
      plan: 'risks' as const,
      text: t,
      state: 'todo' as const,
      items: [],
    }));
    el.setData({ ...grid(), actions });
    await plansView(el);
    const removed = oneEvent(el, 'coop-atp-change') as Promise<CoopAtpChangeEvent>;
    $(el, '[data-action="a2"]')!.querySelector<HTMLButtonElement>('.remove-action')!.click();
    expect((await removed).detail).to.deep.include({ action: 'remove-action', actionId: 'a2' });
    await el.updateComplete;
    expect(el.getData()!.actions!.map((a) => a.id)).to.deep.equal(['a1', 'a3']);
    const undo = $<HTMLButtonElement>(el, '.undo-button')!;
    expect(focused(el)).to.equal(undo);
    expect($(el, '.undo-message')!.textContent).to.contain('Action “Two” removed.');
    await expect(el).to.be.accessible();
    undo.click();
    await el.updateComplete;
    expect(el.getData()!.actions).to.deep.equal(actions);
    expect(focused(el)).to.equal($(el, '[data-action="a2"] .edit-action'));
    expect($(el, '.undo')).to.equal(null);
  });

  it('a removed item comes back with its id at its place in its cell', async () => {
    const el = await mount();
    const data = grid();
    data.groups[0]!.items.splice(1, 0, { id: 'i9', category: 'attractions', text: 'Shared training', intensity: 2 });
    el.setData(data);
    await el.updateComplete;
    cell(el, 'staff', 'attractions').querySelector<HTMLButtonElement>('[data-item="i1"] .remove')!.click();
    await el.updateComplete;
    expect(el.getData()!.groups[0]!.items.some((i) => i.id === 'i1')).to.equal(false);
    expect(focused(el)).to.equal($(el, '.undo-button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getData()).to.deep.equal(data);
    expect(focused(el)).to.equal(cell(el, 'staff', 'attractions').querySelector('[data-item="i1"] .edit'));
  });

  it('a removed group comes back with its items, trust and place', async () => {
    const el = await mount();
    const data = grid();
    data.groups.push({ id: 'empty', label: 'Volunteers', trust: 1, items: [] });
    el.setData(data);
    await el.updateComplete;
    // An empty group goes at once (no dialog), the quickest path to the undo.
    $(el, '[data-group="empty"]')!.querySelector<HTMLButtonElement>('.remove-group')!.click();
    await el.updateComplete;
    expect(el.getData()!.groups.map((g) => g.id)).to.deep.equal(['staff', 'users']);
    $<HTMLButtonElement>(el, '.undo-button')!.click();
    await el.updateComplete;
    expect(el.getData()).to.deep.equal(data);
  });

  it('Close dismisses the offer; nothing comes back', async () => {
    const el = await mount(createMemoryStorage());
    el.setData(grid());
    await el.updateComplete;
    cell(el, 'staff', 'fears').querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    button(el, 'Close').click();
    await el.updateComplete;
    expect($(el, '.undo')).to.equal(null);
    expect(el.getData()!.groups[0]!.items.some((i) => i.id === 'i2')).to.equal(false);
  });
});

describe('coop-atp-matrix: a group’s row actions in one menu button', () => {
  it('one button per row, a disclosure: opens on Enter, its actions by Tab, Escape closes it back on its button', async () => {
    const el = await mount();
    el.setData(grid());
    await el.updateComplete;
    const row = $(el, '[data-group="staff"]')!;
    const toggle = row.querySelector<HTMLButtonElement>('.row-menu-button')!;
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Manage group — Staff/);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const list = row.querySelector<HTMLElement>('.group-actions')!;
    expect(list.hidden).to.equal(true);
    expect(toggle.getAttribute('aria-controls')).to.equal(list.id);
    // Closed, the row's four actions take no Tab stop.
    expect([...list.querySelectorAll('button')].every((b) => b.offsetParent === null)).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(list.querySelector('.rename'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(list.hidden).to.equal(true);
    expect(focused(el)).to.equal(toggle);
  });

  it('moving keeps the menu open and focus on the pressed action; renaming gives focus back to the menu button', async () => {
    const el = await mount();
    el.setData(grid());
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-group="staff"] .row-menu-button')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-group="staff"] .move-down')!.click();
    await el.updateComplete;
    expect(el.getData()!.groups.map((g) => g.id)).to.deep.equal(['users', 'staff']);
    expect($<HTMLElement>(el, '[data-group="staff"] .group-actions')!.hidden).to.equal(false);
    expect(focused(el)).to.equal($(el, '[data-group="staff"] .move-up'));
    $<HTMLButtonElement>(el, '[data-group="staff"] .rename')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#rename-staff')!.value = 'All staff';
    button(el, 'Save').click();
    await el.updateComplete;
    expect(el.getData()!.groups[1]!.label).to.equal('All staff');
    expect(focused(el)).to.equal($(el, '[data-group="staff"] .row-menu-button'));
  });
});

describe('project-link: the register’s links to the grid', () => {
  it('reads each proposal’s links from the checklist’s published data, ignoring what is not a link', async () => {
    const { registerLinks } = await import('../../src/elements/shared/project-link.js');
    const { ProjectHub } = await import('../../src/elements/shared/project-hub.js');
    const hub = new ProjectHub();
    expect(registerLinks(hub)).to.deep.equal([]);
    const proposals = [
      { id: 'p1', items: [{ group: 'staff', item: 'i2', text: 'Loss of autonomy' }, { group: 3 }] },
      { id: 'p2' },
      { id: 'p3', items: 'nope' },
    ];
    hub.publish('principles-checklist', {
      element: document.createElement('div'),
      config: {} as never,
      data: { proposals } as never,
    });
    expect(registerLinks(hub)).to.deep.equal([{ group: 'staff', item: 'i2', text: 'Loss of autonomy' }]);
  });
});
