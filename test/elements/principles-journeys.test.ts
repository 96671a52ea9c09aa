/**
 * <coop-principles-checklist> as its users meet it (issue 17): nothing reads as "not engaged" before anyone has
 * looked, and the register reads on a phone. Each state is checked with axe-core.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/principles-checklist.js';
import {
  createMemoryStorage,
  principlesStorageKey,
  serializeSavedPrinciples,
  type Proposal,
  type StorageAdapter,
} from '../../src/core/index.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import { $, $$, text, mount as mountWidget } from './helpers.js';
import brokenJson from '../fixtures/principles.broken.json';

const brokenConfig: object = brokenJson;

const KEY = principlesStorageKey('principles-default');

const mount = (storage?: StorageAdapter, options?: { config?: object; locale?: string }) =>
  mountWidget('coop-principles-checklist', storage, options);

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('coop-principles-checklist: not assessed yet (issue 17, item 9)', () => {
  it('starts with every principle "not assessed yet", counted apart, never « 9 pas encore commencés »', async () => {
    const el = await mount(undefined, { locale: 'fr' });
    expect(text(el)).to.contain('Aucun des 9 principes n’est encore évalué.');
    expect(text(el)).not.to.match(/9 pas encore commencés|Non engagé/);
    const checked = $$<HTMLInputElement>(el, 'fieldset.statuses input:checked');
    expect(checked.length).to.equal(9);
    expect(checked.every((input) => input.value === '')).to.equal(true);
    expect(checked[0]!.closest('label')!.textContent!.trim()).to.equal('Pas encore évalué');
    expect($(el, '#principle-p1')!.getAttribute('part')).to.contain('principle--not-assessed');
    expect(el.getAssessment()!.progress).to.include({ notAssessed: 9, notStarted: 0 });
    await expect(el).to.be.accessible();
  });

  it('counts a principle said "not started" apart from those not assessed, and can take it back', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, 'input[name="status-p2"][value="not-started"]')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain(
      '0 of 9 principles in place, 0 in progress, 1 not started. 8 principles not assessed yet.',
    );
    expect($(el, '#principle-p2')!.getAttribute('part')).to.contain('principle--not-started');
    // Back to "not assessed yet" with the keyboard: the first choice of the group.
    $<HTMLInputElement>(el, 'input[name="status-p2"][value="not-started"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.getData()!.principles.p2).to.equal(undefined);
    expect(text(el)).to.contain('None of the 9 principles is assessed yet.');
    await expect(el).to.be.accessible();
  });

  it('typing evidence first does not assess a principle', async () => {
    const el = await mount();
    const evidence = $<HTMLTextAreaElement>(el, '#evidence-p3')!;
    evidence.value = 'Minutes';
    evidence.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.getData()!.principles.p3).to.not.have.property('status');
    expect($<HTMLInputElement>(el, 'input[name="status-p3"]:checked')!.value).to.equal('');
  });

  it('opens stored states of today’s format as they were, the others not assessed; filters by either', async () => {
    const storage = createMemoryStorage();
    const stamp = '2026-03-12T09:30:00.000Z';
    await storage.save(
      KEY,
      serializeSavedPrinciples({
        principles: {
          p1: { status: 'in-place', evidence: 'Board minutes', updatedAt: stamp },
          p4: { status: 'not-started', updatedAt: stamp },
        },
        proposals: [],
      }),
    );
    const el = await mount(storage);
    expect($<HTMLInputElement>(el, 'input[name="status-p1"]:checked')!.value).to.equal('in-place');
    expect($<HTMLInputElement>(el, 'input[name="status-p4"]:checked')!.value).to.equal('not-started');
    expect(text(el)).to.contain(
      '1 of 9 principles in place, 0 in progress, 1 not started. 7 principles not assessed yet.',
    );
    const filter = $<HTMLSelectElement>(el, '#status-filter')!;
    filter.value = '__not-assessed';
    filter.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '.principle').map((p) => p.id)).to.deep.equal(
      ['p2', 'p3', 'p5', 'p6', 'p7', 'p8', 'p9'].map((id) => `principle-${id}`),
    );
    filter.value = 'not-started';
    filter.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '.principle').map((p) => p.id)).to.deep.equal(['principle-p4']);
  });
});
/** Eight proposals of every kind, long words included: what a register on a phone must show. */
function eightProposals(): Proposal[] {
  const base = { proposedBy: 'middle-managers', date: '2026-01-10', done: false } as const;
  const texts = [
    'Publier le compte rendu de chaque comité de pilotage',
    'Un interlocuteur unique des achats par site, joignable chaque matin',
    'Harmoniser les plannings',
    'Former les cadres intermédiaires à la conduite de réunions interétablissements',
    'Ouvrir le comité de pilotage aux représentants des usagers',
    'Partager le calendrier des achats',
    'Créer une messagerie commune',
    'Évaluer la coopération chaque semestre',
  ];
  return texts.map((text, i) => ({
    ...base,
    id: `proposal-${i + 1}`,
    text,
    decision: i % 3 === 0 ? 'accepted' : i % 3 === 1 ? 'proposed' : 'rejected',
    ...(i % 3 === 2 ? { rejectionReason: 'Hors du périmètre du projet' } : {}),
    ...(i === 0 ? { done: true, doneDate: '2026-02-01' } : {}),
  }));
}

