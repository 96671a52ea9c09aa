/**
 * <coop-config-editor> for the ATP grid and the principles checklist (their outlines, change reports and
 * sample previews), and what the JSON pane does for all three kinds: typed with the keyboard, the outline
 * follows and a core issue lands on its line; every issue of a broken config is on its line; start from a URL.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/config-editor.js';
import {
  defaultAtpConfig,
  defaultPrinciplesConfig,
  locateJsonPath,
  parseAtpConfig,
  parsePrinciplesConfig,
  parseQuestionnaireConfig,
  type AtpChanges,
  type PrinciplesChanges,
} from '../../src/core/index.js';
import type { CoopConfigEditor } from '../../src/elements/config-editor/config-editor.js';
import type { CoopConfigPublishEvent } from '../../src/elements/events.js';
import atpBroken from '../fixtures/atp.broken.json';
import principlesBroken from '../fixtures/principles.broken.json';
import questionnaireBroken from '../fixtures/questionnaire.broken.json';
import { $, $$, mountEditor, root, text } from './helpers.js';

const active = (el: Element) => root(el).activeElement as HTMLElement | null;
const json = (el: CoopConfigEditor) => JSON.parse(el.value) as Record<string, unknown>;
const paneView = (el: Element) => EditorView.findFromDOM(root(el).querySelector<HTMLElement>('.cm-editor')!)!;

/** The core's issues as the JSON pane shows them: line and message of each diagnostic. */
function diagnostics(el: Element): { line: number; message: string }[] {
  const view = paneView(el);
  const found: { line: number; message: string }[] = [];
  forEachDiagnostic(view.state, (d, from) =>
    found.push({ line: view.state.doc.lineAt(from).number, message: d.message }),
  );
  return found;
}

