/**
 * The questionnaire's parts loaded after its first paint, on a French page that registered only the
 * questionnaire (no import of coop-widgets/core, which would register every string area): the dialogs
 * (fetched right after the first paint), the exports (with the validate step, or on their first use from the
 * storage warning), and the French those parts bring (src/core/catalogs/questionnaire-parts.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/questionnaire.js';
import { StorageError, createMemoryStorage, type StorageAdapter } from '../../src/core/runtime.js';
import { questionnairePartsFr } from '../../src/core/i18n/questionnaire-parts.js';
import { widgetFr } from '../../src/core/i18n/widget.js';
import type { CoopQuestionnaire } from '../../src/elements/questionnaire/questionnaire.js';
import { questionnaireParts } from '../../src/elements/questionnaire/views.js';
import minimalJson from '../fixtures/questionnaire.minimal.json';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const button = (el: Element, label: string) => {
  const found = [...root(el).querySelectorAll('button')].find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === label,
  );
  if (!found) throw new Error(`No button "${label}"`);
  return found;
};

async function mount(storage: StorageAdapter = createMemoryStorage()): Promise<CoopQuestionnaire> {
  const el = await fixture<CoopQuestionnaire>(
    html`<coop-questionnaire locale="fr" .storage=${storage} .config=${minimalJson}></coop-questionnaire>`,
  );
  await waitUntil(() => el.getResponses() !== undefined && $(el, '.base'), 'the questionnaire never loads');
  await el.updateComplete;
  return el;
}

async function answerFirst(el: CoopQuestionnaire): Promise<void> {
  $<HTMLInputElement>(el, '#q-q1 input[value="3"]')!.click();
  await el.updateComplete;
}

/** The files offered for download while `run` runs, once `count` have been. */
async function downloads(run: () => void, count = 1): Promise<Blob[]> {
  const blobs: Blob[] = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) blobs.push(blob);
    return create.call(URL, blob);
  };
  try {
    run();
    await waitUntil(() => blobs.length >= count, 'nothing was downloaded');
  } finally {
    URL.createObjectURL = create;
  }
  return blobs;
}

describe('coop-questionnaire: parts loaded after the first paint (French page, questionnaire only)', () => {
  it('the erase dialog is there once the widget is ready, in French, and opens at its title', async () => {
    const el = await mount();
    button(el, 'Effacer mes réponses').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.erase')!;
    expect(dialog.open).to.equal(true);
    expect(root(el).activeElement?.id).to.equal('erase-title');
    expect(dialog.textContent).to.contain(questionnairePartsFr.eraseTitle);
    expect(dialog.textContent).to.contain(questionnairePartsFr.eraseConfirm);
    dialog.close();
  });

  it('dialogs that cannot be loaded are said, the answers kept; pressing again loads it and opens it', async () => {
    const original = questionnaireParts.dialogs;
    let offline = true;
    questionnaireParts.dialogs = () => (offline ? Promise.reject(new Error('offline')) : original());
    try {
      const el = await mount();
      await answerFirst(el);
      expect($(el, 'dialog.erase')).to.equal(null);
      button(el, 'Effacer mes réponses').click();
      await waitUntil(
        () => $(el, '[role="status"]')?.textContent === widgetFr.widgetPartFailed,
        'the failure is not said',
      );
      expect(el.getResponses()!.answers.q1!.value).to.equal(3);
      await expect(el).to.be.accessible();

      offline = false;
      button(el, 'Effacer mes réponses').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog.erase')?.open, 'the dialog never opens');
      expect(root(el).activeElement?.id).to.equal('erase-title');
      expect(el.getResponses()!.answers.q1!.value).to.equal(3);
      $<HTMLDialogElement>(el, 'dialog.erase')!.close();
    } finally {
      questionnaireParts.dialogs = original;
    }
  });

  it('the result table and the CSV headings are in French, never "undefined"', async () => {
    const el = await mount();
    await answerFirst(el);
    el.step = 'result';
    await el.updateComplete;
    expect($(el, 'table')!.textContent).to.contain(questionnairePartsFr.columnScore);
    expect($(el, 'table')!.textContent).to.contain(questionnairePartsFr.columnCompletion);
    el.step = 'validate';
    await el.updateComplete;
    expect(text(el)).to.not.contain('undefined');
    const [csv] = await downloads(() => button(el, 'Exporter les réponses (CSV)').click());
    const header = (await csv!.text()).split('\r\n')[0]!;
    expect(header).to.contain(questionnairePartsFr.csvQuestion);
    expect(header).to.contain(questionnairePartsFr.csvAnswer);
  });

  it('the storage warning’s exports work on the fill step, before the validate step was ever loaded', async () => {
    const full: StorageAdapter = {
      load: async () => null,
      save: async () => {
        throw new StorageError('quota', 'full');
      },
      remove: async () => undefined,
    };
    const el = await mount(full);
    await answerFirst(el);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => $(el, '[role="alert"]'), 'no storage warning');
    const [csv] = await downloads(() => button(el, 'Exporter les réponses (CSV)').click());
    expect(await csv!.text()).to.contain('Done, written and shared');
    expect((await csv!.text()).split('\r\n')[0]).to.contain(questionnairePartsFr.csvComment);
    const [json] = await downloads(() => button(el, 'Exporter le résultat (JSON)').click());
    const exported = JSON.parse(await json!.text()) as { responses: { answers: Record<string, { value: number }> } };
    expect(exported.responses.answers.q1!.value).to.equal(3);
  });
});
