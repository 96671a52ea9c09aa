/**
 * <coop-principles-checklist>, principle 5 as a tool (issue 18, item 4, register side): in a project, a proposal
 * names the grid items it answers, picked from the grid; the links follow a renamed item and name a removed one;
 * alone, the checklist shows them by the wording they kept; a carried-out proposal gets its evaluation; the CSV
 * carries both. Each state is checked with axe-core.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/atp-matrix.js';
import '../../src/define/principles-checklist.js';
import '../../src/define/project.js';
import { createMemoryStorage, type PrinciplesData } from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import type { CoopPrinciplesChangeEvent } from '../../src/elements/events.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import type { CoopProject } from '../../src/elements/project/project.js';
import { $, $$, button, captureDownloads, staffGrid, text, mount as mountWidget } from './helpers.js';

/** One proposal, accepted and carried out, that answers the staff's fear of losing autonomy. */
const linked: PrinciplesData = {
  principles: {},
  proposals: [
    {
      id: 'proposal-1',
      text: 'A joint rota committee',
      proposedBy: 'staff',
      date: '2026-01-10',
      decision: 'accepted',
      done: true,
      doneDate: '2026-02-01',
      items: [{ group: 'staff', item: 'i2', text: 'Loss of autonomy' }],
    },
  ],
};

