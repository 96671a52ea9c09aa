/**
 * <coop-principles-checklist> through a user's actions: statuses, evidence, the register of proposals and its
 * commitment gauge, reloads, broken storage and broken configs. Each state is checked with axe-core.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/principles-checklist.js';
import {
  StorageError,
  createMemoryStorage,
  principlesStorageKey,
  serializeSavedPrinciples,
  type PrinciplesData,
  type Proposal,
  type StorageAdapter,
} from '../../src/core/index.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import type {
  CoopConfigErrorEvent,
  CoopPrinciplesChangeEvent,
  CoopStorageErrorEvent,
} from '../../src/elements/events.js';
import {
  $,
  $$,
  button,
  captureDownloads,
  deniedStorage,
  fullStorage,
  root,
  startsWithBom,
  text,
  mount as mountWidget,
  ready,
} from './helpers.js';

const KEY = principlesStorageKey('principles-default');

const mount = (storage?: StorageAdapter, options?: { config?: object; locale?: string }) =>
  mountWidget('coop-principles-checklist', storage, options);

function proposal(id: string, decision: Proposal['decision'], extra: Partial<Proposal> = {}): Proposal {
  return {
    id,
    text: `Proposal ${id}`,
    proposedBy: 'staff',
    date: '2026-01-10',
    decision,
    done: false,
    ...(decision === 'rejected' ? { rejectionReason: 'Out of scope' } : {}),
    ...extra,
  };
}

function withProposals(accepted: number, other: number, decision: Proposal['decision'] = 'proposed'): PrinciplesData {
  const proposals: Proposal[] = [];
  for (let i = 0; i < accepted; i++) proposals.push(proposal(`a${i}`, 'accepted'));
  for (let i = 0; i < other; i++) proposals.push(proposal(`o${i}`, decision));
  return { principles: {}, proposals };
}

async function addProposal(el: CoopPrinciplesChecklist, value: string, group = 'staff') {
  $<HTMLTextAreaElement>(el, '#new-text')!.value = value;
  $<HTMLSelectElement>(el, '#new-group')!.value = group;
  button(el, 'Add to the register').click();
  await el.updateComplete;
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('coop-principles-checklist: principles', () => {
  it('is accessible and lists the nine default principles, each status a fieldset with a legend', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    expect($$(el, '.principle').length).to.equal(9);
    expect($$(el, 'fieldset.statuses legend').map((l) => l.textContent)).to.include('Where does principle 1 stand?');
    expect(text(el)).to.contain('None of the 9 principles is assessed yet.');
  });

  it('explains its statuses in a legend, as its config describes them', async () => {
    const el = await mount();
    const legend = $<HTMLDetailsElement>(el, 'details.legend')!;
    expect(legend.querySelector('summary')!.textContent!.trim()).to.equal('What the statuses mean');
    expect([...legend.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(
      // The filter's "All" and "Not assessed yet" (the library's state, which the config does not describe) first.
      [...$$<HTMLOptionElement>(el, '#status-filter option')].slice(2).map((o) => o.textContent!.trim()),
    );
    expect(legend.querySelector('dd')!.textContent).to.match(/\S/);
    legend.open = true;
    await expect(el).to.be.accessible();
  });

  it('records a status by click: event, summary, progress bar and the principle’s part', async () => {
    const el = await mount();
    const fired = oneEvent(el, 'coop-principles-change') as Promise<CoopPrinciplesChangeEvent>;
    $<HTMLInputElement>(el, 'input[name="status-p1"][value="in-place"]')!.click();
    const event = await fired;
    expect(event.detail.action).to.equal('set-status');
    expect(event.detail.id).to.equal('p1');
    expect(event.detail.data.principles.p1!.status).to.equal('in-place');
    await el.updateComplete;
    expect(text(el)).to.contain(
      '1 of 9 principles in place, 0 in progress, 0 not started. 8 principles not assessed yet.',
    );
    expect($<HTMLProgressElement>(el, '.summary progress')!.value).to.equal(1);
    expect($(el, '#principle-p1')!.getAttribute('part')).to.contain('principle--in-place');
    expect(el.getAssessment()!.progress.inPlace).to.equal(1);
  });

  it('works with the keyboard alone: arrow keys move between statuses', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, 'input[name="status-p2"][value="not-started"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.getData()!.principles.p2!.status).to.equal('in-progress');
  });

  it('keeps evidence, owner and due date, and restores them when re-created', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    const evidence = $<HTMLTextAreaElement>(el, '#evidence-p3')!;
    evidence.value = 'Minutes of the steering committee';
    evidence.dispatchEvent(new Event('input'));
    const owner = $<HTMLInputElement>(el, '#owner-p3')!;
    owner.value = 'Marie';
    owner.dispatchEvent(new Event('input'));
    const due = $<HTMLInputElement>(el, '#due-p3')!;
    due.value = '2026-12-31';
    due.dispatchEvent(new Event('change'));
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => storage.data.has(KEY));
    el.remove();
    const again = await mount(storage);
    expect(again.getData()!.principles.p3).to.deep.include({
      evidence: 'Minutes of the steering committee',
      owner: 'Marie',
      dueDate: '2026-12-31',
    });
    expect($<HTMLTextAreaElement>(again, '#evidence-p3')!.value).to.equal('Minutes of the steering committee');
    expect($<HTMLDetailsElement>(again, '#principle-p3 details')!.open).to.equal(true);
  });

  it('filters the principles by status', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, 'input[name="status-p4"][value="in-progress"]')!.click();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#status-filter')!;
    select.value = 'in-progress';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '.principle').map((p) => p.id)).to.deep.equal(['principle-p4']);
  });

  it('speaks French by default', async () => {
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist .storage=${createMemoryStorage()}></coop-principles-checklist>`,
    );
    await ready(el);
    expect(text(el)).to.contain('Principe 1');
    expect(text(el)).to.contain('Prérequis');
  });
});

describe('coop-principles-checklist: the commitment register', () => {
  it('asks for a proposal’s text before adding it, then adds it and says so', async () => {
    const el = await mount();
    expect($<HTMLSelectElement>(el, '#new-group')!.value).to.equal('providers'); // the first group, not "another"
    button(el, 'Add to the register').click();
    await el.updateComplete;
    const field = $<HTMLTextAreaElement>(el, '#new-text')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#new-text-error')!.textContent).to.equal('Enter the text of the proposal.');
    expect(root(el).activeElement === field).to.equal(true);
    expect(el.getData()!.proposals.length).to.equal(0);
    await expect(el).to.be.accessible();

    const fired = oneEvent(el, 'coop-principles-change') as Promise<CoopPrinciplesChangeEvent>;
    await addProposal(el, 'Pool the purchasing of medical supplies', 'users');
    expect((await fired).detail.action).to.equal('add-proposal');
    const [added] = el.getData()!.proposals;
    expect(added).to.deep.include({ text: 'Pool the purchasing of medical supplies', proposedBy: 'users' });
    expect($$(el, 'tbody tr').length).to.equal(1);
    expect($(el, 'tbody tr')!.textContent).to.contain('Patients and users');
    expect(field.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('accepts a proposal from a group that is not listed', async () => {
    const el = await mount();
    const select = $<HTMLSelectElement>(el, '#new-group')!;
    select.value = '__other';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    $<HTMLTextAreaElement>(el, '#new-text')!.value = 'Open a shared pharmacy';
    $<HTMLInputElement>(el, '#new-other')!.value = 'Pharmacists';
    button(el, 'Add to the register').click();
    await el.updateComplete;
    expect(el.getData()!.proposals[0]!.proposedBy).to.equal('Pharmacists');
    expect($(el, 'tbody tr')!.textContent).to.contain('Pharmacists');
  });

  it('shows 3 of 5 accepted as a met 60% commitment, with the gauge and its threshold', async () => {
    const el = await mount();
    el.setData(withProposals(3, 2));
    await el.updateComplete;
    const meter = $<HTMLMeterElement>(el, 'meter')!;
    expect(meter.value).to.equal(60);
    expect(meter.low).to.equal(60);
    expect($(el, '.gauge-track')!.style.getPropertyValue('--_threshold')).to.equal('60%');
    expect($(el, '.commitment')!.className).to.contain('commitment--met');
    expect(!!$(el, '[part="commitment-warning"]')).to.equal(false);
    expect(text(el)).to.contain('3 of 5');
    await expect(el).to.be.accessible();
  });

  it('gives screen readers the gauge’s value as it is shown, not its raw number', async () => {
    const el = await mount();
    const meter = () => $<HTMLMeterElement>(el, 'meter')!;
    await el.updateComplete;
    expect(meter().getAttribute('aria-valuetext'), 'no decision yet: no rate, not 0').to.equal(
      $(el, '.gauge-value')!.textContent,
    );
    el.setData(withProposals(2, 1));
    await el.updateComplete;
    expect(meter().value).to.be.closeTo(66.67, 0.01);
    expect(meter().getAttribute('aria-valuetext')).to.equal('66.7%');
    await expect(el).to.be.accessible();
  });

  it('warns clearly when the commitment is not made, and says how many more proposals to accept', async () => {
    const el = await mount();
    el.setData(withProposals(1, 4));
    await el.updateComplete;
    expect($(el, '.commitment')!.className).to.contain('commitment--not-met');
    const warnings = $$(el, '.prerequisite .warning');
    expect(warnings.length, 'said once, not twice').to.equal(1);
    expect(warnings[0]!.getAttribute('part')).to.equal('commitment-warning');
    expect(warnings[0]!.textContent).to.contain('2 more proposals to accept');
    await expect(el).to.be.accessible();
  });

  it('shows the commitment kept apart from the commitment made: retained is not carried out', async () => {
    const el = await mount();
    el.setData(withProposals(3, 2));
    await el.updateComplete;
    const [made, kept] = $$<HTMLMeterElement>(el, 'meter');
    expect(made!.value).to.equal(60);
    expect(kept!.value, 'nothing carried out yet').to.equal(0);
    expect(kept!.labels[0]!.textContent).to.contain('Commitment kept');
    expect($(el, '.commitment')!.className).to.contain('commitment--met');
    const keptSentence = $(el, '.commitment-kept')!;
    expect(keptSentence.className).to.contain('commitment-kept--not-met');
    expect(keptSentence.textContent).to.contain('0 of 5 proposals carried out: 0%');
    expect(keptSentence.textContent).to.contain('3 more proposals to carry out');
    expect(keptSentence.textContent).to.contain('3 accepted proposals are not carried out yet');
    expect(keptSentence.getAttribute('part'), 'where things stand, not a warning').to.equal(null);
    await expect(el).to.be.accessible();

    for (const box of $$<HTMLInputElement>(el, 'tbody input[type="checkbox"]')) {
      box.click();
      await el.updateComplete;
    }
    expect($$<HTMLMeterElement>(el, 'meter')[1]!.value).to.equal(60);
    expect($(el, '.commitment-kept')!.className).to.contain('commitment-kept--met');
    expect($(el, '.commitment-kept')!.textContent).to.contain('the commitment is kept');
    await expect(el).to.be.accessible();
  });

  it('decides a proposal from its row, and marks it carried out', async () => {
    const el = await mount();
    el.setData(withProposals(0, 1));
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, 'tbody select.decision')!;
    expect(select.getAttribute('aria-label')).to.equal('Decision on “Proposal o0”');
    select.value = 'accepted';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getData()!.proposals[0]!.decision).to.equal('accepted');
    const done = $<HTMLInputElement>(el, 'tbody input[type="checkbox"]')!;
    done.click();
    await el.updateComplete;
    expect(el.getData()!.proposals[0]!.done).to.equal(true);
    expect(el.getAssessment()!.commitment.deliveryRate).to.equal(100);
  });

  it('asks for a reason before rejecting, and keeps the decision when cancelled', async () => {
    const el = await mount();
    el.setData(withProposals(0, 1));
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, 'tbody select.decision')!;
    select.value = 'rejected';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog.reject')!;
    await waitUntil(() => dialog.open);
    expect(dialog.textContent).to.contain('Proposal o0');
    button(el, 'Decline the proposal').click();
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect($(el, '#reject-error')!.textContent).to.contain('Enter the reason');
    expect(el.getData()!.proposals[0]!.decision).to.equal('proposed');
    await expect(el).to.be.accessible();

    $<HTMLTextAreaElement>(el, '#reject-reason')!.value = 'Already covered by the regional plan';
    button(el, 'Decline the proposal').click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.getData()!.proposals[0]).to.deep.include({
      decision: 'rejected',
      rejectionReason: 'Already covered by the regional plan',
    });
    expect(text(el)).to.contain('Reason: Already covered by the regional plan');

    // Cancelled: nothing changes and the select shows the decision as it is.
    el.setData(withProposals(0, 1));
    await el.updateComplete;
    const again = $<HTMLSelectElement>(el, 'tbody select.decision')!;
    again.value = 'rejected';
    again.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitUntil(() => dialog.open);
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    await waitUntil(() => !dialog.open);
    await el.updateComplete;
    expect(el.getData()!.proposals[0]!.decision).to.equal('proposed');
    expect($<HTMLSelectElement>(el, 'tbody select.decision')!.value).to.equal('proposed');
  });

  it('filters and sorts the register', async () => {
    const el = await mount();
    el.setData({
      principles: {},
      proposals: [
        proposal('x1', 'accepted', { text: 'Beta', date: '2026-01-02' }),
        proposal('x2', 'proposed', { text: 'Alpha', date: '2026-01-03' }),
        proposal('x3', 'accepted', { text: 'Gamma', date: '2026-01-01', proposedBy: 'users' }),
      ],
    });
    await el.updateComplete;
    const rows = () => $$(el, 'tbody tr').map((r) => r.dataset.id);
    expect(rows()).to.deep.equal(['x2', 'x1', 'x3']); // newest first
    const decision = $<HTMLSelectElement>(el, '#filter-decision')!;
    decision.value = 'accepted';
    decision.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows()).to.deep.equal(['x1', 'x3']);
    expect(text(el)).to.contain('2 of 3 proposals shown.');
    const group = $<HTMLSelectElement>(el, '#filter-group')!;
    group.value = 'users';
    group.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows()).to.deep.equal(['x3']);
    group.value = '';
    group.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const byText = $$<HTMLButtonElement>(el, 'th .sort').find((b) => b.textContent!.includes('Proposal'))!;
    byText.click();
    await el.updateComplete;
    expect(rows()).to.deep.equal(['x1', 'x3']);
    expect(byText.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    byText.click();
    await el.updateComplete;
    expect(rows()).to.deep.equal(['x3', 'x1']);
  });

  it('edits and removes a proposal, removal after a confirmation', async () => {
    const el = await mount();
    el.setData(withProposals(0, 2));
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'tr[data-id="o0"] .edit')!.click();
    await el.updateComplete;
    const input = $<HTMLTextAreaElement>(el, 'tr[data-id="o0"] textarea')!;
    expect(root(el).activeElement === input).to.equal(true);
    input.value = 'Reworded';
    $<HTMLButtonElement>(el, 'tr[data-id="o0"] .save')!.click();
    await el.updateComplete;
    expect(el.getData()!.proposals.find((p) => p.id === 'o0')!.text).to.equal('Reworded');

    $<HTMLButtonElement>(el, 'tr[data-id="o1"] .remove')!.click();
    await el.updateComplete; // the register's dialogs load on first use
    const dialog = $<HTMLDialogElement>(el, 'dialog.remove')!;
    await waitUntil(() => dialog.open);
    // The row's own button reads "Remove" too (its name adds the proposal): confirm in the dialog.
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Remove')!.click();
    await waitUntil(() => !dialog.open);
    await el.updateComplete;
    expect(el.getData()!.proposals.map((p) => p.id)).to.deep.equal(['o0']);
  });

  it('stays usable with 500 proposals', async () => {
    const el = await mount();
    el.setData(withProposals(300, 200));
    await el.updateComplete;
    // Drawn a hundred rows at a time, so that it opens and sorts at once.
    expect($$(el, 'tbody tr').length).to.equal(100);
    expect(text(el)).to.contain('300 of 500');
    button(el, 'Show 100 more proposals (400 remaining)').click();
    await el.updateComplete;
    expect($$(el, 'tbody tr').length).to.equal(200);
    expect(root(el).activeElement === $$(el, 'tbody tr')[100]!.querySelector('select')).to.equal(true);
    const decision = $<HTMLSelectElement>(el, '#filter-decision')!;
    decision.value = 'proposed';
    decision.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, 'tr[data-id="o5"] select.decision')!;
    select.value = 'accepted';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAssessment()!.commitment.accepted).to.equal(301);
  });

  it('exports the register as CSV with a BOM, and everything as JSON', async () => {
    const el = await mount();
    el.setData(withProposals(1, 0));
    await el.updateComplete;
    const blobs = captureDownloads(() => {
      button(el, 'Export the register (CSV)').click();
      button(el, 'Export (JSON)').click();
    });
    expect(await startsWithBom(blobs[0]!)).to.equal(true);
    expect(await blobs[0]!.text()).to.contain('Proposal a0');
    const json = JSON.parse(await blobs[1]!.text()) as { data: PrinciplesData };
    expect(json.data.proposals[0]!.id).to.equal('a0');
  });
});

describe('coop-principles-checklist: host choices and bad input', () => {
  it('readonly disables every control and hides the form', async () => {
    const el = await mount();
    el.setData(withProposals(1, 1));
    el.readonly = true;
    await el.updateComplete;
    expect(!!$(el, '.proposal-form')).to.equal(false);
    expect($$(el, 'tbody .edit, tbody .remove').length).to.equal(0);
    expect($$<HTMLInputElement>(el, '.statuses input').every((i) => i.disabled)).to.equal(true);
    expect($$<HTMLSelectElement>(el, 'tbody select').every((s) => s.disabled)).to.equal(true);
    expect(text(el)).to.contain('Read only');
    await expect(el).to.be.accessible();
  });

  it('renders config and stored text as text, never as HTML', async () => {
    const vector = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await mount(createMemoryStorage(), {
      config: {
        schemaVersion: 1,
        id: 'xss',
        title: vector,
        principles: [{ id: 'p1', number: 1, text: vector, explanation: vector }],
        groups: [{ id: 'g', label: vector }],
        prerequisite: { text: vector },
      },
    });
    el.setData({
      principles: { p1: { status: 'not-started', evidence: vector, updatedAt: '2026-01-01T00:00:00Z' } },
      proposals: [proposal('v', 'rejected', { text: vector, rejectionReason: vector, proposedBy: 'g' })],
    });
    await el.updateComplete;
    expect($$(el, 'img, script').length).to.equal(0);
    expect($(el, '.title')!.textContent).to.equal(vector);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows config problems with their paths, fires coop-config-error and keeps the saved data', async () => {
    const storage = createMemoryStorage();
    const saved = serializeSavedPrinciples(withProposals(1, 0));
    storage.data.set(principlesStorageKey('broken'), saved);
    const events: CoopConfigErrorEvent[] = [];
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist
        locale="en"
        show-config-errors
        .storage=${storage}
        .config=${{ schemaVersion: 1, id: 'broken', title: 'T', principles: [{ id: 'p1', number: 'one', text: 'x' }] }}
        @coop-config-error=${(e: CoopConfigErrorEvent) => events.push(e)}
      ></coop-principles-checklist>`,
    );
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('principles[0].number');
    expect(events.length).to.equal(1);
    expect(storage.data.get(principlesStorageKey('broken'))).to.equal(saved);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px with no horizontal scrolling of the page', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount();
    el.setData(withProposals(2, 2));
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('gives every button at least a 24 px target, the register’s small row buttons and sort headers too', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount();
    el.setData(withProposals(2, 2));
    await el.updateComplete;
    const small = $$<HTMLElement>(el, 'button')
      .filter((b) => b.getClientRects().length) // shown
      .map((b) => ({ text: b.textContent!.trim(), box: b.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 24 || box.width < 24);
    expect(small.map(({ text, box }) => `${text}: ${box.width}×${box.height}`)).to.deep.equal([]);
  });

  it('setData rejects an invalid document with its paths', async () => {
    const el = await mount();
    expect(() => el.setData({ principles: {}, proposals: [{ id: 'x' }] } as unknown as PrinciplesData)).to.throw(
      TypeError,
      /proposals\[0\]/,
    );
  });
});

describe('coop-principles-checklist: storage faults', () => {
  it('keeps working in memory, warns and fires coop-storage-error when writing fails', async () => {
    const storage = fullStorage();
    const el = await mount(storage);
    const fired = oneEvent(el, 'coop-storage-error') as Promise<CoopStorageErrorEvent>;
    $<HTMLInputElement>(el, 'input[name="status-p1"][value="in-place"]')!.click();
    window.dispatchEvent(new Event('pagehide'));
    expect((await fired).detail).to.deep.include({ reason: 'quota', operation: 'write' });
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('storage is full');
    expect(el.getData()!.principles.p1!.status).to.equal('in-place');
    await expect(el).to.be.accessible();
  });

  it('keeps working when storage cannot be read (a sandboxed iframe)', async () => {
    const el = await mount(deniedStorage());
    expect($(el, '[role="alert"]')!.textContent).to.contain('Saving your work is refused, by your browser');
    $<HTMLInputElement>(el, 'input[name="status-p1"][value="in-place"]')!.click();
    await el.updateComplete;
    expect(el.getData()!.principles.p1!.status).to.equal('in-place');
  });

  it('sets corrupt stored data aside instead of overwriting it', async () => {
    const storage = createMemoryStorage({ [KEY]: '{"format":"coop-principles/1","da' });
    const el = await mount(storage);
    const aside = [...storage.data.keys()].find((k) => k.startsWith(`${KEY}:corrupt:`));
    expect(aside).to.exist;
    expect(storage.data.get(aside!)).to.equal('{"format":"coop-principles/1","da');
    expect($(el, '[role="alert"]')!.textContent).to.contain(aside!);
  });

  it('follows a change made in another tab', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    storage.simulateExternalChange(KEY, serializeSavedPrinciples(withProposals(2, 0)));
    await waitUntil(() => el.getData()!.proposals.length === 2);
  });

  it('after a conflict, keeps the user’s version on screen and says so, whatever comes from elsewhere', async () => {
    const memory = createMemoryStorage();
    const storage: StorageAdapter = {
      load: (key) => memory.load(key),
      save: async () => {
        throw new StorageError('conflict', 'changed elsewhere');
      },
      remove: (key) => memory.remove(key),
      subscribe: (key, listener) => memory.subscribe(key, listener),
    };
    const el = await mount(storage);
    $<HTMLInputElement>(el, 'input[name="status-p1"][value="in-place"]')!.click();
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => $(el, '[role="alert"]'), 'the conflict is not shown');
    expect($(el, '[role="alert"]')!.textContent).to.contain(
      'changed elsewhere (in another tab or on another device) since this page opened',
    );
    memory.simulateExternalChange(KEY, serializeSavedPrinciples(withProposals(2, 0)));
    await el.updateComplete;
    expect(el.getData()!.principles.p1!.status).to.equal('in-place');
    expect(el.getData()!.proposals.length).to.equal(0);
  });

  it('erases everything after a confirmation', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    el.setData(withProposals(1, 0));
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => storage.data.has(KEY));
    button(el, 'Erase everything').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.erase')!;
    await waitUntil(() => dialog.open);
    $$<HTMLButtonElement>(el, 'dialog.erase button')
      .find((b) => b.value === 'erase')!
      .click();
    await waitUntil(() => !storage.data.has(KEY));
    await waitUntil(() => el.getData()!.proposals.length === 0);
  });
});
