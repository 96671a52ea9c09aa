/**
 * <coop-atp-matrix>'s participants from files: several grid exports and project files at once, a clear error per
 * bad file (the rest still added), who is included with a way to remove one, and a synthesis that says who cited
 * what, shows trust beside posture and the participants' actions with their results.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/atp-matrix.js';
import type { AtpData } from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import { $, $$, root, text, mount } from './helpers.js';

const alice: AtpData = {
  groups: [
    {
      id: 'staff',
      label: 'Staff',
      trust: 1,
      items: [{ id: 'i1', category: 'fears', text: 'Loss of autonomy', intensity: 3 }],
    },
  ],
  actions: [
    {
      id: 'a1',
      plan: 'risks',
      text: 'Monthly staff forum',
      state: 'done',
      items: [{ group: 'staff', item: 'i1', text: 'Loss of autonomy' }],
      evaluation: { effect: 'better', note: 'Fewer worries' },
    },
  ],
};
const bob: AtpData = {
  groups: [
    {
      id: 'staff',
      label: 'Staff',
      trust: 3,
      items: [
        { id: 'x1', category: 'fears', text: 'loss of autonomy', intensity: 1 },
        { id: 'x2', category: 'attractions', text: 'Training', intensity: 2 },
      ],
    },
  ],
};

const gridExport = (data: AtpData) => JSON.stringify({ config: { id: 'atp-default' }, data, exportedAt: '2026-12-01' });
const projectFile = (data: AtpData) =>
  JSON.stringify({ format: 'coop-project/1', id: 'p1', atp: { configId: 'atp-default', data } });

async function addFiles(el: CoopAtpMatrix, files: [string, string][]): Promise<void> {
  const input = $<HTMLInputElement>(el, '#participant-files')!;
  const transfer = new DataTransfer();
  for (const [name, content] of files) transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  for (let i = 0; i < 50 && !$(el, '.participant') && !$(el, '.participants [role="alert"]'); i++)
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
}

describe('coop-atp-matrix: participants from files', () => {
  it('adds several files at once; a bad one gets its own error, the others are added', async () => {
    const el = await mount('coop-atp-matrix');
    expect($(el, '#tab-synthesis')).to.equal(null);
    expect(text(el)).to.contain('No participant’s grid yet.');
    await addFiles(el, [
      ['alice.json', gridExport(alice)],
      ['notes.json', '{ not json'],
      ['team-project.json', projectFile(bob)],
      ['answers.json', '{"answers": {}}'],
    ]);
    expect(el.participants).to.have.length(2);
    const names = $$(el, '.participant').map((li) => li.querySelector('span')!.textContent);
    expect(names).to.deep.equal(['Participant 1 (alice.json)', 'Participant 2 (team-project.json)']);
    const alert = $(el, '.participants [role="alert"]')!;
    expect(alert.textContent).to.contain('“notes.json” is not a readable JSON file');
    expect(alert.textContent).to.contain('“answers.json” holds no ATP grid');
    expect($(el, '#tab-synthesis')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the synthesis says who cited what, shows trust next to posture, and the actions with their results', async () => {
    const el = await mount('coop-atp-matrix');
    await addFiles(el, [
      ['alice.json', gridExport(alice)],
      ['bob.json', gridExport(bob)],
    ]);
    el.view = 'synthesis';
    for (let i = 0; i < 20 && !$(el, '.synthesis'); i++) await el.updateComplete;
    const synthesis = $(el, '.synthesis')!;
    const fear = [...synthesis.querySelectorAll('.cell--fears .item')].find((i) =>
      i.textContent!.includes('Loss of autonomy'),
    )!;
    expect(fear.querySelector('.cited-by')!.textContent).to.equal(
      'cited by Participant 1 (alice.json) and Participant 2 (bob.json)',
    );
    const training = [...synthesis.querySelectorAll('.item')].find((i) => i.textContent!.includes('Training'))!;
    expect(training.querySelector('.cited-by')!.textContent).to.equal('cited by Participant 2 (bob.json)');
    expect(synthesis.textContent).to.contain('mean trust 2');
    const action = synthesis.querySelector('.action')!;
    expect(action.textContent).to.contain('Monthly staff forum');
    expect(action.textContent).to.contain('Result: Better');
    expect(action.textContent).to.contain('Staff — Fears: Loss of autonomy');
    await expect(el).to.be.accessible();
  });

  it('removing a participant updates the list and the synthesis; focus stays in the list', async () => {
    const el = await mount('coop-atp-matrix');
    await addFiles(el, [
      ['alice.json', gridExport(alice)],
      ['bob.json', gridExport(bob)],
    ]);
    const remove = $$<HTMLButtonElement>(el, '.remove-participant')[0]!;
    expect(remove.textContent!.trim()).to.equal('Remove');
    remove.click();
    await el.updateComplete;
    expect(el.participants).to.deep.equal([bob]);
    expect($$(el, '.participant').map((li) => li.querySelector('span')!.textContent)).to.deep.equal([
      'Participant 1 (bob.json)',
    ]);
    expect(root(el).activeElement).to.equal($(el, '.remove-participant'));
    expect($(el, '#tab-synthesis')).to.equal(null);
  });

  it('grids set by code are named by number and can be removed the same way', async () => {
    const el = await mount('coop-atp-matrix');
    el.participants = [alice, bob];
    await el.updateComplete;
    expect($$(el, '.participant').map((li) => li.querySelector('span')!.textContent)).to.deep.equal([
      'Participant 1',
      'Participant 2',
    ]);
  });

  it('grids set by code take the names given with them, as text; a removed one takes its name along', async () => {
    const el = await mount('coop-atp-matrix');
    const hostile = '<img src=x onerror="window.__pwned=1">Bob';
    el.participantNames = ['Alice', hostile, '  '];
    el.participants = [alice, bob, bob];
    await el.updateComplete;
    const listed = () => $$(el, '.participant').map((li) => li.querySelector('span')!.textContent);
    // The third name is blank: numbered, as a grid with no name.
    expect(listed()).to.deep.equal(['Alice', hostile, 'Participant 3']);
    el.view = 'synthesis';
    for (let i = 0; i < 20 && !$(el, '.synthesis'); i++) await el.updateComplete;
    const fear = [...$(el, '.synthesis')!.querySelectorAll('.cell--fears .item')].find((i) =>
      i.textContent!.includes('Loss of autonomy'),
    )!;
    const citedBy = fear.querySelector('.cited-by')!;
    expect(citedBy.textContent).to.equal(`cited by Alice, ${hostile} and Participant 3`);
    // The markup-looking name is text: no element was made of it.
    expect(citedBy.querySelector('img')).to.equal(null);
    expect($(el, '.participants-list img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();

    $$<HTMLButtonElement>(el, '.remove-participant')[0]!.click();
    await el.updateComplete;
    expect(el.participantNames).to.deep.equal([hostile, '  ']);
    expect(listed()).to.deep.equal([hostile, 'Participant 2']);
  });

  it('a file added after named grids keeps both: the names, then the file’s', async () => {
    const el = await mount('coop-atp-matrix');
    el.participantNames = ['Alice'];
    el.participants = [alice];
    await el.updateComplete;
    await addFiles(el, [['bob.json', gridExport(bob)]]);
    await waitUntil(() => $$(el, '.participant').length === 2, 'the file was not added');
    expect($$(el, '.participant').map((li) => li.querySelector('span')!.textContent)).to.deep.equal([
      'Alice',
      'Participant 2 (bob.json)',
    ]);
  });

  it('speaks French', async () => {
    const el = await mount('coop-atp-matrix', undefined, { locale: 'fr' });
    await addFiles(el, [['x.json', '{']]);
    expect($(el, '.participants [role="alert"]')!.textContent).to.contain(
      '«\u202fx.json\u202f» n’est pas un fichier JSON lisible',
    );
    expect(text(el)).to.contain('Ajouter des grilles de participants');
  });
});