/** Every element inside the widget whose content is wider than its box (it would scroll sideways). */
function sidewaysScrollers(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getClientRects().length && !node.matches('.visually-hidden'))
    .filter((node) => node.scrollWidth > node.clientWidth + 1)
    .filter((node) => !['meter', 'progress', 'select', 'input', 'textarea', 'option'].includes(node.localName))
    .map((node) => `${node.localName}.${node.className} ${node.scrollWidth}>${node.clientWidth}`);
}

describe('coop-principles-checklist: the register on a phone (issue 17, item 3)', () => {
  it('at 320 px, no element scrolls sideways with 8 proposals; each proposal is a card with its actions', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(undefined, { locale: 'fr' });
    el.setData({ principles: {}, proposals: eightProposals() });
    await el.updateComplete;
    expect(sidewaysScrollers(el)).to.deep.equal([]);
    // The Decision and Done controls, and the row's buttons, are inside the widget's box, beside the text.
    const box = el.getBoundingClientRect();
    const row = $(el, 'tr[data-id="proposal-1"]')!;
    for (const control of row.querySelectorAll<HTMLElement>('select, input, button')) {
      const r = control.getBoundingClientRect();
      expect(r.right, control.outerHTML.slice(0, 60)).to.be.at.most(box.right + 0.5);
      expect(r.left).to.be.at.least(box.left - 0.5);
    }
    // Each field of a card says what it is: the headers are gone at this width.
    expect(row.textContent).to.contain('Proposée par');
    expect(row.textContent).to.contain('Décision');
    await expect(el).to.be.accessible();
  });

  it('at 320 px in English, editing a card also fits', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount();
    el.setData({ principles: {}, proposals: eightProposals() });
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'tr[data-id="proposal-2"] .edit')!.click();
    await el.updateComplete;
    expect(sidewaysScrollers(el)).to.deep.equal([]);
    // Each field's label, hidden beside the column headers at wide widths, is shown above it on the card (the
    // edit row's styles, which come with its view).
    const labels = $$<HTMLLabelElement>(el, 'tr[data-id="proposal-2"] label.visually-hidden');
    expect(labels.map((l) => l.textContent!.trim())).to.deep.equal(['Date of the proposal', 'Proposal', 'Proposed by']);
    for (const label of labels) expect(label.getBoundingClientRect().width, label.textContent!).to.be.above(30);
    await expect(el).to.be.accessible();
  });

  it('keeps the table with its column headers at wide widths', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount();
    el.setData({ principles: {}, proposals: eightProposals() });
    await el.updateComplete;
    const head = $(el, '.register thead')!;
    expect(getComputedStyle(head).display).to.equal('table-header-group');
    expect(sidewaysScrollers(el)).to.deep.equal([]);
  });
});

describe('coop-principles-checklist: config errors in plain words (issue 17, item 11)', () => {
  it('names each problem’s principle or status by its text, the JSON path on a line of its own', async () => {
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist
        locale="fr"
        show-config-errors
        .config=${brokenConfig}
      ></coop-principles-checklist>`,
    );
    await waitUntil(() => $(el, '[role="alert"]'), 'no error panel');
    const panel = $(el, '[role="alert"]')!;
    const item = [...panel.querySelectorAll('[part="error-item"]')].find((li) =>
      li.textContent!.includes('principles[1].id'),
    )!;
    expect(item.querySelector('.error-where')!.textContent).to.equal(
      'Principe 2 «\u202fSame id as the first\u202f» › propriété «\u202fid\u202f»',
    );
    expect(item.querySelector('.error-path code')!.textContent).to.equal('principles[1].id');
    await expect(el).to.be.accessible();
  });

  it('says a JSON syntax error in French with its line and column', async () => {
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist
        locale="fr"
        show-config-errors
        config=${'{\n  "schemaVersion": 1,\n}'}
      ></coop-principles-checklist>`,
    );
    await waitUntil(() => $(el, '[role="alert"]'), 'no error panel');
    const text = $(el, '[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Le texte n’est pas un JSON valide (ligne 3, colonne 1)');
    expect(text).not.to.contain('Expected');
  });
});

describe('coop-principles-checklist: a config file that is not there', () => {
  it('says "configuration file not found" with the URL and the status, in French', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist
        locale="fr"
        show-config-errors
        src="/no/such/principles.json"
      ></coop-principles-checklist>`,
    );
    await waitUntil(() => $(el, '[role="alert"]'), 'no alert for a failed fetch');
    console.warn = warn;
    // Spaces collapsed, the narrow no-break space kept (\s would take it too).
    expect($(el, '[role="alert"]')!.textContent!.replace(/[ \n\t]+/g, ' ')).to.contain(
      'Fichier de configuration introuvable\u202f: il n’a pas pu être chargé depuis /no/such/principles.json (statut HTTP 404).',
    );
    await expect(el).to.be.accessible();
  });
});
