/**
 * <coop-config-editor>: an editor builds a questionnaire with the keyboard only, sees the JSON pane and the
 * preview follow, renames a question id after answers exist and is warned, keeps the id, and publishes.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/config-editor.js';
import { configTag, parseQuestionnaireConfig, type QuestionnaireChanges } from '../../src/core/index.js';
import type { CoopConfigEditor } from '../../src/elements/config-editor/config-editor.js';
import type { CoopConfigPublishEvent } from '../../src/elements/events.js';
import minimalJson from '../fixtures/questionnaire.minimal.json';
import { $, $$, button, mountEditor, root, text } from './helpers.js';

const focusField = (el: Element, id: string) => {
  const field = $<HTMLInputElement>(el, `#${id}`);
  if (!field) throw new Error(`No field ${id}`);
  field.focus();
  return field;
};

describe('<coop-config-editor>', function () {
  // Each test drives a whole editor (CodeMirror, the outline, the preview widget) and axe over it.
  this.timeout(30000);

  it('starts from the default content, with no problem, its preview drawn, and is accessible (French)', async function () {
    const el = await mountEditor('questionnaire', 'fr');
    expect(text(el)).to.contain('Aucun problème');
    await waitUntil(() => $(el, 'coop-questionnaire'), 'the preview is drawn');
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });

  it('builds a three-section questionnaire from an empty one with the keyboard only, publishes it, renames a question id: orphans reported, published again', async () => {
    const el = await mountEditor('questionnaire');
    button(el, 'An empty config').click();
    await el.updateComplete;
    expect($$(el, '.node--1')).to.have.length(1);

    // Title of the questionnaire, then two more sections, each added with Enter on "Add a section".
    focusField(el, 'f--title').select();
    await sendKeys({ type: 'Readiness check' });
    for (let i = 0; i < 2; i++) {
      $<HTMLButtonElement>(el, '[data-action="add-section"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // The focus is on the new section's title: type it.
      expect(root(el).activeElement?.id).to.equal(`f-${i + 1}-title`);
      (root(el).activeElement as HTMLInputElement).select();
      await sendKeys({ type: `Part ${i + 2}` });
    }
    expect($$(el, '.node--1')).to.have.length(3);
    expect(el.value).to.contain('"Readiness check"').and.to.contain('"Part 3"');

    // Alt + ↑ moves the third section up; the move is announced and the focus follows the section.
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('f-1-title');
    await waitUntil(() => $(el, '[role="status"]')?.textContent?.includes('position 2 of 3'), 'the move is announced');
    const sections = (JSON.parse(el.value) as { sections: { title: string }[] }).sections.map((s) => s.title);
    expect(sections).to.deep.equal(['New section', 'Part 3', 'Part 2']);

    // The JSON pane shows the same text.
    expect(root(el).querySelector('.cm-content')!.textContent).to.contain('Part 3');
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });

    // The preview, with sample answers, shows the result step.
    $<HTMLInputElement>(el, '#preview-sample')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => $(el, 'coop-questionnaire')?.getAttribute('step') === 'result', 'the result step');

    const published = oneEvent(el, 'coop-config-publish') as Promise<CoopConfigPublishEvent>;
    $<HTMLButtonElement>(el, '[data-action="publish"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await published;
    expect((detail.config as { title: string }).title).to.equal('Readiness check');
    expect((detail.config as { sections: unknown[] }).sections).to.have.length(3);
    expect(parseQuestionnaireConfig(detail.config).ok).to.equal(true);

    // Answers now exist for what was published (the page's CMS gives it back as the previous version). The first
    // question's id renamed with the keyboard: the report warns that its answers become orphans.
    el.previous = JSON.stringify(detail.config);
    await el.updateComplete;
    focusField(el, 'f-0-0-0-id').select();
    await sendKeys({ type: 'renamed-question' });
    await el.updateComplete;
    expect(text(el)).to.contain('1 question removed').and.to.contain('seems renamed to “renamed-question”');
    // A new version, then "Publish" with Enter asks first; Enter on "Publish" in the dialog publishes.
    focusField(el, 'f--version').select();
    await sendKeys({ type: '2' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action="publish"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    const republished = oneEvent(el, 'coop-config-publish') as Promise<CoopConfigPublishEvent>;
    $<HTMLButtonElement>(el, '[data-action="confirm"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const second = (await republished).detail;
    expect((second.config as { version: string }).version).to.equal('2');
    expect((second.changes as QuestionnaireChanges).removed.map((q) => q.id)).to.deep.equal(['q-1']);
  });

  it('warns that a renamed id orphans its answers, keeps the id on request, and asks before publishing', async () => {
    const previous = JSON.stringify(minimalJson);
    const el = await mountEditor('questionnaire', 'en', previous);
    el.value = previous;
    await el.updateComplete;
    const firstQuestion = focusField(el, 'f-0-0-0-id');
    firstQuestion.select();
    await sendKeys({ type: 'renamed-id' });
    await el.updateComplete;
    expect(text(el)).to.contain('1 question removed').and.to.contain('seems renamed to “renamed-id”');
    expect(text(el)).to.contain('change it before publishing');
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });

    // Publishing is blocked while the version is the same.
    let fired = false;
    el.addEventListener('coop-config-publish', () => (fired = true));
    $<HTMLButtonElement>(el, '[data-action="publish"]')!.click();
    await el.updateComplete;
    expect(fired).to.equal(false);

    // A new version, then publishing asks for confirmation.
    focusField(el, 'f--version').select();
    await sendKeys({ type: '2' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action="publish"]')!.click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    const published = oneEvent(el, 'coop-config-publish') as Promise<CoopConfigPublishEvent>;
    $<HTMLButtonElement>(el, '[data-action="confirm"]')!.click();
    const { detail } = await published;
    expect((detail.changes as QuestionnaireChanges | undefined)?.removed.map((q) => q.id)).to.have.length(1);

    // Keeping the old id: the answers follow, nothing is orphaned any more.
    $<HTMLButtonElement>(el, '[data-action="keep"]')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Every answer already collected stays valid');
  });

  it('undoes and redoes outline edits with the buttons and with Ctrl + Z / Ctrl + Y', async () => {
    const el = await mountEditor('questionnaire');
    const before = el.value;
    focusField(el, 'f-0-title').select();
    await sendKeys({ type: 'Renamed' });
    await el.updateComplete;
    expect(el.value).to.contain('"Renamed"');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.value).to.equal(before);
    expect($<HTMLInputElement>(el, '#f-0-title')!.value).not.to.equal('Renamed');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'y' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.value).to.contain('"Renamed"');
    button(el, 'Undo').click();
    await el.updateComplete;
    expect(el.value).to.equal(before);
    expect(button(el, 'Redo').disabled).to.equal(false);
  });

  it('keeps the draft across a reload, in the store it is given', async () => {
    const kept = new Map<string, string>();
    const store = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    };
    const first = await fixture<CoopConfigEditor>(
      html`<coop-config-editor locale="en" .draftStore=${store}></coop-config-editor>`,
    );
    first.value = JSON.stringify({ ...minimalJson, title: 'Kept draft' });
    first.remove(); // leaving the page writes the draft at once
    expect(kept.get('coop-config-editor:questionnaire:draft')).to.contain('Kept draft');
    const second = document.createElement('coop-config-editor');
    second.setAttribute('locale', 'en');
    second.draftStore = store;
    document.body.append(second);
    await second.updateComplete;
    expect(second.value).to.contain('Kept draft');
    await waitUntil(() => $(second, '[role="status"]')?.textContent?.includes('draft was restored'));
    second.remove();
  });

  for (const [kind, tag] of [
    ['atp', 'coop-atp-matrix'],
    ['principles', 'coop-principles-checklist'],
  ] as const) {
    it(`edits the ${kind} config as JSON, with its widget as preview`, async () => {
      const el = await fixture<CoopConfigEditor>(
        html`<coop-config-editor for=${kind} locale="en" .draftStore=${null}></coop-config-editor>`,
      );
      await waitUntil(() => root(el).querySelector('.cm-editor'), 'the JSON pane loads', { timeout: 5000 });
      await waitUntil(() => $(el, tag), 'the preview is drawn');
      expect(text(el)).to.contain('No problem');
      expect($$(el, '[part="outline"] [data-list]').length).to.be.greaterThan(0);
      const config = JSON.parse(el.value) as { groups?: unknown[]; title?: string };
      el.value = JSON.stringify({ ...config, title: '' });
      await el.updateComplete;
      expect($<HTMLButtonElement>(el, '.issues button.path')!.textContent).to.contain('title');
      await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
    });
  }

  it('starts from a tag pasted from a page, its escaping undone', async () => {
    const el = await mountEditor('questionnaire');
    const config = { ...minimalJson, title: `It's <b>&amp;</b>` };
    const area = $<HTMLTextAreaElement>(el, '#start-tag')!;
    area.value = configTag('coop-questionnaire', config);
    button(el, 'Read the tag').click();
    await el.updateComplete;
    expect((JSON.parse(el.value) as { title: string }).title).to.equal(`It's <b>&amp;</b>`);
    expect($<HTMLInputElement>(el, '#f--title')!.value).to.equal(`It's <b>&amp;</b>`);
    // The tag to copy is escaped the same way, ready to paste.
    expect($<HTMLTextAreaElement>(el, '#tag')!.value).to.contain('It&#39;s &lt;b&gt;&amp;amp;&lt;/b&gt;');
  });

  it('places the core’s issues in the list, keeps the outline usable while the JSON is not readable', async () => {
    const el = await mountEditor('questionnaire');
    el.value = JSON.stringify({ ...minimalJson, version: '' });
    await el.updateComplete;
    expect(text(el)).to.contain('1 problem to fix before publishing');
    expect($<HTMLButtonElement>(el, '.issues button.path')!.textContent).to.contain('version');
    // With a previous version, the change report waits for a draft without problems.
    el.previous = JSON.stringify(minimalJson);
    await el.updateComplete;
    expect(text(el)).to.contain('The report will show once the config has no problem');
    el.value = '{ "title": ';
    await el.updateComplete;
    expect(text(el)).to.contain('cannot be read');
    expect($$(el, '.node--1').length).to.be.greaterThan(0);
  });
});

describe('<coop-config-editor> under a strict CSP with Trusted Types', () => {
  // The policy of test/dist/browser.js (STRICT_CSP): no inline style, no inline script, only lit's Trusted Types policy.
  const STRICT_CSP =
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html";

  it('loads CodeMirror, edits, and draws the preview with no violation', async function () {
    this.timeout(30000);
    const frame = document.createElement('iframe');
    frame.title = 'CSP';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
      <script type="module" src="/src/define/config-editor.ts"></script></head>
      <body><coop-config-editor for="questionnaire"></coop-config-editor></body></html>`;
    const violations: string[] = [];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const el = doc.querySelector<CoopConfigEditor>('coop-config-editor')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.cm-editor'), 'CodeMirror loads', { timeout: 10000 });
    await waitUntil(() => el.shadowRoot?.querySelector('coop-questionnaire'), 'the preview is drawn');
    // CodeMirror's styles are applied (as constructable stylesheets): its gutter is laid out beside the text.
    const gutter = el.shadowRoot!.querySelector('.cm-gutters')!;
    expect(frame.contentWindow!.getComputedStyle(gutter).display).to.equal('flex');
    // An edit through the outline reaches the JSON pane.
    const title = el.shadowRoot!.querySelector<HTMLInputElement>('#f--title')!;
    title.value = 'Under CSP';
    title.dispatchEvent(new Event('input'));
    await waitUntil(() => el.shadowRoot!.querySelector('.cm-content')!.textContent!.includes('Under CSP'));
    expect(violations).to.deep.equal([]);
    // The policy is live in the frame: an inline style is reported, HTML from a string is refused.
    doc.body.setAttribute('style', 'color: red');
    await waitUntil(() => violations.length > 0, 'the inline style is reported');
    expect(() => (doc.body.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
    frame.contentWindow!.localStorage.removeItem('coop-config-editor:questionnaire:draft');
    frame.remove();
  });
});
