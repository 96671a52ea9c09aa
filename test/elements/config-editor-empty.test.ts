/**
 * <coop-config-editor> for the ATP grid and the principles checklist, driven with the keyboard only (focus moved
 * as a Tab would, keys typed) from "An empty config" to a published one, as the questionnaire's test does
 * (config-editor.test.ts): the outline's fields, its "Add" buttons, a principle's relatesTo, the sample preview.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/config-editor.js';
import { parseAtpConfig, parsePrinciplesConfig, type AtpConfig, type PrinciplesConfig } from '../../src/core/index.js';
import type { CoopConfigEditor } from '../../src/elements/config-editor/config-editor.js';
import type { CoopConfigPublishEvent } from '../../src/elements/events.js';
import { $, $$, mountEditor, root } from './helpers.js';

const active = (el: Element) => root(el).activeElement as HTMLElement | null;

/** Focuses the control `selector` (where Tab would take the user), then presses `key`. */
async function press(el: CoopConfigEditor, selector: string, key: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`Nothing matches ${selector}`);
  target.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Selects the text of the focused field (or of `selector`'s) and types `text` over it. */
async function typeOver(el: CoopConfigEditor, text: string, selector?: string): Promise<void> {
  const field = (selector ? $(el, selector) : active(el)) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field) throw new Error(`No field ${selector ?? '(focused)'}`);
  field.focus();
  field.select();
  await sendKeys(text ? { type: text } : { press: 'Backspace' });
  await el.updateComplete;
}

/** "Start from…" opened with Enter on its summary, then "An empty config" with Enter. */
async function startEmpty(el: CoopConfigEditor): Promise<void> {
  await press(el, 'details.start > summary', 'Enter');
  expect($<HTMLDetailsElement>(el, 'details.start')!.open).to.equal(true);
  await press(el, '[data-action="start-empty"]', 'Enter');
}

async function publishWithEnter(el: CoopConfigEditor): Promise<CoopConfigPublishEvent['detail']> {
  const published = oneEvent(el, 'coop-config-publish') as Promise<CoopConfigPublishEvent>;
  await press(el, '[data-action="publish"]', 'Enter');
  return (await published).detail;
}

describe('<coop-config-editor>: from an empty config to a published one, with the keyboard only', function () {
  this.timeout(30000);

  it('builds an ATP grid: title, two groups, a suggestion; previews the postures; publishes', async () => {
    const el = await mountEditor('atp');
    await startEmpty(el);
    expect($$(el, '[data-list="groups"][data-index]')).to.have.length(1);
    expect($$(el, '[data-list="categories-fears-suggestions"][data-index]')).to.have.length(0);
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });

    await typeOver(el, 'Hospital merger', '#v-title');
    await typeOver(el, 'Physicians', '#l-groups-0-label');
    // "Add" with Enter: the focus lands on the new group's name.
    await press(el, '[data-action="add"][data-list="groups"]', 'Enter');
    expect(active(el)?.id).to.equal('l-groups-1-label');
    await typeOver(el, 'Nurses');
    // The columns' part opens with Enter; a fear suggested to the participants.
    await press(el, 'details.part > summary', 'Enter');
    await press(el, '[data-action="add"][data-list="categories-fears-suggestions"]', 'Enter');
    expect(active(el)?.id).to.equal('l-categories-fears-suggestions-0-text');
    await typeOver(el, 'Losing autonomy');

    // Sample data, with Space: the preview opens on the postures of the grid being built.
    await waitUntil(() => $(el, 'coop-atp-matrix'), 'the preview is drawn');
    await press(el, '#preview-sample', 'Space');
    await waitUntil(() => $(el, 'coop-atp-matrix')?.getAttribute('view') === 'postures', 'the postures show');

    const { kind, config } = await publishWithEnter(el);
    expect(kind).to.equal('atp');
    const parsed = parseAtpConfig(config, { locale: 'en' });
    expect(parsed.ok ? [] : parsed.issues).to.deep.equal([]);
    const grid = config as AtpConfig;
    expect(grid.title).to.equal('Hospital merger');
    expect(grid.groups.map((g) => g.label)).to.deep.equal(['Physicians', 'Nurses']);
    expect(grid.categories.fears.suggestions).to.deep.equal(['Losing autonomy']);
  });

  it('builds a checklist: title, commitment, two principles, one related to the questionnaire; publishes', async () => {
    const el = await mountEditor('principles');
    await startEmpty(el);
    expect($$(el, '[data-list="principles"][data-index]')).to.have.length(1);
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });

    await typeOver(el, 'Our nine principles', '#v-title');
    await typeOver(el, 'The promoter retains what the partners propose', '#v-prerequisite-text');
    await typeOver(el, 'Build trust first', '#l-principles-0-text');
    await press(el, '[data-action="add"][data-list="principles"]', 'Enter');
    expect(active(el)?.id).to.equal('l-principles-1-text');
    await typeOver(el, 'Agree on a common purpose');

    // relatesTo: a checkbox per widget (Space), the questionnaire's sections typed, read when the field is left.
    const widget = $<HTMLInputElement>(el, '#l-principles-1-relatesTo-widgets-questionnaire')!;
    expect(widget.labels?.[0]?.textContent).to.contain('The questionnaire');
    await press(el, '#l-principles-1-relatesTo-widgets-questionnaire', 'Space');
    const sections = $<HTMLInputElement>(el, '#l-principles-1-relatesTo-sections')!;
    expect(sections.labels?.[0]?.textContent).to.contain('Questionnaire sections that assess it');
    await typeOver(el, 'governance,purpose ', '#l-principles-1-relatesTo-sections');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(sections.value).to.equal('governance, purpose');
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });

    // Sample data, with Space: the preview's checklist reads the sample statuses.
    await waitUntil(() => $(el, 'coop-principles-checklist'), 'the preview is drawn');
    await press(el, '#preview-sample', 'Space');
    const checklist = () =>
      $(el, 'coop-principles-checklist') as (HTMLElement & { getData(): { principles: object } | undefined }) | null;
    await waitUntil(() => Object.keys(checklist()?.getData()?.principles ?? {}).length === 2, 'the sample is read');

    const { kind, config } = await publishWithEnter(el);
    expect(kind).to.equal('principles');
    const parsed = parsePrinciplesConfig(config, { locale: 'en' });
    expect(parsed.ok ? [] : parsed.issues).to.deep.equal([]);
    const checklistConfig = config as PrinciplesConfig;
    expect(checklistConfig.title).to.equal('Our nine principles');
    expect(checklistConfig.prerequisite.text).to.equal('The promoter retains what the partners propose');
    expect(checklistConfig.principles.map((p) => p.text)).to.deep.equal([
      'Build trust first',
      'Agree on a common purpose',
    ]);
    expect(checklistConfig.principles[1]!.relatesTo).to.deep.equal({
      widgets: ['questionnaire'],
      sections: ['governance', 'purpose'],
    });

    // Unchecked and cleared, relatesTo leaves the JSON, as a config written by hand would.
    await press(el, '#l-principles-1-relatesTo-widgets-questionnaire', 'Space');
    await typeOver(el, '', '#l-principles-1-relatesTo-sections');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const principles = (JSON.parse(el.value) as PrinciplesConfig).principles;
    expect('relatesTo' in principles[1]!).to.equal(false);
  });
});
