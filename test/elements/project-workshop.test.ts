/**
 * <coop-project>'s workshop mode against a server in the page (test/fixtures/workshop-server.ts): the
 * facilitator revokes, removes and renews from the keyboard, each confirmed in a dialog that opens at its title,
 * each outcome said (and each failure shown); the collective outputs built from the participants' documents;
 * the join form; a server that does not answer. axe in each state.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/all.js';
import {
  readWorkshopLink,
  serializeSavedAtp,
  serializeSavedPrinciples,
  type AtpData,
  type PrinciplesData,
} from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import type { CoopProject } from '../../src/elements/project/project.js';
import participantsJson from '../fixtures/atp.participants.json';
import { installFakeWorkshop, type FakeWorkshop } from '../fixtures/workshop-server.js';
import { $, $$, button, root, text } from './helpers.js';

const grids = participantsJson as unknown as AtpData[];
const ATP_KEY = 'coop-widgets:project:atelier:atp:atp-default';
const PRINCIPLES_KEY = 'coop-widgets:project:atelier:principles:principles-default';
const saved = (textValue: string) => JSON.parse(textValue) as unknown;
const register = (proposals: PrinciplesData['proposals']): unknown =>
  saved(serializeSavedPrinciples({ principles: {}, proposals }));

let server: FakeWorkshop;
afterEach(() => server?.uninstall());

async function mount(token: string, locale = 'en'): Promise<CoopProject> {
  const project = await fixture<CoopProject>(html`
    <coop-project project-id="atelier" locale=${locale} server=${server.origin} workshop=${server.id} token=${token}>
      <coop-atp-matrix></coop-atp-matrix>
      <coop-principles-checklist></coop-principles-checklist>
    </coop-project>
  `);
  return project;
}

/** The facilitator's page once every participant's row is drawn. */
async function facilitator(rows: number, locale = 'en'): Promise<CoopProject> {
  const project = await mount(server.facilitator, locale);
  await waitUntil(
    () =>
      $(project, '.workshop-facilitator') &&
      $$(project, 'tr[data-participant]').length === rows &&
      project.hub.state['atp-matrix'] &&
      project.hub.state['principles-checklist'],
    'the facilitator’s view never showed',
    { timeout: 8000 },
  );
  return project;
}

function twoParticipants(): void {
  server.add('Alice', 'Offreurs de service', {
    [ATP_KEY]: saved(serializeSavedAtp(grids[0]!)),
    [PRINCIPLES_KEY]: register([
      {
        id: 'prop-alice',
        text: 'A shared purchasing calendar',
        proposedBy: '',
        date: '2026-03-01',
        decision: 'accepted', // only the promoter decides: still pending in the workshop's register
        done: false,
      },
    ]),
  });
  server.add('Bruno', 'Personnels', { [ATP_KEY]: saved(serializeSavedAtp(grids[1]!)) });
}

const dialog = (project: CoopProject) => $<HTMLDialogElement>(project, 'dialog.ws-confirm')!;
const rowOf = (project: CoopProject, name: string) =>
  $$(project, 'tr[data-participant]').find((row) => row.querySelector('th')?.textContent?.trim() === name);

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