describe('<coop-config-editor> for the ATP grid', function () {
  this.timeout(30000);

  it('outlines groups, columns, scales and the posture rule, accessible in French', async () => {
    const el = await mountEditor('atp', 'fr');
    expect($$(el, '[data-list="groups"][data-index]')).to.have.length(defaultAtpConfig('fr').groups.length);
    expect(text(el)).to.contain('ne viennent pas de l’ANAP');
    for (const details of $$<HTMLDetailsElement>(el, 'details.part')) details.open = true;
    await waitUntil(() => $(el, 'coop-atp-matrix'), 'the preview is drawn');
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });

  it('adds, renames, moves, duplicates and deletes a group with the keyboard, always a valid config', async () => {
    const el = await mountEditor('atp');
    const count = defaultAtpConfig('en').groups.length;
    $<HTMLButtonElement>(el, '[data-action="add"][data-list="groups"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal(`l-groups-${count}-label`);
    (active(el) as HTMLInputElement).select();
    await sendKeys({ type: 'Pharmacists' });
    await el.updateComplete;
    // Alt + ↑ moves the group up; the focus follows its field.
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal(`l-groups-${count - 1}-label`);
    const groups = () => json(el).groups as { id: string; label: string }[];
    expect(groups()[count - 1]).to.deep.equal({ id: 'group-1', label: 'Pharmacists' });
    $<HTMLButtonElement>(el, `[data-list="groups"][data-index="${count - 1}"] [data-action="duplicate"]`)!.click();
    await el.updateComplete;
    expect(groups()[count]!.id).to.equal('group-1-copy-1');
    $<HTMLButtonElement>(el, `[data-list="groups"][data-index="${count}"] [data-action="delete"]`)!.click();
    await el.updateComplete;
    expect(groups()).to.have.length(count + 1);
    expect(parseAtpConfig(el.value).ok).to.equal(true);
    expect(text(el)).to.contain('No problem');
  });

  it('a scale loses its top level only; the report names the ratings brought down; publishing asks first', async () => {
    const previous = JSON.stringify(defaultAtpConfig('en'));
    const el = await mountEditor('atp', 'en', previous);
    expect(text(el)).to.contain('read with the new one');
    const deletes = $$<HTMLButtonElement>(el, '[data-list="intensity-levels"] [data-action="delete"]');
    expect(deletes.map((b) => b.disabled)).to.deep.equal(deletes.map((_, i) => i !== deletes.length - 1));
    deletes[deletes.length - 1]!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('ratings at that level will be brought down');
    $<HTMLButtonElement>(el, '[data-action="publish"]')!.click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    // The dialog speaks of the grids already stored, not of a questionnaire's answers.
    expect($(el, '#confirm-title')!.textContent).to.equal('Publish although grids already stored are affected?');
    expect($(el, 'dialog')!.textContent).to.contain('1 change in the report affects the grids');
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
    const published = oneEvent(el, 'coop-config-publish') as Promise<CoopConfigPublishEvent>;
    $<HTMLButtonElement>(el, '[data-action="confirm"]')!.click();
    const { detail } = await published;
    expect(detail.kind).to.equal('atp');
    expect((detail.changes as AtpChanges).loweredIntensity).to.have.length(1);
  });

  it('sample data opens the preview on the postures', async () => {
    const el = await mountEditor('atp');
    await waitUntil(() => $(el, 'coop-atp-matrix'), 'the preview is drawn');
    $<HTMLInputElement>(el, '#preview-sample')!.click();
    await el.updateComplete;
    await waitUntil(() => $(el, 'coop-atp-matrix')?.getAttribute('view') === 'postures', 'the postures show');
    const grid = $(el, 'coop-atp-matrix') as HTMLElement & {
      getData(): { groups: { items: unknown[] }[] } | undefined;
    };
    await waitUntil(() => grid.getData()?.groups[0]?.items.length, 'the sample grid is read');
  });
});

describe('<coop-config-editor> for the principles checklist', function () {
  this.timeout(30000);

  it('outlines principles, statuses and groups; the last status of a kind keeps its kind', async () => {
    const el = await mountEditor('principles', 'fr');
    expect($$(el, '[data-list="principles"][data-index]')).to.have.length(
      defaultPrinciplesConfig('fr').principles.length,
    );
    const kinds = $$<HTMLSelectElement>(el, '[data-list="statuses"] select');
    expect(kinds.every((k) => k.disabled)).to.equal(true);
    for (const details of $$<HTMLDetailsElement>(el, 'details.part')) details.open = true;
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });

  it('a principle renamed is offered back; a removed status is reported; the publish event carries the report', async () => {
    const previous = JSON.stringify(defaultPrinciplesConfig('en'));
    const el = await mountEditor('principles', 'en', previous);
    const id = $<HTMLInputElement>(el, '#l-principles-0-id')!;
    id.focus();
    id.select();
    await sendKeys({ type: 'first' });
    await el.updateComplete;
    expect(text(el)).to.contain('looks renamed to “first”');
    // A new status of kind "in progress", then the old one deleted: principles that had it are not assessed.
    $<HTMLButtonElement>(el, '[data-action="add"][data-list="statuses"]')!.click();
    await el.updateComplete;
    const inProgress = $$(el, '[data-list="statuses"][data-index]').findIndex(
      (li) => li.querySelector<HTMLSelectElement>('select')!.value === 'in-progress',
    );
    $<HTMLButtonElement>(el, `[data-list="statuses"][data-index="${inProgress}"] [data-action="delete"]`)!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('will read “not assessed”');
    $<HTMLButtonElement>(el, '[data-action="keep"]')!.click();
    await el.updateComplete;
    expect((json(el).principles as { id: string }[])[0]!.id).to.equal('p1');
    await waitUntil(
      () => $(el, '[role="status"]')?.textContent?.includes('The id “p1” is kept: the principle’s stored state'),
      'what follows the kept id is said',
    );
    $<HTMLButtonElement>(el, '[data-action="publish"]')!.click();
    await el.updateComplete;
    const published = oneEvent(el, 'coop-config-publish') as Promise<CoopConfigPublishEvent>;
    $<HTMLButtonElement>(el, '[data-action="confirm"]')!.click();
    const { detail } = await published;
    expect((detail.changes as PrinciplesChanges).removedStatuses).to.have.length(1);
    expect((detail.changes as PrinciplesChanges).renamedPrinciples).to.have.length(0);
  });
});

describe('<coop-config-editor> JSON pane', function () {
  this.timeout(30000);
  const broken = { questionnaire: questionnaireBroken, atp: atpBroken, principles: principlesBroken };
  const parse = {
    questionnaire: (t: string) => parseQuestionnaireConfig(t, { locale: 'en' }),
    atp: (t: string) => parseAtpConfig(t, { locale: 'en' }),
    principles: (t: string) => parsePrinciplesConfig(t, { locale: 'en' }),
  };

  for (const kind of ['questionnaire', 'atp', 'principles'] as const) {
    it(`shows every issue the core finds in the broken ${kind} fixture on its line, with its message`, async () => {
      const el = await mountEditor(kind);
      const source = JSON.stringify(broken[kind], null, 2);
      el.value = source;
      const parsed = parse[kind](source);
      if (parsed.ok) throw new Error('the fixture should be broken');
      await waitUntil(() => diagnostics(el).length === parsed.issues.length, 'the pane lints', { timeout: 5000 });
      const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
      const shown = diagnostics(el);
      for (const issue of parsed.issues) {
        const range = locateJsonPath(source, issue.path)!;
        expect(shown, issue.path).to.deep.include({ line: lineOf(range.from), message: issue.message });
      }
      // The same issues are listed under the pane.
      expect($$(el, '.issues li')).to.have.length(parsed.issues.length);
    });
  }

  it('typed with the keyboard: the outline follows, and a broken id is marked on its line', async () => {
    const el = await mountEditor('atp');
    const content = root(el).querySelector<HTMLElement>('.cm-content')!;
    content.focus();
    const doc = () => paneView(el).state.doc;
    // To the end of the "title" line, before its closing quote and comma.
    const titleLine =
      doc()
        .toString()
        .split('\n')
        .findIndex((l) => l.trimStart().startsWith('"title"')) + 1;
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    for (let i = 1; i < titleLine; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ type: ' typed' });
    await waitUntil(() => $<HTMLInputElement>(el, '#v-title')?.value.endsWith(' typed'), 'the outline follows');
    // A space in the id: the core refuses it, on the id's line.
    const idLine =
      doc()
        .toString()
        .split('\n')
        .findIndex((l) => l.trimStart().startsWith('"id"')) + 1;
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    for (let i = 1; i < idLine; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ type: ' x' });
    await waitUntil(() => diagnostics(el).length > 0, 'the pane lints', { timeout: 5000 });
    const issues = parseAtpConfig(el.value, { locale: 'en' });
    expect(issues.ok).to.equal(false);
    expect(diagnostics(el)).to.deep.equal([{ line: idLine, message: issues.ok ? '' : issues.issues[0]!.message }]);
    expect(text(el)).to.contain('Fix the problems before publishing');
  });

  it('starts from a URL (the fetch answered by a stub), and says why when the address fails', async () => {
    const el = await mountEditor('principles');
    const original = window.fetch;
    const config = defaultPrinciplesConfig('en');
    config.title = 'From the address';
    window.fetch = (async (input: RequestInfo | URL) =>
      String(input).endsWith('/good.json')
        ? new Response(JSON.stringify(config), { status: 200 })
        : new Response('', { status: 404 })) as typeof fetch;
    try {
      const url = $<HTMLInputElement>(el, '#start-url')!;
      url.value = 'https://cms.example/good.json';
      $<HTMLButtonElement>(el, '[data-action="start-url"]')!.click();
      await waitUntil(() => json(el).title === 'From the address', 'the config is loaded');
      await waitUntil(() => $<HTMLInputElement>(el, '#v-title')?.value === 'From the address', 'the outline shows it');
      url.value = 'https://cms.example/missing.json';
      $<HTMLButtonElement>(el, '[data-action="start-url"]')!.click();
      await waitUntil(() => text(el).includes('HTTP 404'), 'the failure is announced');
      expect(json(el).title).to.equal('From the address');
    } finally {
      window.fetch = original;
    }
  });
});