async function project(locale = 'en') {
  const el = await fixture<CoopProject>(html`
    <coop-project project-id="links" locale=${locale} .storage=${createMemoryStorage()}>
      <coop-atp-matrix></coop-atp-matrix>
      <coop-principles-checklist></coop-principles-checklist>
    </coop-project>
  `);
  const atp = el.querySelector<CoopAtpMatrix>('coop-atp-matrix')!;
  const principles = el.querySelector<CoopPrinciplesChecklist>('coop-principles-checklist')!;
  await waitUntil(() => atp.getData() && principles.getData() && el.hub.state['principles-checklist'], 'not loaded', {
    timeout: 8000,
  });
  atp.setData(staffGrid);
  await atp.updateComplete;
  await principles.updateComplete;
  return { atp, principles };
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('coop-principles-checklist: proposals linked to grid items (issue 18, item 4)', () => {
  it('in a project, the form offers the grid’s items, labelled by group and column, and records the links', async () => {
    const { principles } = await project();
    const picker = $(principles, '.proposal-form .item-picker')!;
    expect(picker.querySelector('legend')!.textContent).to.equal('ATP grid items it answers (optional)');
    const staff = picker.querySelector('.item-group')!;
    expect(staff.querySelector('legend')!.textContent).to.equal('Staff');
    expect([...staff.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Better working conditions (Attractions)',
      'Loss of autonomy (Fears)',
      'Keep information to oneself (Temptations)',
    ]);
    await expect(principles).to.be.accessible();
    $<HTMLTextAreaElement>(principles, '#new-text')!.value = 'A joint rota committee';
    $<HTMLInputElement>(principles, 'input[name="items"][value="staff/i2"]')!.click();
    const fired = oneEvent(principles, 'coop-principles-change') as Promise<CoopPrinciplesChangeEvent>;
    button(principles, 'Add to the register').click();
    const event = await fired;
    expect(event.detail.data.proposals[0]!.items).to.deep.equal([
      { group: 'staff', item: 'i2', text: 'Loss of autonomy' },
    ]);
    await principles.updateComplete;
    // The label and the list apart: the shipped markup has no space between the label and the list (a block).
    expect($(principles, 'tr[data-id="proposal-1"] .answers-label')!.textContent).to.equal('Answers:');
    expect($(principles, 'tr[data-id="proposal-1"] .answers li')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Staff › Loss of autonomy',
    );
    expect($<HTMLInputElement>(principles, '.proposal-form input[value="staff/i2"]')!.checked).to.equal(false);
  });

  it('follows a renamed item, and names a removed one with its wording and a visible mark', async () => {
    const { atp, principles } = await project();
    principles.setData(linked);
    await principles.updateComplete;
    const renamed = structuredClone(staffGrid);
    renamed.groups[0]!.items[1]!.text = 'Losing our say in the rota';
    atp.setData(renamed);
    await principles.updateComplete;
    const answers = () => $(principles, 'tr[data-id="proposal-1"] .answers')!.textContent!.replace(/\s+/g, ' ');
    expect(answers()).to.contain('Staff › Losing our say in the rota');
    const removed = structuredClone(staffGrid);
    removed.groups[0]!.items.splice(1, 1);
    atp.setData(removed);
    await principles.updateComplete;
    expect(answers()).to.contain('Staff › Loss of autonomy (item removed from the grid)');
    expect(principles.getData()!.proposals[0]!.items).to.deep.equal(linked.proposals[0]!.items, 'nothing lost');
    await expect(principles).to.be.accessible();
    // Editing the proposal offers the removed link, checked: saving does not drop it unseen.
    $<HTMLButtonElement>(principles, 'tr[data-id="proposal-1"] .edit')!.click();
    await principles.updateComplete;
    const kept = $<HTMLInputElement>(principles, 'tr[data-id="proposal-1"] input[name="items"][value="staff/i2"]')!;
    expect(kept.checked).to.equal(true);
    $<HTMLInputElement>(principles, 'tr[data-id="proposal-1"] input[name="items"][value="staff/i1"]')!.click();
    await expect(principles).to.be.accessible();
    $<HTMLButtonElement>(principles, 'tr[data-id="proposal-1"] .save')!.click();
    await principles.updateComplete;
    expect(principles.getData()!.proposals[0]!.items).to.deep.equal([
      { group: 'staff', item: 'i1', text: 'Better working conditions' },
      { group: 'staff', item: 'i2', text: 'Loss of autonomy' },
    ]);
  });

  it('alone, shows the links by the wording they kept, and editing leaves them as they are', async () => {
    const el = await mountWidget('coop-principles-checklist');
    el.setData(linked);
    await el.updateComplete;
    expect($(el, '.proposal-form .item-picker')).to.equal(null);
    expect($(el, 'tr[data-id="proposal-1"] .answers')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Staff › Loss of autonomy',
    );
    $<HTMLButtonElement>(el, 'tr[data-id="proposal-1"] .edit')!.click();
    await el.updateComplete;
    $<HTMLTextAreaElement>(el, 'tr[data-id="proposal-1"] textarea')!.value = 'A joint rota committee, monthly';
    $<HTMLButtonElement>(el, 'tr[data-id="proposal-1"] .save')!.click();
    await el.updateComplete;
    expect(el.getData()!.proposals[0]!.items).to.deep.equal(linked.proposals[0]!.items);
  });

  it('asks how a carried-out proposal worked: the effect is required, then recorded and shown', async () => {
    const el = await mountWidget('coop-principles-checklist');
    el.setData({
      ...linked,
      proposals: [...linked.proposals, { ...linked.proposals[0]!, id: 'proposal-2', done: false, doneDate: undefined }],
    } as PrinciplesData);
    await el.updateComplete;
    expect($(el, 'tr[data-id="proposal-2"] .evaluate'), 'not carried out: no evaluation').to.equal(null);
    const details = $<HTMLDetailsElement>(el, 'tr[data-id="proposal-1"] details.evaluate')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Assess the result');
    details.open = true;
    await expect(el).to.be.accessible();
    details.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Choose what changed.');
    expect(el.getData()!.proposals[0]!.evaluation).to.equal(undefined);
    await expect(el).to.be.accessible();
    const form = () => $(el, 'tr[data-id="proposal-1"] .evaluate-form')!;
    form().querySelector<HTMLInputElement>('input[value="better"]')!.click();
    form().querySelector<HTMLTextAreaElement>('textarea')!.value = 'Fewer complaints about the rota';
    form().querySelector<HTMLInputElement>('input[type="date"]')!.value = '2026-04-01';
    const fired = oneEvent(el, 'coop-principles-change') as Promise<CoopPrinciplesChangeEvent>;
    form().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await fired).detail.action).to.equal('evaluate-proposal');
    await el.updateComplete;
    expect(el.getData()!.proposals[0]!.evaluation).to.deep.equal({
      effect: 'better',
      note: 'Fewer complaints about the rota',
      date: '2026-04-01',
    });
    const shown = $(el, 'tr[data-id="proposal-1"] .evaluation')!.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.contain('Result: Better');
    expect(shown).to.contain('Fewer complaints about the rota');
    await expect(el).to.be.accessible();
  });

  it('exports the links and the evaluation in the CSV, the removed item marked', async () => {
    const { atp, principles } = await project();
    principles.setData({
      ...linked,
      proposals: [{ ...linked.proposals[0]!, evaluation: { effect: 'unchanged', date: '2026-04-01' } }],
    });
    const removed = structuredClone(staffGrid);
    removed.groups[0]!.items.splice(1, 1);
    atp.setData(removed);
    await principles.updateComplete;
    const [csv] = captureDownloads(() => button(principles, 'Export the register (CSV)').click());
    const body = await csv!.text();
    expect(body).to.contain('Grid items it answers');
    expect(body).to.contain('Staff › Loss of autonomy (item removed from the grid)');
    expect(body).to.contain('No change');
  });

  it('in French, at 320 px, the picker and the evaluation fit without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const { principles } = await project('fr');
    principles.setData(linked);
    await principles.updateComplete;
    $<HTMLDetailsElement>(principles, 'tr[data-id="proposal-1"] details.evaluate')!.open = true;
    expect($(principles, '.proposal-form .item-picker legend')!.textContent).to.equal(
      'Éléments de la grille ATP auxquels elle répond (facultatif)',
    );
    const wide = $$<HTMLElement>(principles, '*')
      .filter((n) => n.getClientRects().length && !n.matches('.visually-hidden, select, input, textarea, meter'))
      .filter((n) => n.scrollWidth > n.clientWidth + 1)
      .map((n) => `${n.localName}.${n.className}`);
    expect(wide).to.deep.equal([]);
    await expect(principles).to.be.accessible();
  });
});
