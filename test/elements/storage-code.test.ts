/**
 * The storage's rare paths load their code on first use (persistence-state.ts's `rare`): setting aside data the
 * widget cannot read, an erase. When that code cannot be loaded (a page gone offline before it was fetched),
 * nothing stored is written over or erased, the user's edits stay on screen, the widget says so (its storage
 * warning, role=alert) and the browser asks before the page closes. The storage warning itself, with its
 * sentences, loads when first shown: in French too, and with "Try again" when it cannot be loaded. The
 * questionnaire's merge is a part of its own, fetched after the first paint: without it, another tab's answers
 * are not written over, this page's stay, the conflict is shown, and "Merge again" merges once it loads.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import {
  createMemoryStorage,
  createResponses,
  parseQuestionnaireConfig,
  parseSaved,
  parseSavedPrinciples,
  serializeSaved,
  serializeSavedPrinciples,
  setAnswer,
} from '../../src/core/index.js';
import { answersMerge } from '../../src/elements/questionnaire/answers-document.js';
import { storageViews } from '../../src/elements/shared/document-controller.js';
import { rare } from '../../src/elements/shared/persistence-state.js';
import { SAVE_DELAY_MS } from '../../src/elements/shared/persistence.js';
import type { CoopStorageErrorEvent } from '../../src/elements/events.js';
import {
  addItem,
  alertText,
  asideKeys,
  asksBeforeClosing,
  button,
  checklist,
  fullStorage,
  mount,
  questionnaire,
  radio,
  status,
  unreachable,
  Q_KEY,
  P_KEY,
  ATP_KEY,
  UNREADABLE,
} from './helpers.js';
import minimalJson from '../fixtures/questionnaire.minimal.json';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const load = rare.load;
const warning = storageViews.warning;
const mergeCode = answersMerge.load;
/** Until the test ends, the rare paths' code cannot be loaded. */
function offline(): void {
  rare.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}
afterEach(() => {
  rare.load = load;
  storageViews.warning = warning;
  answersMerge.load = mergeCode;
  window.dispatchEvent(new Event('pagehide')); // nothing left pending for the next test
});

describe("the storage's rare paths, when their code cannot be loaded", () => {
  it('coop-questionnaire opened on data it cannot read: never written over, the answers kept on screen, the warning says so', async () => {
    const storage = createMemoryStorage();
    storage.data.set(Q_KEY, UNREADABLE);
    const errors: CoopStorageErrorEvent['detail'][] = [];
    document.addEventListener('coop-storage-error', (e) => errors.push((e as CoopStorageErrorEvent).detail));
    offline();
    const el = await questionnaire(storage);
    expect(alertText(el)).to.contain('A problem prevents your answers from being saved');
    expect(errors).to.deep.include({ reason: 'corrupt', operation: 'read' });

    radio(el, 'q1', 3).click();
    await el.updateComplete;
    await sleep(SAVE_DELAY_MS * 2);
    window.dispatchEvent(new Event('pagehide'));
    await sleep(0);
    expect(storage.data.get(Q_KEY), 'the data it cannot read was written over').to.equal(UNREADABLE);
    expect(asideKeys(storage, Q_KEY)).to.deep.equal([]);
    expect(radio(el, 'q1', 3).checked, 'the answer is no longer on screen').to.equal(true);
    expect(el.getResponses()!.answers.q1!.value).to.equal(3);
    expect(asksBeforeClosing(), 'the page closes without asking, the answer only in it').to.equal(true);
    expect(alertText(el)).to.contain('A problem prevents your answers from being saved');
    await expect(el).to.be.accessible();
  });

  it('coop-principles-checklist: "erase" erases nothing, keeps the data on screen and stored, and says it was not erased', async () => {
    const storage = createMemoryStorage();
    const stored = serializeSavedPrinciples({
      principles: { p1: { status: 'in-place', updatedAt: new Date().toISOString() } },
      proposals: [],
    });
    storage.data.set(P_KEY, stored);
    const el = await checklist(storage);
    expect(status(el, 'p1', 'in-place').checked).to.equal(true);
    offline();

    expect(await el.reset(), 'reset() said the data was erased').to.equal(false);
    await el.updateComplete;
    expect(alertText(el)).to.contain('Some saved data could not be erased');
    expect(storage.data.get(P_KEY), 'the stored data changed').to.equal(stored);
    expect(status(el, 'p1', 'in-place').checked, 'the data left the screen').to.equal(true);
    await expect(el).to.be.accessible();

    // An edit made after it is saved as usual.
    status(el, 'p1', 'in-progress').click();
    await waitUntil(() => storage.data.get(P_KEY) !== stored, 'the edit was never saved', { timeout: 2000 });
    const saved = parseSavedPrinciples(storage.data.get(P_KEY)!);
    expect(saved.ok && saved.data.principles['p1']?.status).to.equal('in-progress');

    // Once the code loads again, "erase" erases.
    rare.load = load;
    expect(await el.reset()).to.equal(true);
    expect(storage.data.has(P_KEY)).to.equal(false);
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(status(el, 'p1', 'in-progress').checked).to.equal(false);
  });
});

