/**
 * <coop-project>'s export and import of the whole project as one file: a file's problems said, a valid file
 * confirmed before it replaces the project, parts for widgets not on the page stored for when they come, a
 * storage that refuses a part said; and the import's code (import-flow.ts, loaded when a file is first picked)
 * that cannot be loaded, said, the project untouched, "Try again" importing the same file.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import { createMemoryStorage, type ProjectDocument } from '../../src/core/index.js';
import { coopProjectImportFr } from '../../src/core/i18n/coop-project-import.js';
import { widgetEn } from '../../src/core/i18n/widget.en.js';
import type { CoopProject } from '../../src/elements/project/project.js';
import { importFlowModule } from '../../src/elements/project/toolbar-controller.js';
import { $, button, captureDownloads, root, staffGrid, text } from './helpers.js';
import { chooseFile, mount } from './project-page.js';

const replaceDialog = (project: CoopProject) => $<HTMLDialogElement>(project, 'dialog.replace');

describe('coop-project: export and import', () => {
  it('exports the project as a file, and says clearly why a file cannot be imported', async () => {
    const { project, atp } = await mount();
    atp.setData(staffGrid);
    await atp.updateComplete;
    expect(replaceDialog(project), 'the import’s dialog is not drawn before a file is picked').to.equal(null);
    const blobs = captureDownloads(() => button(project, 'Export the project (JSON)').click());
    const exported = JSON.parse(await blobs[0]!.text()) as ProjectDocument;
    expect(exported.atp!.data.groups[0]!.label).to.equal('Staff');

    chooseFile(project, 'notes.json', '{"not": "a project"');
    await waitUntil(() => $(project, '.import-error'), 'no problem said for a bad file');
    const said = $(project, '.import-error')!.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('notes.json');
    // A file's problems, not a config's: nothing to fix in the tool, and nothing changed.
    expect(said).to.contain('1 problem').and.contain('The current project has not changed.');
    expect(said).to.not.match(/configuration|config/i);
    expect($(project, '[role="alert"]'), 'the problems are announced').to.not.equal(null);
    expect(root(project).activeElement?.textContent, 'focus on the title over the problems').to.contain('notes.json');
    await expect(project).to.be.accessible();

    const changed = { ...exported, atp: { ...exported.atp!, data: { groups: [{ ...staffGrid.groups[1]! }] } } };
    chooseFile(project, 'project.json', JSON.stringify(changed));
    // Asked first: cancelling changes nothing, confirming replaces.
    await waitUntil(() => replaceDialog(project)?.open, 'no confirmation before replacing the project');
    const dialog = replaceDialog(project)!;
    expect(dialog.textContent).to.contain('project.json');
    expect($(project, '.import-error'), 'the last file’s problems are gone').to.equal(null);
    await expect(project).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    await waitUntil(() => !dialog.open);
    expect(atp.getData()!.groups.length).to.equal(2);
    chooseFile(project, 'project.json', JSON.stringify(changed));
    await waitUntil(() => dialog.open);
    const imported = oneEvent(project, 'coop-project-import');
    dialog.querySelector<HTMLButtonElement>('button[value="replace"]')!.click();
    await waitUntil(() => atp.getData()!.groups.length === 1, 'the imported grid is not shown');
    expect((await imported).detail.parts).to.include('atp');
    expect(!!$(project, '[role="alert"]')).to.equal(false);
    await waitUntil(() => text(project).includes('The project was imported.'), 'the import is not announced');
  });

  it('asks in French, with the import’s own sentences, on a French page', async () => {
    const { project } = await mount();
    project.locale = 'fr';
    await project.updateComplete;
    chooseFile(project, 'projet.json', JSON.stringify(project.getProject()));
    await waitUntil(() => replaceDialog(project)?.open, 'no confirmation before replacing the project');
    const dialog = replaceDialog(project)!;
    expect(dialog.textContent).to.contain(coopProjectImportFr.cpReplaceTitle);
    expect(dialog.textContent).to.contain(coopProjectImportFr.cpReplaceText('projet.json'));
    expect(dialog.textContent).to.contain(coopProjectImportFr.cpReplaceConfirm);
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    await waitUntil(() => !dialog.open);
  });

  it('says when the import cannot be loaded, changes nothing, and "Try again" imports the same file', async () => {
    const original = importFlowModule.load;
    let offline = true;
    importFlowModule.load = () => (offline ? Promise.reject(new Error('offline')) : original());
    try {
      const { project, atp } = await mount();
      atp.setData(staffGrid);
      await atp.updateComplete;
      const exported = project.getProject();
      const changed = { ...exported, atp: { ...exported.atp!, data: { groups: [{ ...staffGrid.groups[1]! }] } } };
      chooseFile(project, 'project.json', JSON.stringify(changed));
      await waitUntil(() => $(project, '.import-unloaded'), 'the failure is not said');
      const warning = $(project, '.import-unloaded [role="alert"]')!;
      expect(warning.textContent).to.contain(widgetEn.widgetPartFailed);
      expect(root(project).activeElement?.textContent?.trim(), 'focus on "Try again"').to.equal(widgetEn.widgetRetry);
      expect(replaceDialog(project)).to.equal(null);
      expect(atp.getData()!.groups.length, 'the project is untouched').to.equal(2);
      await expect(project).to.be.accessible();

      offline = false;
      $<HTMLButtonElement>(project, '.import-unloaded .retry')!.click();
      await waitUntil(() => replaceDialog(project)?.open, 'the same file is not imported on "Try again"');
      expect(replaceDialog(project)!.textContent).to.contain('project.json');
      expect($(project, '.import-unloaded'), 'the failure is gone').to.equal(null);
      replaceDialog(project)!.querySelector<HTMLButtonElement>('button[value="replace"]')!.click();
      await waitUntil(() => atp.getData()!.groups.length === 1, 'the imported grid is not shown');
    } finally {
      importFlowModule.load = original;
    }
  });

  it('says so when the picked file can no longer be read, the project untouched', async () => {
    const { project, atp } = await mount();
    atp.setData(staffGrid);
    await atp.updateComplete;
    const read = File.prototype.text;
    File.prototype.text = function (this: File) {
      return this.name === 'gone.json' ? Promise.reject(new Error('the file was moved')) : read.call(this);
    };
    try {
      chooseFile(project, 'gone.json', '{}');
      await waitUntil(() => $(project, '.import-error'), 'the failure is not said');
      const said = $(project, '.import-error')!.textContent!;
      expect(said).to.contain('gone.json').and.contain('the file was moved');
      expect(replaceDialog(project)?.open ?? false).to.equal(false);
      expect(atp.getData()!.groups.length, 'the project is untouched').to.equal(2);
      await expect(project).to.be.accessible();
    } finally {
      File.prototype.text = read;
    }
  });

  it('stores the parts of an imported project whose widgets are not on the page, for when they come', async () => {
    const first = await mount();
    first.atp.setData(staffGrid);
    await first.atp.updateComplete;
    const doc = first.project.getProject();

    const storage = createMemoryStorage();
    const project = await fixture<CoopProject>(html`
      <coop-project project-id="ght-nord" locale="en" .storage=${storage}></coop-project>
    `);
    const imported = oneEvent(project, 'coop-project-import');
    await project.setProject(doc);
    expect((await imported).detail.parts).to.deep.equal(['questionnaire', 'atp', 'principles']);
    // Each part under the project's namespace, in its widget's saved format.
    const stored = (key: string) => JSON.parse(storage.data.get(`coop-widgets:project:ght-nord:${key}`)!);
    expect(stored('atp:atp-default')).to.deep.equal({ format: 'coop-atp/1', data: doc.atp!.data });
    expect(stored('principles:principles-default')).to.deep.equal({
      format: 'coop-principles/1',
      data: doc.principles!.data,
    });
    expect(stored(`questionnaire:${doc.questionnaire!.configId}`).format).to.equal('coop-questionnaire/1');

    const atp = document.createElement('coop-atp-matrix');
    project.append(atp);
    await waitUntil(
      () => JSON.stringify(atp.getData()) === JSON.stringify(doc.atp!.data),
      'the stored grid is not shown',
      { timeout: 8000 },
    );
    expect(atp.getData()).to.deep.equal(doc.atp!.data);
  });

  it('says so when the project’s storage refuses an imported part', async () => {
    const first = await mount();
    first.atp.setData(staffGrid);
    await first.atp.updateComplete;
    const doc = first.project.getProject();
    // The grid is on the page; the principles' part goes to storage, which is full.
    const storage = createMemoryStorage();
    const save = storage.save;
    storage.save = (key, value) =>
      key.includes(':principles:') ? Promise.reject(new Error('quota exceeded')) : save(key, value);
    const project = await fixture<CoopProject>(html`
      <coop-project project-id="ght-nord" locale="en" .storage=${storage}>
        <coop-atp-matrix></coop-atp-matrix>
      </coop-project>
    `);
    const atp = project.querySelector('coop-atp-matrix')!;
    await waitUntil(() => atp.getData() && project.hub.state['atp-matrix'], 'the grid never loaded', { timeout: 8000 });

    chooseFile(project, 'project.json', JSON.stringify(doc));
    await waitUntil(() => replaceDialog(project)?.open, 'no confirmation before replacing the project');
    replaceDialog(project)!.querySelector<HTMLButtonElement>('button[value="replace"]')!.click();
    await waitUntil(() => $(project, '.import-error'), 'the refusal is not shown');
    expect($(project, '.import-error')!.textContent).to.contain('The file “project.json” cannot be imported');
    expect($(project, '.import-error')!.textContent).to.contain('quota exceeded');
    expect($(project, '.import-error')!.textContent).to.contain('The project’s storage refused part of the file');
    await expect(project).to.be.accessible();
  });
});
