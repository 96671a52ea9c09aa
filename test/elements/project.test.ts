/**
 * <coop-project> with the three widgets inside it, as a portal page would write it: shared storage, language
 * and groups; links that move focus between widgets; the whole project exported and imported as one file.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import { createMemoryStorage, type ProjectDocument } from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import { CoopProject as CoopProjectClass, type CoopProject } from '../../src/elements/project/project.js';
import { $, $$, button, root, staffGrid, text } from './helpers.js';
import { mount } from './project-page.js';

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('coop-project', () => {
  it('is accessible with its three widgets, in the project’s language', async () => {
    const { project, principles } = await mount();
    expect(text(principles)).to.contain('Principle 1');
    expect(project.getAttribute('lang')).to.equal('en');
    await expect(project).to.be.accessible();
  });

  it('stores every widget under the project’s id, apart from widgets outside it', async () => {
    const { atp, storage } = await mount();
    atp.setData(staffGrid);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(
      () => storage.data.has('coop-widgets:project:ght-nord:atp:atp-default'),
      'not stored in the project',
    );
    expect(storage.data.has('coop-widgets:atp:atp-default')).to.equal(false);

    const alone = await fixture<CoopAtpMatrix>(
      html`<coop-atp-matrix locale="en" .storage=${storage}></coop-atp-matrix>`,
    );
    await waitUntil(() => alone.getData());
    expect(alone.getData()!.groups.every((g) => g.items.length === 0)).to.equal(true);
  });

  it('offers the grid’s groups in the register, renamed there too, and adds a group named in the register to the grid', async () => {
    const { atp, principles } = await mount();
    atp.setData(staffGrid);
    await atp.updateComplete;
    await principles.updateComplete;
    const options = () => $$<HTMLOptionElement>(principles, '#new-group option').map((o) => o.textContent!.trim());
    expect(options()).to.include('Staff');

    // Renamed in the grid.
    $<HTMLButtonElement>(atp, '[data-group="staff"] .rename')!.click();
    await atp.updateComplete;
    $<HTMLInputElement>(atp, '#rename-staff')!.value = 'Nursing staff';
    $<HTMLButtonElement>(atp, '.rename-form button[type="submit"]')!.click();
    await atp.updateComplete;
    await principles.updateComplete;
    expect(options()).to.include('Nursing staff');
    expect(options()).not.to.include('Staff');

    // Named in the register: the grid gets the group, and the proposal its id.
    const select = $<HTMLSelectElement>(principles, '#new-group')!;
    select.value = '__other';
    select.dispatchEvent(new Event('change'));
    await principles.updateComplete;
    $<HTMLTextAreaElement>(principles, '#new-text')!.value = 'A shared pharmacy';
    $<HTMLInputElement>(principles, '#new-other')!.value = 'Pharmacists';
    button(principles, 'Add to the register').click();
    await principles.updateComplete;
    const group = atp.getData()!.groups.find((g) => g.label === 'Pharmacists');
    expect(group, 'the grid has the new group').to.exist;
    expect(principles.getData()!.proposals[0]!.proposedBy).to.equal(group!.id);
    await atp.updateComplete;
    expect($(atp, `[data-group="${group!.id}"]`)).to.exist;
  });

  it('shows the grid’s completeness and plans under the principles that ask for them, with a link to the grid', async () => {
    const { atp, principles } = await mount();
    atp.setData(staffGrid);
    await atp.updateComplete;
    await principles.updateComplete;
    expect($(principles, '#principle-p4 .links')!.textContent).to.contain(
      'ATP grid: 1 of 2 groups has at least one attraction, one fear and one temptation',
    );
    expect($(principles, '#principle-p6 .links')!.textContent).to.contain(
      'The three plans: 1 objective in the objectives management plan, 1 risk in the risk management plan, 1 rule in the charter of good relational practice',
    );
    // Each link on its own line, under its sentence (the links' styles, which come with them).
    const link = $<HTMLButtonElement>(principles, '#principle-p4 .links button')!;
    expect(getComputedStyle(link).display).to.equal('block');
    atp.view = 'plans';
    await atp.updateComplete;
    const moved = oneEvent(atp, 'coop-view-change');
    $<HTMLButtonElement>(principles, '#principle-p4 .links button')!.click();
    await waitUntil(() => atp.view === 'grid' && deepActive()?.id === 'tab-grid', 'focus did not move to the grid');
    expect((await moved).detail, 'the user moved the grid to another view').to.deep.equal({
      view: 'grid',
      previous: 'plans',
    });
  });

  it('links the questionnaire’s sections and the principles both ways, moving focus', async () => {
    const { questionnaire, principles } = await mount();
    // A principle shows the score of the sections that cover it, and links to them.
    const links = $$(principles, '.links li');
    expect(links.length).to.be.greaterThan(0);
    const toSection = $$<HTMLButtonElement>(principles, '.links button').find((b) =>
      b.textContent!.includes('See the section'),
    )!;
    questionnaire.step = 'result';
    await questionnaire.updateComplete;
    toSection.click();
    await waitUntil(
      () => questionnaire.step === 'fill' && deepActive()?.id.startsWith('h-'),
      'focus did not move to the section',
    );

    // The questionnaire's recommendations link to their principles. Every question gets its first (lowest)
    // answer, as the first one did before: one answer alone gives a provisional result, with no recommendation.
    // Paged: each section's page in turn, through Continue.
    for (;;) {
      for (const fieldset of root(questionnaire).querySelectorAll('fieldset.question'))
        fieldset.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await questionnaire.updateComplete;
      const next = $$<HTMLButtonElement>(questionnaire, '.pager button').find(
        (b) => b.textContent!.trim() === 'Continue',
      );
      if (!next) break;
      next.click();
      await questionnaire.updateComplete;
    }
    questionnaire.step = 'result';
    await questionnaire.updateComplete;
    const toPrinciple = $<HTMLButtonElement>(questionnaire, '.principle-link');
    expect(toPrinciple, 'a recommendation links to a principle').to.exist;
    const toPrinciples = $$<HTMLButtonElement>(questionnaire, '.recommendations li:first-child .principle-link');
    expect(toPrinciples.length, 'the first recommendation links to several principles').to.be.above(1);
    const [one, two] = toPrinciples.map((l) => l.getBoundingClientRect());
    expect(two!.left - one!.right, 'the links do not run together').to.be.at.least(4);
    toPrinciple!.click();
    await waitUntil(() => deepActive()?.classList.contains('principle-title'), 'focus did not move to the principle');
  });

  it('a widget’s config errors speak with the project’s string overrides', async () => {
    const project = await fixture<CoopProject>(html`
      <coop-project
        project-id="ght-nord"
        locale="en"
        .storage=${createMemoryStorage()}
        .strings=${{ issueRequired: (key: string) => `Add “${key}” to the config.` }}
      >
        <coop-atp-matrix show-config-errors .config=${{ id: 'atp' }}></coop-atp-matrix>
      </coop-project>
    `);
    const atp = project.querySelector('coop-atp-matrix')!;
    await waitUntil(() => $(atp, '[role="alert"]'), 'the config error is not shown');
    // The visitor's notice at once, the problems' panel once its module is here (show-config-errors).
    await atp.updateComplete;
    expect(text(atp)).to.contain('Add “title” to the config.');
    expect(text(atp)).to.not.contain('The required property');
  });

  it('a widget registered before its provider joins the project when the provider arrives', async () => {
    const storage = createMemoryStorage();
    const wrapper = await fixture<HTMLElement>(html`
      <late-project project-id="late" locale="en" .storage=${storage}><coop-atp-matrix></coop-atp-matrix></late-project>
    `);
    const atp = wrapper.querySelector('coop-atp-matrix')!;
    await waitUntil(() => atp.getData(), 'the grid never loaded alone');
    customElements.define('late-project', class extends CoopProjectClass {});
    await waitUntil(() => (wrapper as CoopProject).hub?.state['atp-matrix'], 'the grid never joined the project');
    // Joined, it speaks the project's language: its English default content loads first (slowly, on a busy
    // machine), and the host gives data once the grid has a config again.
    await waitUntil(() => atp.shadowRoot?.querySelector('.base')?.getAttribute('lang') === 'en', 'never in English');
    atp.setData(staffGrid);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => storage.data.has('coop-widgets:project:late:atp:atp-default'), 'not stored in the project');
  });

  it('a widget outside any project stays alone when a project arrives elsewhere on the page', async () => {
    const storage = createMemoryStorage();
    const alone = await fixture<CoopAtpMatrix>(
      html`<coop-atp-matrix locale="en" .storage=${storage}></coop-atp-matrix>`,
    );
    await waitUntil(() => alone.getData(), 'the grid never loaded alone');
    // A provider that connects asks the widgets still waiting for one to ask again: this one is not inside it.
    await mount(storage);
    alone.setData(staffGrid);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => storage.data.has('coop-widgets:atp:atp-default'), 'not stored as a widget alone');
    expect(storage.data.has('coop-widgets:project:ght-nord:atp:atp-default')).to.equal(false);
  });

  it('a widget moved into another project joins it, and the one it left no longer speaks to it', async () => {
    const first = await mount();
    const storage = createMemoryStorage();
    const other = await fixture<CoopProject>(
      html`<coop-project project-id="other" locale="en" .storage=${storage}></coop-project>`,
    );
    other.append(first.atp);
    await waitUntil(() => other.hub.state['atp-matrix'], 'the grid never joined the other project');
    expect(first.project.hub.state['atp-matrix']).to.equal(undefined);
    // The project it left gives its widgets a new link: the grid is not among them any more.
    first.project.strings = { cpExport: 'Export it all' };
    await first.project.updateComplete;
    await first.atp.updateComplete;
    first.atp.setData(staffGrid);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(
      () => storage.data.has('coop-widgets:project:other:atp:atp-default'),
      'not stored in its new project',
    );
    expect(first.storage.data.has('coop-widgets:project:ght-nord:atp:atp-default')).to.equal(false);
  });

  it('a widget taken out of its project no longer hears of the project’s changes', async () => {
    const first = await mount();
    const outside = await fixture<HTMLElement>(html`<div></div>`);
    outside.append(first.atp);
    await first.atp.updateComplete;
    first.project.strings = { widgetErase: 'Wipe it all' };
    await first.project.updateComplete;
    await waitUntil(
      () => text(first.principles).includes('Wipe it all'),
      'the project’s widgets never got its strings',
    );
    await first.atp.updateComplete;
    expect(text(first.atp)).to.contain('Erase everything');
    expect(text(first.atp)).to.not.contain('Wipe it all');
  });

  it('gives the whole project as one document, and takes one back', async () => {
    const first = await mount();
    first.atp.setData(staffGrid);
    await first.atp.updateComplete;
    const doc = first.project.getProject();
    expect(doc.format).to.equal('coop-project/1');
    expect(doc.id).to.equal('ght-nord');
    expect(doc.atp!.data.groups[0]!.items.length).to.equal(3);
    expect(doc.principles!.configId).to.equal('principles-default');
    expect(doc.questionnaire!.responses.questionnaireId).to.be.a('string');

    const other = await mount();
    const imported = oneEvent(other.project, 'coop-project-import');
    await other.project.setProject(doc);
    expect((await imported).detail).to.deep.equal({
      projectId: 'ght-nord',
      parts: ['questionnaire', 'atp', 'principles'],
    });
    await other.atp.updateComplete;
    expect(other.atp.getData()).to.deep.equal(doc.atp!.data);
    let error: unknown;
    try {
      await other.project.setProject({
        ...doc,
        atp: { configId: 'x', data: { groups: 'none' } },
      } as unknown as ProjectDocument);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(String(error)).to.contain('atp.data.groups');
  });
});