describe("the storage's rare paths without their code, on a document opened offline", () => {
  it('coop-atp-matrix opened offline: a poll brings text it cannot read, never written over, the item kept', async () => {
    const backing = createMemoryStorage();
    const storage = unreachable(backing);
    const el = await mount('coop-atp-matrix', storage);
    await addItem(el, 'staff', 'fears', 'Loss of autonomy');
    offline();
    const theirs = '{"format":"coop-atp/1",';
    backing.simulateExternalChange(ATP_KEY, theirs);
    await waitUntil(() => alertText(el).includes('A problem prevents your work from being saved'), 'not said', {
      timeout: 2000,
    });
    storage.online = true;
    window.dispatchEvent(new Event('pagehide'));
    await sleep(SAVE_DELAY_MS * 2);
    expect(storage.writes, 'written over').to.deep.equal([]);
    expect(backing.data.get(ATP_KEY)).to.equal(theirs);
    expect(
      el
        .getData()!
        .groups.find((g) => g.id === 'staff')!
        .items.map((i) => i.text),
    ).to.deep.equal(['Loss of autonomy']);
    expect(asksBeforeClosing(), 'the item exists only in this page').to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('the storage warning, loaded when first shown', () => {
  it("speaks French on a French page (its sentences come with it), and a site's override of them holds", async () => {
    const el = await mount('coop-questionnaire', fullStorage(), { config: minimalJson, locale: 'fr' });
    radio(el, 'q1', 3).click();
    await waitUntil(() => alertText(el).includes('plein'), 'no French warning', { timeout: 2000 });
    await el.updateComplete;
    expect(alertText(el)).to.contain('L’espace de stockage de votre navigateur est plein');
    expect(alertText(el)).not.to.contain('undefined');

    el.strings = { storageQuota: 'Plus de place.' };
    await el.updateComplete;
    expect(alertText(el)).to.contain('Plus de place.');
    await expect(el).to.be.accessible();
  });

  it('when it cannot be loaded, says so with "Try again": the answer stays, and the warning shows once loaded', async () => {
    storageViews.warning = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await questionnaire(fullStorage());
    radio(el, 'q1', 3).click();
    await waitUntil(() => alertText(el).includes('could not be loaded'), 'the failure is never said', {
      timeout: 2000,
    });
    expect(radio(el, 'q1', 3).checked).to.equal(true);
    expect(asksBeforeClosing(), 'the answer exists only in this page').to.equal(true);
    await expect(el).to.be.accessible();

    storageViews.warning = warning;
    button(el, 'Try again').click();
    await el.updateComplete;
    expect(alertText(el)).to.contain('Your browser’s storage is full');
    expect(radio(el, 'q1', 3).checked).to.equal(true);
  });
});

describe("the questionnaire's merge, when its code cannot be loaded", () => {
  /** What another tab saved: q2 answered, later than this page's answer. */
  function theirs(): string {
    const parsed = parseQuestionnaireConfig(minimalJson);
    if (!parsed.ok) throw new Error('the fixture does not parse');
    const config = parsed.config;
    return serializeSaved('fill', setAnswer(config, createResponses(config), 'q2', 2, new Date(Date.now() + 1000)));
  }
  const stored = (storage: ReturnType<typeof createMemoryStorage>) => {
    const saved = parseSaved(storage.data.get(Q_KEY)!);
    return saved.ok ? saved.saved.responses.answers : undefined;
  };

  it('another tab’s answers: never written over, this page’s kept and the conflict shown; "Merge again" merges once it loads', async () => {
    answersMerge.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const storage = createMemoryStorage();
    const el = await questionnaire(storage);
    radio(el, 'q1', 3).click(); // its write is pending when the other tab's answers come
    await el.updateComplete;
    const other = theirs();
    storage.simulateExternalChange(Q_KEY, other);
    await waitUntil(() => alertText(el).includes('could not be merged'), 'the conflict is never shown', {
      timeout: 2000,
    });
    window.dispatchEvent(new Event('pagehide'));
    await sleep(SAVE_DELAY_MS * 2);
    expect(storage.data.get(Q_KEY), 'the other tab’s answers were written over').to.equal(other);
    expect(radio(el, 'q1', 3).checked, 'this page’s answer left the screen').to.equal(true);
    expect(el.getResponses()!.answers.q1!.value).to.equal(3);
    expect(asksBeforeClosing(), 'the page closes without asking, the answer only in it').to.equal(true);
    await expect(el).to.be.accessible();

    // "Merge again" while the code still cannot be loaded: the conflict stays, nothing is written.
    button(el, 'Merge again').click();
    await el.updateComplete;
    await waitUntil(() => alertText(el).includes('could not be merged'), 'the conflict is no longer shown');
    expect(storage.data.get(Q_KEY)).to.equal(other);

    answersMerge.load = mergeCode;
    button(el, 'Merge again').click();
    await waitUntil(() => alertText(el) === '', 'the merge never settled the conflict', { timeout: 2000 });
    expect(stored(storage)?.q1?.value, 'this page’s answer was not saved').to.equal(3);
    expect(stored(storage)?.q2?.value, 'the other tab’s answer was lost').to.equal(2);
    await el.updateComplete;
    expect(radio(el, 'q2', 2).checked, 'the other tab’s answer is not on screen').to.equal(true);
    expect(radio(el, 'q1', 3).checked).to.equal(true);
  });

  it('with its code loaded, another tab’s answers are merged at once, as before', async () => {
    const storage = createMemoryStorage();
    const el = await questionnaire(storage);
    radio(el, 'q1', 3).click();
    await el.updateComplete;
    storage.simulateExternalChange(Q_KEY, theirs());
    await el.updateComplete;
    expect(radio(el, 'q2', 2).checked, 'not merged at once').to.equal(true);
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(storage)?.q1?.value).to.equal(3);
    expect(stored(storage)?.q2?.value).to.equal(2);
    expect(alertText(el)).to.equal('');
  });
});