describe('<coop-project> workshop: the facilitator', () => {
  beforeEach(() => {
    server = installFakeWorkshop();
  });

  it('with no participant: says so, offers to renew the invitation, and is accessible', async () => {
    const project = await facilitator(0);
    expect(text(project)).to.contain('Nobody has joined the workshop yet');
    expect(text(project)).to.contain('The collective outputs will appear as soon as a participant');
    expect(button(project, 'Renew the invitation link')).to.exist;
    await expect(project).to.be.accessible();
  });

  it('shows the collective outputs built from the participants: postures with trust, three plans, the register', async () => {
    twoParticipants();
    const project = await facilitator(2);
    await waitUntil(() => $(project, '.ws-outputs table'), 'no outputs', { timeout: 5000 });
    const outputs = $<HTMLDetailsElement>(project, '.ws-outputs')!;
    // A disclosure, closed at first, opened from the keyboard.
    expect(outputs.open).to.equal(false);
    $(project, '.ws-outputs > summary')!.focus();
    await press('Enter');
    expect(outputs.open).to.equal(true);
    const words = outputs.textContent!.replace(/\s+/g, ' ');
    expect(words).to.contain('Built live from the common representation (2 participants’ grids)');
    // The merged grid's postures, one row per stakeholder group.
    const postures = [...outputs.querySelectorAll('table')].find((t) => /posture/i.test(t.caption?.textContent ?? ''))!;
    expect(postures.querySelectorAll('tbody tr').length).to.equal(6);
    // Trust beside each posture (what stabilises a cooperative group): the providers rated 3 in both grids.
    const providers = postures.querySelector('tbody tr')!;
    expect(providers.textContent).to.match(/Trust: /);
    // The three plans of principle 6.
    expect(outputs.querySelectorAll('h4').length).to.be.greaterThanOrEqual(3 + 6);
    // The participant's proposal is in the register, pending, proposed by her.
    const registerTable = [...outputs.querySelectorAll('table')].find((t) =>
      /proposals/i.test(t.caption?.textContent ?? ''),
    )!;
    const row = [...registerTable.querySelectorAll('tbody tr')].find((r) =>
      r.textContent!.includes('A shared purchasing calendar'),
    )!;
    expect(row.textContent).to.contain('Alice');
    expect(row.textContent).to.match(/Proposed|Pending/i);
    // And the grid's Synthesis gets both grids.
    const atp = project.querySelector<CoopAtpMatrix>('coop-atp-matrix')!;
    expect(atp.participants).to.have.length(2);
    await expect(project).to.be.accessible();
  });

  it('the grid’s Synthesis names who cited what with the names they joined with, as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">Zoé';
    server.add(hostile, 'Personnels', { [ATP_KEY]: saved(serializeSavedAtp(grids[0]!)) });
    server.add('Bruno', 'Personnels', { [ATP_KEY]: saved(serializeSavedAtp(grids[1]!)) });
    const project = await facilitator(2);
    const atp = project.querySelector<CoopAtpMatrix>('coop-atp-matrix')!;
    await waitUntil(() => $(atp, '.synthesis .cited-by'), 'no synthesis', { timeout: 5000 });
    expect(atp.participantNames).to.deep.equal([hostile, 'Bruno']);
    const item = [...$$(atp, '.synthesis .item')].find((i) =>
      i.textContent!.includes('Un poids accru face à notre environnement'),
    )!;
    expect(item.querySelector('.cited-by')!.textContent).to.equal(`cited by ${hostile} and Bruno`);
    const only = [...$$(atp, '.synthesis .item')].find((i) => i.textContent!.includes('Accaparer le pouvoir'))!;
    expect(only.querySelector('.cited-by')!.textContent).to.equal('cited by Bruno');
    expect($(atp, '.synthesis img')).to.equal(null);
    expect($$(atp, '.participant').map((li) => li.querySelector('span')!.textContent)).to.deep.equal([
      hostile,
      'Bruno',
    ]);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('revokes a participant from the keyboard, after a dialog that opens at its title', async () => {
    twoParticipants();
    const project = await facilitator(2);
    const revoke = rowOf(project, 'Alice')!.querySelector<HTMLButtonElement>('.ws-revoke')!;
    expect(revoke.getAttribute('aria-label')).to.equal('Revoke access of Alice');
    revoke.focus();
    await press('Enter');
    await waitUntil(() => dialog(project).open, 'the dialog did not open');
    expect(root(project).activeElement?.id).to.equal('ws-confirm-title');
    expect(dialog(project).textContent).to.contain('Revoke the access of Alice?');
    await expect(project).to.be.accessible();
    await press('Tab');
    await press('Tab');
    expect(root(project).activeElement?.textContent?.trim()).to.equal('Revoke access');
    await press('Enter');
    await waitUntil(() => $(project, '.ws-access-status'), 'no status');
    const id = [...server.participants.values()].find((p) => p.name === 'Alice')!.id;
    expect(server.requests).to.include(`POST /api/workshops/${server.id}/participants/${id}/revoke`);
    expect(server.participants.get(id)!.revoked).to.equal(true);
    expect(dialog(project).open).to.equal(false);
    expect($(project, '.ws-access-status')!.textContent).to.contain('The access of Alice is revoked.');
    expect(root(project).activeElement).to.equal($(project, '.ws-access-status'));
    expect(rowOf(project, 'Alice')!.textContent).to.contain('access revoked');
    expect(rowOf(project, 'Alice')!.querySelector('.ws-revoke')).to.equal(null);
    await expect(project).to.be.accessible();
  });

  it('still marks a participant revoked after a reload: the server’s overview says it', async () => {
    twoParticipants();
    [...server.participants.values()].find((p) => p.name === 'Alice')!.revoked = true;
    const project = await facilitator(2);
    expect(rowOf(project, 'Alice')!.textContent).to.contain('access revoked');
    expect(rowOf(project, 'Alice')!.querySelector('.ws-revoke')).to.equal(null);
    expect(rowOf(project, 'Bruno')!.querySelector('.ws-revoke')).to.exist;
  });

  it('at 320 px: the participants, the outputs and the Synthesis are cards, each value named, nothing wider', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      twoParticipants();
      const project = await facilitator(2);
      await waitUntil(() => $(project, '.ws-outputs table'), 'no outputs', { timeout: 5000 });
      $(project, '.ws-outputs > summary')!.click();
      const atp = project.querySelector<CoopAtpMatrix>('coop-atp-matrix')!;
      await waitUntil(() => $(atp, '.synthesis table'), 'no synthesis', { timeout: 5000 });
      await (project as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(320);
      for (const host of [project, atp]) {
        // What is only for screen readers (the headers, the captions) is clipped to a pixel: left out.
        const wider = $$(host, '*')
          .filter((e) => !e.closest('thead, .visually-hidden'))
          .filter((e) => e.getBoundingClientRect().right > 320.5 || e.scrollWidth > e.clientWidth + 1)
          .map((e) => `${host.localName} ${e.localName}.${e.className}`);
        expect(wider, 'elements wider than the viewport, or scrolling sideways').to.deep.equal([]);
      }
      const tables = [...$$<HTMLTableElement>(project, 'table'), ...$$<HTMLTableElement>(atp, '.synthesis table')];
      // The participants' table, the postures, each group's grid, the plans, the principles, the register; the Synthesis.
      expect(tables.length).to.be.greaterThan(8);
      for (const table of tables) {
        const name = table.caption?.textContent?.trim() ?? table.closest('[aria-label]')?.getAttribute('aria-label');
        expect(table.classList.contains('cards-when-narrow'), `${name}: cards`).to.equal(true);
        expect(getComputedStyle(table.tHead!).position, `${name}: headers only for screen readers`).to.equal(
          'absolute',
        );
        const headers = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
        for (const row of table.tBodies[0]!.rows) {
          [...row.cells].forEach((cell, i) => {
            if (cell.localName === 'th' && i === 0) return; // the card's title
            if (cell.classList.contains('cell-empty')) {
              // Nothing to name: the card leaves it out.
              expect(cell.textContent!.trim(), `${name}, cell ${i}: empty`).to.equal(headers[i]);
              expect(getComputedStyle(cell).display, `${name}, cell ${i}: left out`).to.equal('none');
              return;
            }
            const label = cell.querySelector<HTMLElement>(':scope > .cell-label');
            expect(label?.textContent?.trim(), `${name}, cell ${i}: its header as a label`).to.equal(headers[i]);
            expect(getComputedStyle(label!).display, `${name}, cell ${i}: the label shown`).to.equal('block');
          });
        }
      }
      const revoke = rowOf(project, 'Alice')!.querySelector<HTMLElement>('.ws-revoke')!;
      expect(revoke.getBoundingClientRect().right).to.be.at.most(320);
      await expect(project).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('at 800 px: the tables are tables, their cells’ labels hidden', async () => {
    twoParticipants();
    const project = await facilitator(2);
    await waitUntil(() => $(project, '.ws-outputs table'), 'no outputs', { timeout: 5000 });
    $(project, '.ws-outputs > summary')!.click();
    await (project as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    for (const table of $$<HTMLTableElement>(project, 'table')) {
      expect(getComputedStyle(table).display).to.equal('table');
      expect(getComputedStyle(table.tHead!).position).to.equal('static');
    }
    expect($$(project, '.cell-label').filter((l) => getComputedStyle(l).display !== 'none')).to.deep.equal([]);
  });

  it('changes nothing when the dialog is cancelled (Escape), and gives focus back to the button', async () => {
    twoParticipants();
    const project = await facilitator(2);
    const remove = rowOf(project, 'Bruno')!.querySelector<HTMLButtonElement>('.ws-remove')!;
    remove.focus();
    await press('Enter');
    await waitUntil(() => dialog(project).open, 'the dialog did not open');
    await press('Escape');
    await waitUntil(() => !dialog(project).open, 'the dialog stayed open');
    await waitUntil(() => root(project).activeElement === remove, 'focus did not come back');
    expect(server.requests.filter((r) => r.startsWith('DELETE'))).to.deep.equal([]);
    expect(server.participants.size).to.equal(2);
  });

  it('removes a participant with their documents: gone from the table, the Synthesis and the outputs', async () => {
    twoParticipants();
    const project = await facilitator(2);
    const atp = project.querySelector<CoopAtpMatrix>('coop-atp-matrix')!;
    await waitUntil(() => atp.participants?.length === 2, 'the grids never arrived');
    rowOf(project, 'Alice')!.querySelector<HTMLButtonElement>('.ws-remove')!.click();
    await waitUntil(() => dialog(project).open, 'the dialog did not open');
    expect(dialog(project).textContent).to.contain('Remove Alice from the workshop?');
    expect(dialog(project).textContent).to.contain('This cannot be undone.');
    button(project, 'Remove and erase their documents').click();
    await waitUntil(() => $$(project, 'tr[data-participant]').length === 1, 'the row stayed');
    expect(server.requests.some((r) => /^DELETE \/api\/workshops\/[^/]+\/participants\/p-alice/.test(r))).to.equal(
      true,
    );
    expect($(project, '.ws-access-status')!.textContent).to.contain(
      'Alice was removed from the workshop, with their documents.',
    );
    expect(atp.participants).to.have.length(1);
    await waitUntil(() => /\(1 participants’ grid\)/.test($(project, '.ws-outputs')!.textContent!), 'outputs kept her');
    expect($(project, '.ws-outputs')!.textContent).not.to.contain('A shared purchasing calendar');
    // The next overview does not bring her back (the server no longer lists her).
    await (project as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(rowOf(project, 'Alice')).to.equal(undefined);
  });

  it('renews the invitation: the new link, which works, with a copy button', async () => {
    const project = await facilitator(0);
    const old = server.invitation;
    const renew = button(project, 'Renew the invitation link');
    renew.focus();
    await press('Enter');
    await waitUntil(() => dialog(project).open, 'the dialog did not open');
    expect(root(project).activeElement?.id).to.equal('ws-confirm-title');
    expect(dialog(project).textContent).to.contain('The old invitation link will stop working');
    button(project, 'Renew the link').click();
    await waitUntil(() => $(project, '#ws-invitation'), 'no link');
    const field = $<HTMLInputElement>(project, '#ws-invitation')!;
    const link = readWorkshopLink(new URL(field.value).hash);
    expect(server.invitation).not.to.equal(old);
    expect(link).to.deep.equal({ server: server.origin, workshop: server.id, token: server.invitation });
    expect($(project, '.ws-access-status')!.textContent).to.contain('New invitation link created');
    await expect(project).to.be.accessible();

    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void (copied = value) },
    });
    try {
      button(project, 'Copy the link').click();
      await waitUntil(() => copied, 'nothing copied');
      expect(copied).to.equal(field.value);
      await waitUntil(() => $(project, '.ws-access-status')!.textContent!.includes('Link copied.'), 'not said');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      button(project, 'Copy the link').click();
      await waitUntil(() => $(project, '.ws-access-status')!.textContent!.includes('the link is selected'), 'not said');
      expect(root(project).activeElement).to.equal(field);
      expect(field.selectionEnd! - field.selectionStart!).to.equal(field.value.length);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('shows a failure in an alert and keeps the participant (500, 404, no server)', async () => {
    twoParticipants();
    const project = await facilitator(2);
    const attempt = async (expected: string) => {
      rowOf(project, 'Bruno')!.querySelector<HTMLButtonElement>('.ws-remove')!.click();
      await waitUntil(() => dialog(project).open, 'the dialog did not open');
      button(project, 'Remove and erase their documents').click();
      await waitUntil(() => $(project, '.ws-access-error')?.textContent?.includes(expected), `no alert: ${expected}`);
      expect($(project, '.ws-access-error')!.closest('[role="alert"]')).to.exist;
      expect(root(project).activeElement).to.equal($(project, '.ws-access-error'));
      expect(rowOf(project, 'Bruno')).to.exist;
    };
    server.fail.set('remove', 500);
    await attempt('The action failed: the server answered 500.');
    await expect(project).to.be.accessible();
    server.fail.set('remove', 404);
    await attempt('this participant is no longer in the workshop.');
    server.fail.clear();
    server.down = true;
    await attempt('the workshop’s server does not answer');
    expect(server.participants.size).to.equal(2);
  });

  it('in French: the dialog, its buttons and the outcome', async () => {
    twoParticipants();
    const project = await facilitator(2, 'fr');
    rowOf(project, 'Bruno')!.querySelector<HTMLButtonElement>('.ws-revoke')!.click();
    await waitUntil(() => dialog(project).open, 'the dialog did not open');
    expect(dialog(project).textContent).to.contain('Révoquer l’accès de Bruno\u202f?');
    dialog(project).querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    await waitUntil(() => $(project, '.ws-access-status'), 'no status');
    expect($(project, '.ws-access-status')!.textContent).to.contain('L’accès de Bruno est révoqué.');
    expect(text(project)).to.contain('Productions collectives de l’atelier');
  });
});

describe('<coop-project> workshop: the outputs shared with the participants (principle 8)', () => {
  beforeEach(() => {
    server = installFakeWorkshop();
  });

  it('the facilitator shares them; a participant’s open page shows them at once', async () => {
    twoParticipants();
    const alice = [...server.participants.values()].find((p) => p.name === 'Alice')!;
    const participant = await mount(alice.token);
    await waitUntil(() => $(participant, '.workshop-status') && $(participant, '.ws-outputs'), 'no participant view', {
      timeout: 8000,
    });
    expect($(participant, '.ws-outputs')!.textContent).to.contain('The facilitator has not shared');
    expect($(participant, '.ws-share')).to.equal(null);
    await expect(participant).to.be.accessible();

    const project = await facilitator(2);
    await waitUntil(() => $(project, '.ws-share'), 'no share button', { timeout: 5000 });
    $(project, '.ws-outputs > summary')!.click();
    button(project, 'Share with the participants').click();
    await waitUntil(() => $(project, '.ws-share-status'), 'not shared');
    expect(root(project).activeElement).to.equal($(project, '.ws-share-status'));
    const shared = server.shared.get('coop-widgets:workshop:outputs');
    expect(JSON.parse(shared!.body).format).to.equal('coop-project/1');

    await waitUntil(() => $(participant, '.ws-outputs table'), 'the participant never saw them', { timeout: 5000 });
    const seen = $(participant, '.ws-outputs')!.textContent!;
    expect(seen).to.contain('Collective outputs shared by the facilitator');
    expect(seen).to.contain('A shared purchasing calendar');
    $(participant, '.ws-outputs > summary')!.click();
    await expect(participant).to.be.accessible();
  });

  it('a share the server refuses is shown in an alert', async () => {
    twoParticipants();
    const project = await facilitator(2);
    await waitUntil(() => $(project, '.ws-share'), 'no share button', { timeout: 5000 });
    server.down = true;
    $(project, '.ws-outputs > summary')!.click();
    button(project, 'Share with the participants').click();
    await waitUntil(() => $(project, '.ws-share-error'), 'no alert', { timeout: 8000 });
    expect($(project, '.ws-share-error')!.textContent).to.contain('does not answer');
    expect(server.shared.size).to.equal(0);
  });
});

describe('<coop-project> workshop: participants and links', () => {
  beforeEach(() => {
    server = installFakeWorkshop();
  });

  it('an invitation shows the join form; joining gives the participant’s view', async () => {
    localStorage.removeItem(`coop-widgets:workshop:${server.id}:participant`);
    const project = await mount(server.invitation);
    await waitUntil(() => $(project, 'form.workshop-join'), 'no join form', { timeout: 8000 });
    await expect(project).to.be.accessible();
    $<HTMLInputElement>(project, '#ws-name')!.value = 'Chloé';
    button(project, 'Join the workshop').click();
    await waitUntil(() => $(project, '.workshop-status'), 'never joined', { timeout: 5000 });
    expect(text(project)).to.contain('you take part as Chloé');
    expect([...server.participants.values()].map((p) => p.name)).to.deep.equal(['Chloé']);
    await expect(project).to.be.accessible();
    localStorage.removeItem(`coop-widgets:workshop:${server.id}:participant`);
  });

  it('a server that does not answer: the reason in an alert and coop-storage-error', async () => {
    server.down = true;
    const project = document.createElement('coop-project');
    const failed = oneEvent(project, 'coop-storage-error');
    project.setAttribute('server', server.origin);
    project.setAttribute('workshop', server.id);
    project.setAttribute('token', server.facilitator);
    project.setAttribute('locale', 'en');
    const host = await fixture(html`<div></div>`);
    host.append(project);
    const event = await failed;
    expect(event.detail.reason).to.equal('unavailable');
    await waitUntil(() => $(project, '[role="alert"]'), 'no alert');
    expect(text(project)).to.contain('the workshop’s server does not answer');
    await expect(project).to.be.accessible();
  });
});
