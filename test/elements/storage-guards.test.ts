/**
 * The guards around stored data, where they meet: a conflict that comes back while it is being settled, data
 * that could not be set aside, an erase that left a copy behind, a document brought by a poll while it is
 * read again. Each time, the user must neither lose edits unwarned (the browser asks before the page closes),
 * nor see a warning end while what it says is still true, nor have another device's version written over.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import {
  StorageError,
  createMemoryStorage,
  parseSaved,
  principlesStorageKey,
  questionnaireStorageKey,
  serializeSavedPrinciples,
  type MemoryStorage,
} from '../../src/core/index.js';
import { SAVE_DELAY_MS } from '../../src/elements/shared/persistence.js';
import type { CoopQuestionnaire } from '../../src/elements/questionnaire/questionnaire.js';
import type { CoopStorageErrorEvent } from '../../src/elements/events.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import minimalJson from '../fixtures/questionnaire.minimal.json';
import {
  $,
  alertText,
  asideKeys,
  asksBeforeClosing,
  button,
  checklist,
  fullStorage,
  gate,
  liveText,
  loaded,
  questionnaire,
  radio,
  status,
  versionedServer,
  Q_KEY,
  P_KEY,
  UNREADABLE,
} from './helpers.js';
import type { CoopProject } from '../../src/elements/project/project.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A principles document with principle `id` in place: as data, and as stored text. */
const inPlace = (id: string) => ({
  principles: { [id]: { status: 'in-place' as const, updatedAt: new Date().toISOString() } },
  proposals: [],
});
const storedInPlace = (id: string) => serializeSavedPrinciples(inPlace(id));

const NOT_ERASED = 'Some saved data could not be erased';

// ---------------------------------------------------------------------------------------------- back ends

/**
 * What happens to the next removal of a copy set aside: it fails at once, fails after a while, never ends (a
 * request nothing times out), or works.
 */
type Removal = 'fails' | 'fails slowly' | 'never ends' | 'works slowly' | 'works';

/**
 * A store over `backing` (polls: `backing.simulateExternalChange`) whose faults the test sets:
 * `offline` fails reads and writes (`unavailable`); `asideFull` fails the writes of copies set aside
 * (`quota`); `removals` says how the next removals of such copies go, one each, and `stuck` how the others
 * go (fail, `unavailable`); `conflicts` makes the next writes of a document conflict, another device's
 * `theirs` written there just before; `holdReads()` keeps reads waiting until called back.
 */
function store(backing: MemoryStorage = createMemoryStorage()) {
  const down = () => new StorageError('unavailable', 'network down');
  const isAside = (key: string) => key.includes(':corrupt:');
  const reads = gate();
  const adapter = {
    backing,
    offline: false,
    asideFull: false,
    stuck: false,
    removals: [] as Removal[],
    conflicts: 0,
    theirs: undefined as string | undefined,
    /** How long the answer to the removal of a document (not a copy) takes, in ms. */
    documentRemoval: 0 as number | 'never',
    /** How long a write takes, in ms; `asideDelay`, the write of a copy set aside. */
    saveDelay: 0,
    asideDelay: 0,
    /** Every write tried, by key, in order. */
    writes: [] as string[],
    /** Removals of copies set aside that were tried. */
    asideRemovals: 0,
    /** Reads waiting on `holdReads()`. */
    waiting: 0,
    holdReads: reads.hold,
    load: async (key: string) => {
      if (adapter.offline) throw down();
      const gated = reads.held();
      if (gated) {
        adapter.waiting += 1;
        await gated;
        adapter.waiting -= 1;
      }
      return backing.load(key);
    },
    save: async (key: string, value: string) => {
      adapter.writes.push(key);
      if (adapter.saveDelay) await sleep(adapter.saveDelay);
      if (isAside(key) && adapter.asideDelay) await sleep(adapter.asideDelay);
      if (adapter.offline) throw down();
      if (isAside(key) && adapter.asideFull) throw new StorageError('quota', 'full');
      if (!isAside(key) && adapter.conflicts > 0) {
        adapter.conflicts -= 1;
        if (adapter.theirs !== undefined) backing.data.set(key, adapter.theirs);
        throw new StorageError('conflict', 'changed elsewhere');
      }
      await backing.save(key, value);
    },
    remove: async (key: string) => {
      if (adapter.offline) throw down();
      if (isAside(key)) {
        adapter.asideRemovals += 1;
        const how = adapter.removals.shift() ?? (adapter.stuck ? 'fails' : 'works');
        if (how === 'fails slowly' || how === 'works slowly') await sleep(300);
        if (how === 'never ends') await new Promise(() => undefined);
        if (how !== 'works' && how !== 'works slowly') throw down();
      }
      await backing.remove(key);
      // A slow answer: the removal is done at once (a server takes requests in order), its answer comes late.
      if (!isAside(key) && adapter.documentRemoval) {
        await (adapter.documentRemoval === 'never' ? new Promise(() => undefined) : sleep(adapter.documentRemoval));
      }
    },
    subscribe: (key: string, listener: (raw: string | null) => void) => backing.subscribe(key, listener),
  };
  return adapter;
}

/** What another device stores for the questionnaire once its user answered `question` with `value`. */
async function anotherDevicesAnswers(question: string, value: number): Promise<string> {
  const backing = createMemoryStorage();
  const other = await questionnaire(backing);
  radio(other, question, value).click();
  await waitUntil(() => backing.data.has(Q_KEY), 'the other device never saved', { timeout: 3000 });
  other.remove();
  return backing.data.get(Q_KEY)!;
}

/**
 * A questionnaire opened over unreadable answers (set aside at opening), then erased: the erase of the
 * document works, the copy's fails (`unavailable`), and the warning says so. Returns the copy's key.
 */
async function erasedWithCopyLeft(
  storage: ReturnType<typeof store>,
): Promise<{ el: CoopQuestionnaire; aside: string }> {
  storage.backing.data.set(Q_KEY, UNREADABLE);
  const el = await questionnaire(storage);
  const [aside] = asideKeys(storage.backing, Q_KEY);
  expect(aside, 'the unreadable answers were not set aside').to.be.a('string');
  expect(await el.reset(), 'the copy could not be erased').to.equal(false);
  expect(storage.backing.data.has(Q_KEY)).to.equal(false);
  expect(storage.backing.data.has(aside!)).to.equal(true);
  await el.updateComplete;
  expect(alertText(el), 'the warning says the erase did not go through').to.contain(NOT_ERASED);
  return { el, aside: aside! };
}

// ---------------------------------------------------------------------------------------------- tests

describe('a conflict that comes back while it is being settled: the browser asks before the page closes', () => {
  it('coop-principles-checklist: “Keep my version” conflicting once more keeps the edits asked about', async () => {
    const server = versionedServer();
    const other = await checklist(server.device());
    const el = await checklist(server.device());
    status(other, 'p1', 'in-place').click();
    await waitUntil(() => server.body(P_KEY), 'the other device never saved', { timeout: 3000 });
    status(el, 'p2', 'in-progress').click();
    await waitUntil(() => alertText(el).includes('changed elsewhere'), 'the conflict was not shown', {
      timeout: 3000,
    });
    expect(asksBeforeClosing(), 'the held edits exist only in this page').to.equal(true);

    server.loseRace(1); // yet another device writes just before this one's version arrives
    button(el, 'Keep my version').click();
    await waitUntil(() => liveText(el).includes('Nothing has changed'), 'the failed try was not announced', {
      timeout: 3000,
    });
    await el.updateComplete;
    expect(alertText(el), 'the conflict stands').to.contain('changed elsewhere');
    expect(el.getData()!.principles.p2?.status, 'the edit stays on screen').to.equal('in-progress');
    expect(asksBeforeClosing(), 'the edits still exist only in this page').to.equal(true);
  });

  it('coop-questionnaire: a merge that loses a race too keeps the answers asked about', async () => {
    const server = versionedServer();
    const other = await questionnaire(server.device());
    const el = await questionnaire(server.device());
    radio(other, 'q1', 2).click();
    await waitUntil(() => server.body(Q_KEY), 'the other device never saved', { timeout: 3000 });

    // This device's first write conflicts (the document is new to it); its merge's write loses a race too.
    server.loseRace(2);
    radio(el, 'q2', 3).click();
    await waitUntil(() => alertText(el).includes('could not be merged'), 'the second conflict was not shown', {
      timeout: 3000,
    });
    expect(button(el, 'Merge again')).to.exist;
    expect(radio(el, 'q2', 3).checked, 'this device’s answer stays on screen').to.equal(true);
    expect(asksBeforeClosing(), 'the answer exists only in this page').to.equal(true);
  });
});

describe('unreadable saved data that could not be set aside', () => {
  it('coop-principles-checklist: edits that cannot be written are asked about, and the data stays as it was', async () => {
    const storage = store();
    storage.backing.data.set(P_KEY, '{not json');
    storage.asideFull = true; // setting it aside fails: nothing may be written over it
    const el = await checklist(storage);
    expect(asideKeys(storage.backing, P_KEY), 'not set aside').to.deep.equal([]);
    expect(alertText(el)).to.not.equal('');

    status(el, 'p1', 'in-place').click();
    await el.updateComplete;
    await sleep(SAVE_DELAY_MS + 150); // the write was due
    await el.updateComplete;
    expect(asksBeforeClosing(), 'after the save delay, the edit still exists only in this page').to.equal(true);
    window.dispatchEvent(new Event('pagehide'));
    await sleep(50);
    await el.updateComplete;
    expect(asksBeforeClosing(), 'after the page was hidden, too').to.equal(true);
    expect(storage.writes, 'nothing written over the unreadable data').to.not.include(P_KEY);
    expect(storage.backing.data.get(P_KEY)).to.equal('{not json');
    expect(el.getData()!.principles.p1?.status, 'the edit stays on screen').to.equal('in-place');
  });
});

describe('unreadable saved data that could not be set aside, replaced elsewhere', () => {
  /** A register opened over data it cannot read nor set aside: every write is held. */
  async function blocked() {
    const storage = store();
    storage.backing.data.set(P_KEY, '{not json');
    storage.asideFull = true;
    const el = await checklist(storage);
    expect(alertText(el), 'the data could not be set aside').to.include('prevents your work from being saved');
    return { storage, el };
  }

  it('coop-principles-checklist: with no edits, the readable version is shown and the next edit is saved', async () => {
    const { storage, el } = await blocked();
    storage.backing.simulateExternalChange(P_KEY, storedInPlace('p2')); // another tab, another device
    await el.updateComplete;
    expect(status(el, 'p2', 'in-place').checked, 'the new version is shown').to.equal(true);
    expect(alertText(el), 'the warning went').to.equal('');
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => storage.writes.includes(P_KEY), 'the edit was never written', { timeout: 2000 });
    await el.updateComplete;
    expect(Object.keys(el.getData()!.principles).sort()).to.deep.equal(['p1', 'p2']);
    expect(storage.backing.data.get(P_KEY), 'saved').to.include('"p1"');
    expect(asksBeforeClosing()).to.equal(false);
  });

  it('coop-principles-checklist: edits made meanwhile are a conflict for the user to settle, never dropped', async () => {
    const { storage, el } = await blocked();
    status(el, 'p1', 'in-place').click();
    await sleep(SAVE_DELAY_MS + 100); // held: the write was due
    storage.backing.simulateExternalChange(P_KEY, storedInPlace('p2'));
    await el.updateComplete;
    expect(alertText(el), 'the user chooses').to.include('could not be read when this page opened');
    expect(status(el, 'p1', 'in-place').checked, 'the edit stays on screen').to.equal(true);
    expect(storage.writes, 'nothing written over their version').to.not.include(P_KEY);
    expect(asksBeforeClosing(), 'the edit exists only in this page').to.equal(true);
    button(el, 'Keep my version')!.click();
    await waitUntil(() => storage.backing.data.get(P_KEY)?.includes('"p1"'), 'never kept', { timeout: 2000 });
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(asksBeforeClosing()).to.equal(false);
  });

  it('coop-principles-checklist: replaced by data still unreadable, it stays held', async () => {
    const { storage, el } = await blocked();
    storage.backing.simulateExternalChange(P_KEY, '{still not json');
    status(el, 'p1', 'in-place').click();
    await sleep(SAVE_DELAY_MS + 100);
    await el.updateComplete;
    expect(storage.writes, 'nothing written over it').to.not.include(P_KEY);
    expect(storage.backing.data.get(P_KEY)).to.equal('{still not json');
    expect(alertText(el), 'still said').to.include('prevents your work from being saved');
    expect(asksBeforeClosing()).to.equal(true);
  });

  it('coop-questionnaire: erased elsewhere, the answers given meanwhile are saved', async () => {
    const storage = store();
    storage.backing.data.set(Q_KEY, UNREADABLE);
    storage.asideFull = true;
    const el = await questionnaire(storage);
    radio(el, 'q1', 2).click();
    await sleep(SAVE_DELAY_MS + 100);
    expect(storage.writes).to.not.include(Q_KEY);
    storage.backing.simulateExternalChange(Q_KEY, null);
    await waitUntil(() => storage.backing.data.has(Q_KEY), 'the answer was never saved', { timeout: 2000 });
    await el.updateComplete;
    expect(radio(el, 'q1', 2).checked).to.equal(true);
    expect(alertText(el)).to.equal('');
    expect(asksBeforeClosing()).to.equal(false);
  });
});

describe('a newer version, while unreadable data is set aside', () => {
  /** A register opened over unreadable data, a readable version arriving while that data is set aside. */
  async function replacedWhileSetAside(storage: ReturnType<typeof store>) {
    storage.backing.data.set(P_KEY, '{not json');
    storage.asideDelay = 300;
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist locale="en" .storage=${storage}></coop-principles-checklist>`,
    );
    await sleep(100); // the copy is being written
    storage.backing.simulateExternalChange(P_KEY, storedInPlace('p2')); // another device
    await waitUntil(() => loaded(el, el.getData()), 'never loaded', { timeout: 3000 });
    await el.updateComplete;
    return el;
  }

  it('coop-principles-checklist: the set-aside fails: the newer version is shown, and edits are saved', async () => {
    const storage = store();
    storage.asideFull = true;
    const el = await replacedWhileSetAside(storage);
    expect(status(el, 'p2', 'in-place').checked, 'the newer version is shown').to.equal(true);
    expect(alertText(el), 'nothing is blocked').to.equal('');
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => storage.backing.data.get(P_KEY)?.includes('"p1"'), 'the edit was held', { timeout: 2000 });
    expect(storage.backing.data.get(P_KEY), 'with the other device’s').to.include('"p2"');
    await el.updateComplete;
    expect(asksBeforeClosing()).to.equal(false);
  });

  it('coop-principles-checklist: the set-aside works: the newer version is shown, not written over', async () => {
    const storage = store();
    const el = await replacedWhileSetAside(storage);
    expect(status(el, 'p2', 'in-place').checked, 'the newer version is shown').to.equal(true);
    const [aside] = asideKeys(storage.backing, P_KEY);
    expect(storage.backing.data.get(aside!), 'the unreadable data was set aside').to.equal('{not json');
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => storage.backing.data.get(P_KEY)?.includes('"p1"'), 'never saved', { timeout: 2000 });
    expect(storage.backing.data.get(P_KEY), 'the other device’s work kept').to.include('"p2"');
  });
});

describe('a conflict whose stored version could not be set aside, then replaced', () => {
  it('coop-principles-checklist: still said as the conflict it is, not as a read at opening', async () => {
    const storage = store();
    const el = await checklist(storage);
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => storage.backing.data.has(P_KEY), 'never saved', { timeout: 2000 });
    storage.conflicts = 1;
    storage.theirs = '{not json'; // another device wrote what no widget reads
    status(el, 'p2', 'in-place').click();
    await waitUntil(() => alertText(el).includes('changed elsewhere'), 'the conflict was not shown', {
      timeout: 2000,
    });
    storage.asideFull = true;
    button(el, 'Keep my version')!.click(); // their version cannot be set aside: the conflict stands
    await waitUntil(() => storage.writes.some((k) => k.includes(':corrupt:')), 'no set-aside tried', {
      timeout: 2000,
    });
    await sleep(50);
    const reported: CoopStorageErrorEvent['detail'][] = [];
    el.addEventListener('coop-storage-error', (e) => reported.push(e.detail));
    storage.backing.simulateExternalChange(P_KEY, storedInPlace('p3'));
    await el.updateComplete;
    expect(reported, 'the poll raised the conflict again, as a write’s').to.deep.equal([
      { reason: 'conflict', operation: 'write' },
    ]);
    expect(alertText(el)).to.include('changed elsewhere');
    expect(status(el, 'p2', 'in-place').checked, 'the edit stays on screen').to.equal(true);
    expect(asksBeforeClosing()).to.equal(true);
  });
});

describe('unreadable data, and what meets its set-aside', () => {
  /** A register over `storage`, with the storage errors it reports (mounted at once: its opening is watched). */
  async function watchedChecklist(storage: ReturnType<typeof store>) {
    const events: { reason: string; operation: string }[] = [];
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist
        locale="en"
        .storage=${storage}
        @coop-storage-error=${(e: CoopStorageErrorEvent) => events.push(e.detail)}
      ></coop-principles-checklist>`,
    );
    return { el, events };
  }
  const newerFormat = '{"format":"coop-principles-data/9","data":{}}';

  it('coop-principles-checklist: a version it cannot read, from another device after opening, is set aside first', async () => {
    const storage = store();
    const el = await checklist(storage);
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => storage.backing.data.has(P_KEY), 'never saved', { timeout: 2000 });
    storage.backing.simulateExternalChange(P_KEY, newerFormat);
    status(el, 'p2', 'in-place').click();
    await waitUntil(() => storage.backing.data.get(P_KEY)?.includes('"p2"'), 'the edit was never saved', {
      timeout: 2000,
    });
    const copies = asideKeys(storage.backing, P_KEY);
    expect(
      copies.map((k) => storage.backing.data.get(k)),
      'set aside, exactly',
    ).to.deep.equal([newerFormat]);
    await el.updateComplete;
    expect(alertText(el), 'the warning names it').to.contain(copies[0]!);
  });

  it('coop-principles-checklist: data the host gives during the set-aside at opening waits for it', async () => {
    const storage = store();
    storage.backing.data.set(P_KEY, '{not json');
    storage.asideDelay = 500;
    storage.asideFull = true; // and it fails: the data must stay as it was
    const { el, events } = await watchedChecklist(storage);
    await waitUntil(() => storage.writes.some((k) => k.includes(':corrupt:')), 'no set-aside', { timeout: 2000 });
    el.setData(inPlace('p3'));
    await sleep(SAVE_DELAY_MS + 100); // the host's data was due before the set-aside ended
    expect(storage.backing.data.get(P_KEY), 'not written over meanwhile').to.equal('{not json');
    await waitUntil(() => events.some((e) => e.reason === 'corrupt'), 'the failure was not reported', {
      timeout: 2000,
    });
    await el.updateComplete;
    expect(storage.backing.data.get(P_KEY), 'nor after').to.equal('{not json');
    expect(alertText(el)).to.include('prevents your work from being saved');
    expect(asksBeforeClosing(), 'the host’s data exists only in this page').to.equal(true);
  });

  it('coop-principles-checklist: opened again by the same key, an older try’s failure blocks nothing', async () => {
    const storage = store();
    storage.backing.data.set(P_KEY, '{not json');
    storage.asideDelay = 300;
    storage.asideFull = true;
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist locale="en" .storage=${storage}></coop-principles-checklist>`,
    );
    await sleep(30);
    el.storageKey = 'b';
    await el.updateComplete;
    await sleep(30);
    el.storageKey = undefined; // A again: a second set-aside, which works
    await el.updateComplete;
    await sleep(300); // the first one fails meanwhile
    storage.asideFull = false;
    await waitUntil(() => loaded(el, el.getData()), 'never loaded', { timeout: 3000 });
    await sleep(300);
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => storage.backing.data.get(P_KEY)?.includes('"p1"'), 'writes stayed blocked', {
      timeout: 2000,
    });
    expect(asideKeys(storage.backing, P_KEY).map((k) => storage.backing.data.get(k))).to.deep.equal(['{not json']);
  });

  it('coop-principles-checklist: another document opened during a set-aside is not told of its copy', async () => {
    const storage = store();
    storage.offline = true;
    const el = await checklist(storage);
    storage.offline = false;
    storage.asideDelay = 300;
    storage.backing.simulateExternalChange(P_KEY, '{not json'); // a poll's first view: set aside, slowly
    await sleep(20);
    el.storageKey = 'other';
    await sleep(500);
    await el.updateComplete;
    expect(asideKeys(storage.backing, P_KEY), 'the copy was made').to.have.length(1);
    expect(alertText(el), 'the other document has nothing to say').to.equal('');
  });

  it('coop-principles-checklist: an erase during a set-aside after opening leaves no copy behind', async () => {
    const storage = store();
    storage.offline = true;
    const el = await checklist(storage);
    storage.offline = false;
    storage.asideDelay = 300;
    storage.backing.simulateExternalChange(P_KEY, '{not json');
    await sleep(20);
    expect(await el.reset()).to.equal(true);
    await sleep(500);
    await el.updateComplete;
    expect(asideKeys(storage.backing, P_KEY), 'nothing left').to.deep.equal([]);
    expect(alertText(el)).to.equal('');
  });
});

describe('a document that could not be read at opening, then read unreadable', () => {
  it('coop-questionnaire: back online, the unreadable answers are set aside before an answer is written', async () => {
    const storage = store();
    storage.backing.data.set(Q_KEY, UNREADABLE);
    storage.offline = true;
    const el = await questionnaire(storage);
    storage.offline = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => asideKeys(storage.backing, Q_KEY).length === 1, 'never set aside', { timeout: 2000 });
    expect(storage.backing.data.get(asideKeys(storage.backing, Q_KEY)[0]!)).to.equal(UNREADABLE);
    radio(el, 'q1', 2).click();
    await waitUntil(() => storage.backing.data.get(Q_KEY) !== UNREADABLE, 'the answer was never saved', {
      timeout: 2000,
    });
    await el.updateComplete;
    expect(alertText(el), 'the warning names the copy').to.include(asideKeys(storage.backing, Q_KEY)[0]!);
  });

  it('coop-principles-checklist: a poll brings it, an edit is pending: written only once it is set aside', async () => {
    const storage = store();
    storage.offline = true;
    const el = await checklist(storage);
    status(el, 'p1', 'in-place').click();
    storage.offline = false;
    storage.asideDelay = 200;
    storage.backing.simulateExternalChange(P_KEY, '{not json'); // a poll's first view of it
    await sleep(50);
    window.dispatchEvent(new Event('pagehide')); // the edit is due while the copy is written
    await sleep(50);
    expect(storage.backing.data.get(P_KEY), 'not written over meanwhile').to.equal('{not json');
    await waitUntil(() => storage.backing.data.get(P_KEY)?.includes('"p1"'), 'the edit was never saved', {
      timeout: 2000,
    });
    expect(asideKeys(storage.backing, P_KEY).map((k) => storage.backing.data.get(k))).to.deep.equal(['{not json']);
  });

  it('coop-principles-checklist: when it cannot be set aside, it is never written over', async () => {
    const storage = store();
    storage.offline = true;
    const el = await checklist(storage);
    storage.offline = false;
    storage.asideFull = true;
    storage.backing.simulateExternalChange(P_KEY, '{not json');
    status(el, 'p1', 'in-place').click();
    await sleep(SAVE_DELAY_MS + 150);
    window.dispatchEvent(new Event('pagehide'));
    await sleep(50);
    await el.updateComplete;
    expect(storage.backing.data.get(P_KEY)).to.equal('{not json');
    expect(asksBeforeClosing(), 'the edit exists only in this page').to.equal(true);
    expect(alertText(el)).to.include('prevents your work from being saved');
  });
});

describe('an erase that left a copy set aside: its warning stays while the copy is there', () => {
  it('coop-questionnaire: a save merged after a conflict does not end the warning', async () => {
    const theirs = await anotherDevicesAnswers('q2', 1);
    const storage = store();
    storage.stuck = true; // the copy cannot be erased, before or after the save
    const { el, aside } = await erasedWithCopyLeft(storage);

    storage.conflicts = 1; // another device writes just before this one's next write
    storage.theirs = theirs;
    radio(el, 'q1', 3).click();
    await waitUntil(
      () => {
        const saved = parseSaved(storage.backing.data.get(Q_KEY) ?? '');
        return saved.ok && saved.saved.responses.answers.q1?.value === 3;
      },
      'the merge was never saved',
      { timeout: 3000 },
    );
    const saved = parseSaved(storage.backing.data.get(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q2?.value, 'merged with the other device’s').to.equal(1);
    await sleep(100);
    await el.updateComplete;
    expect(storage.backing.data.has(aside), 'the copy is still there').to.equal(true);
    expect(alertText(el), 'the merge’s save ended the erase’s warning with a copy left').to.contain(NOT_ERASED);
  });

  it('another storage given after the erase: a save there does not end the warning while the copy stays in the first', async () => {
    const first = store();
    first.stuck = true;
    const { el, aside } = await erasedWithCopyLeft(first);

    const second = createMemoryStorage();
    el.storage = second;
    await el.updateComplete;
    await waitUntil(() => loaded(el, el.getResponses()), 'the other storage never loaded', { timeout: 3000 });
    first.stuck = false; // the first storage would erase the copy now, if asked
    radio(el, 'q1', 2).click();
    await waitUntil(() => second.data.has(Q_KEY), 'the answer was not saved in the other storage', {
      timeout: 3000,
    });
    await sleep(100);
    await el.updateComplete;
    const warned = alertText(el).includes(NOT_ERASED);
    expect(
      warned || !first.backing.data.has(aside),
      'the warning went while the copy is still in the first storage',
    ).to.equal(true);
  });

  it('two saves retrying the erase at once, one failing late: the copy is gone and no warning is left', async () => {
    const storage = store();
    // The erase's removal fails; the first save's retry fails too, slowly; the second save's works.
    storage.removals = ['fails', 'fails slowly', 'works'];
    const { el, aside } = await erasedWithCopyLeft(storage);

    radio(el, 'q1', 1).click();
    window.dispatchEvent(new Event('pagehide')); // saved at once; its retry is slow
    await sleep(50);
    radio(el, 'q1', 2).click();
    window.dispatchEvent(new Event('pagehide')); // saved at once too; its retry works
    await sleep(800); // both retries are over: the slow one failed after 300 ms
    await el.updateComplete;
    const saved = parseSaved(storage.backing.data.get(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q1?.value).to.equal(2);
    expect(
      storage.backing.data.has(aside),
      `the copy is still there (${storage.asideRemovals} removals of it tried)`,
    ).to.equal(false);
    expect(alertText(el), 'a warning says the copy is still there').to.not.contain(NOT_ERASED);
  });
});

describe('erasing again, while copies set aside are being erased', () => {
  /** The answer stored for `question`, if a document is stored at all. */
  const storedAnswer = (storage: ReturnType<typeof store>, question: string) => {
    const raw = storage.backing.data.get(Q_KEY);
    const saved = raw === undefined ? undefined : parseSaved(raw);
    return saved?.ok ? saved.saved.responses.answers[question]?.value : undefined;
  };

  it('coop-questionnaire: an answer clicked on the screen being erased is never written back after the erase', async () => {
    const storage = store();
    // The first erase leaves the copy; the save's try and the second erase's try fail slowly.
    storage.removals = ['fails', 'fails slowly', 'fails slowly'];
    const { el } = await erasedWithCopyLeft(storage);
    radio(el, 'q1', 1).click();
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => storedAnswer(storage, 'q1') === 1, 'the answer was not saved', { timeout: 2000 });

    const erasing = el.reset(); // the document goes at once; the copy's removal takes a while
    await sleep(20);
    radio(el, 'q1', 3).click(); // the old answers are still on screen
    await sleep(SAVE_DELAY_MS + 100); // its write was due
    expect(await erasing, 'the copy could not be erased').to.equal(false);
    await sleep(SAVE_DELAY_MS + 100);
    await el.updateComplete;
    expect(storedAnswer(storage, 'q1'), 'an answer erased, or given on the erased screen, is stored').to.equal(
      undefined,
    );
    expect(radio(el, 'q1', 3).checked, 'the screen was erased').to.equal(false);
  });

  it('a removal that never ends blocks nothing: saves, another document and the next erase go on', async () => {
    const storage = store();
    storage.removals = ['fails', 'never ends'];
    const { el } = await erasedWithCopyLeft(storage);
    radio(el, 'q1', 1).click(); // saved; its try at the copy never ends
    await waitUntil(() => storedAnswer(storage, 'q1') === 1, 'the answer was not saved', { timeout: 2000 });
    radio(el, 'q1', 2).click();
    await waitUntil(() => storedAnswer(storage, 'q1') === 2, 'the next answer waited behind it', { timeout: 2000 });

    el.storageKey = 'team-b'; // another document
    await waitUntil(() => loaded(el, el.getResponses()) && !radio(el, 'q1', 2).checked, 'never opened', {
      timeout: 2000,
    });
    radio(el, 'q2', 1).click();
    const key = questionnaireStorageKey('minimal', 'team-b');
    await waitUntil(() => storage.backing.data.has(key), 'the other document was never saved', { timeout: 2000 });
    expect(await el.reset(), 'an erase that works, copy aside').to.equal(true);
  });

  it('a second erase that goes through whole ends the warning of the first', async () => {
    const storage = store();
    storage.stuck = true;
    const { el, aside } = await erasedWithCopyLeft(storage);
    storage.stuck = false;
    expect(await el.reset()).to.equal(true);
    await el.updateComplete;
    expect(storage.backing.data.has(aside), 'the copy was not erased').to.equal(false);
    expect(alertText(el), 'erased, yet the warning says it was not').to.not.contain(NOT_ERASED);
  });

  it('a copy set aside in the storage used before is erased there, not looked for in the new one', async () => {
    const first = store();
    first.backing.data.set(Q_KEY, UNREADABLE);
    const el = await questionnaire(first);
    const [aside] = asideKeys(first.backing, Q_KEY);
    expect(aside, 'the unreadable answers were not set aside').to.be.a('string');

    el.storage = createMemoryStorage();
    await el.updateComplete;
    await waitUntil(() => loaded(el, el.getResponses()), 'the other storage never loaded', { timeout: 3000 });
    const erased = await el.reset();
    expect(
      erased && first.backing.data.has(aside!),
      'the erase said done, the copy stays in the first storage',
    ).to.equal(false);
    expect(first.backing.data.has(aside!)).to.equal(false);
  });
});

describe('an erase overtaken by another document, another erase, or a late try', () => {
  const storedAnswer = (storage: ReturnType<typeof store>, key: string, question: string) => {
    const raw = storage.backing.data.get(key);
    const saved = raw === undefined ? undefined : parseSaved(raw);
    return saved?.ok ? saved.saved.responses.answers[question]?.value : undefined;
  };

  it('coop-questionnaire: answers given in another document while a slow erase runs are written, and stay', async () => {
    const storage = store();
    const el = await questionnaire(storage);
    radio(el, 'q1', 1).click();
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => storedAnswer(storage, Q_KEY, 'q1') === 1, 'the answer was not saved', { timeout: 2000 });

    storage.documentRemoval = 500;
    const erasing = el.reset();
    el.storageKey = 'team-b';
    const teamB = questionnaireStorageKey('minimal', 'team-b');
    await waitUntil(() => loaded(el, el.getResponses()) && !radio(el, 'q1', 1).checked, 'team-b never opened', {
      timeout: 2000,
    });
    radio(el, 'q2', 1).click();
    await waitUntil(() => storedAnswer(storage, teamB, 'q2') === 1, 'held until the other erase ended', {
      timeout: 400,
    });
    expect(await erasing).to.equal(true);
    await sleep(SAVE_DELAY_MS + 100);
    await el.updateComplete;
    expect(storedAnswer(storage, teamB, 'q2'), 'the other document lost its answer').to.equal(1);
    expect(radio(el, 'q2', 1).checked, 'the other document’s screen was erased').to.equal(true);
    expect(storage.backing.data.has(Q_KEY) && storedAnswer(storage, Q_KEY, 'q1'), 'not erased').to.not.equal(1);
  });

  it('an erase whose copy is never removed does not hold back the next erase, nor what is answered after it', async () => {
    const storage = store();
    storage.backing.data.set(Q_KEY, UNREADABLE);
    storage.removals = ['never ends', 'works'];
    const el = await questionnaire(storage);
    void el.reset(); // its try at the copy never ends
    await sleep(20);
    expect(await el.reset(), 'the second erase').to.equal(true);
    radio(el, 'q1', 2).click();
    await waitUntil(() => storedAnswer(storage, Q_KEY, 'q1') === 2, 'nothing written after the erase', {
      timeout: 2000,
    });
    await el.updateComplete;
    expect(asksBeforeClosing()).to.equal(false);
  });

  it('coop-questionnaire: a write overtaken by an erase, then found in conflict, is not merged back', async () => {
    const theirs = await anotherDevicesAnswers('q2', 1);
    const storage = store();
    storage.backing.data.set(Q_KEY, UNREADABLE); // set aside at opening: the erase removes the copy too, slowly
    storage.removals = ['works slowly'];
    const el = await questionnaire(storage);
    storage.saveDelay = 200;
    storage.conflicts = 1; // another device writes just before this write arrives
    storage.theirs = theirs;
    radio(el, 'q1', 3).click();
    window.dispatchEvent(new Event('pagehide')); // the write is on its way
    await sleep(20);
    // The write's conflict comes back while the erase removes the copy.
    expect(await el.reset()).to.equal(true);
    storage.saveDelay = 0;
    await sleep(SAVE_DELAY_MS + 200);
    await el.updateComplete;
    expect(storedAnswer(storage, Q_KEY, 'q1'), 'the erased answer was merged back').to.equal(undefined);
    expect(storedAnswer(storage, Q_KEY, 'q2'), 'the other device’s answer stands').to.equal(1);
    expect(alertText(el), 'erased whole (the copy too): no warning is left').to.equal('');
  });

  it('a save’s late try at the copy says nothing once an erase went through', async () => {
    const storage = store();
    storage.removals = ['fails', 'works slowly', 'works'];
    const { el } = await erasedWithCopyLeft(storage);
    const errors: unknown[] = [];
    el.addEventListener('coop-storage-error', (e) => errors.push(e));
    radio(el, 'q1', 1).click();
    window.dispatchEvent(new Event('pagehide')); // saved; its try at the copy is slow
    await waitUntil(() => storage.asideRemovals === 2, 'the save did not try the copy', { timeout: 2000 });
    expect(await el.reset()).to.equal(true);
    await sleep(400); // the save's try is over
    await el.updateComplete;
    expect($(el, '.saved')!.textContent, '"Saved" on the erased screen').to.equal('No answer saved yet');
    expect(alertText(el)).to.equal('');
    expect(errors).to.deep.equal([]);
  });
});

describe('what happens on the screen being erased, while the erase runs', () => {
  it('coop-questionnaire: an answer clicked there is not written to the erased document when another opens', async () => {
    const storage = store();
    const el = await questionnaire(storage);
    radio(el, 'q1', 1).click();
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => storage.backing.data.has(Q_KEY), 'the answer was not saved', { timeout: 2000 });
    storage.documentRemoval = 300;
    const erasing = el.reset();
    await sleep(20);
    radio(el, 'q2', 1).click(); // the old answers are still on screen
    el.storageKey = 'team-b';
    expect(await erasing).to.equal(true);
    await sleep(SAVE_DELAY_MS + 200);
    expect(storage.backing.data.get(Q_KEY), 'erased answers came back in the erased document').to.equal(undefined);
  });

  it('coop-principles-checklist: “Load the saved version” confirmed during an erase leaves the erase to settle it', async () => {
    const storage = store();
    const el = await checklist(storage);
    storage.conflicts = 1;
    storage.theirs = storedInPlace('p1');
    status(el, 'p2', 'in-progress').click();
    await waitUntil(() => alertText(el).includes('changed elsewhere'), 'no conflict shown', { timeout: 2000 });
    const errors: unknown[] = [];
    el.addEventListener('coop-storage-error', (e) => errors.push(e));

    storage.documentRemoval = 300;
    const erasing = el.reset();
    await sleep(20);
    button(el, 'Keep my version').click(); // nothing to say: the erase settles it
    button(el, 'Load the saved version').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.load-saved')!;
    await waitUntil(() => dialog.open, 'no confirmation was asked');
    [...dialog.querySelectorAll('button')].at(-1)!.click();
    expect(await erasing).to.equal(true);
    await el.updateComplete;
    expect(errors, 'a try was reported as failed').to.deep.equal([]);
    expect(alertText(el), 'the conflict of the erased data is still shown').to.equal('');
    expect(status(el, 'p2', 'in-progress').checked, 'the erased data is still on screen').to.equal(false);
    expect(storage.backing.data.get(P_KEY)).to.equal(undefined);

    status(el, 'p3', 'in-place').click();
    await waitUntil(() => storage.backing.data.has(P_KEY), 'the next change was not saved', { timeout: 2000 });
    const stored = JSON.parse(storage.backing.data.get(P_KEY)!) as { data: { principles: Record<string, unknown> } };
    expect(Object.keys(stored.data.principles), 'erased data saved back with the next change').to.deep.equal(['p3']);
  });

  it('a copy set aside while the erase ran is erased too: nothing is left, nothing is named', async () => {
    const storage = store();
    storage.backing.data.set(Q_KEY, UNREADABLE);
    storage.asideDelay = 300; // setting the unreadable answers aside takes a while
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${storage} .config=${minimalJson}></coop-questionnaire>`,
    );
    await sleep(50);
    storage.documentRemoval = 500;
    expect(await el.reset(), 'the copy is still being written; the erase ends after it is').to.equal(true);
    await waitUntil(() => storage.asideRemovals === 1, 'the copy was not erased', { timeout: 2000 });
    await waitUntil(() => loaded(el, el.getResponses()), 'never loaded', { timeout: 2000 });
    await sleep(50);
    await el.updateComplete;
    expect(asideKeys(storage.backing, Q_KEY), 'nothing left').to.deep.equal([]);
    expect(storage.backing.data.has(Q_KEY)).to.equal(false);
    expect(alertText(el), 'no warning names a copy').to.equal('');
  });
});

describe('an erase and the host', () => {
  const storedPrinciples = (storage: ReturnType<typeof store>, key = P_KEY) => {
    const raw = storage.backing.data.get(key);
    return raw === undefined
      ? undefined
      : Object.keys((JSON.parse(raw) as { data: { principles: object } }).data.principles);
  };

  it('coop-principles-checklist: data the host gives while an erase runs is shown and saved after it', async () => {
    const storage = store();
    const el = await checklist(storage);
    status(el, 'p2', 'in-progress').click();
    await waitUntil(() => storage.backing.data.has(P_KEY), 'never saved', { timeout: 2000 });
    storage.documentRemoval = 300;
    const erasing = el.reset();
    el.setData(inPlace('p1')); // the host does not wait for the erase
    expect(await erasing).to.equal(true);
    await el.updateComplete;
    expect(status(el, 'p1', 'in-place').checked, 'the host’s data is not shown').to.equal(true);
    expect(status(el, 'p2', 'in-progress').checked, 'the erased data is shown').to.equal(false);
    await waitUntil(() => storedPrinciples(storage)?.join() === 'p1', 'the host’s data was not saved', {
      timeout: 2000,
    });
  });

  it('coop-principles-checklist: reset() before the saved data opened erases nothing and says so', async () => {
    const storage = store();
    storage.backing.data.set(P_KEY, storedInPlace('p1'));
    const el = document.createElement('coop-principles-checklist');
    el.setAttribute('locale', 'en');
    el.storage = storage;
    document.body.append(el);
    try {
      expect(await el.reset(), 'said erased before anything was open').to.equal(false);
      await waitUntil(() => loaded(el, el.getData()), 'never loaded', { timeout: 3000 });
      await el.updateComplete;
      expect(status(el, 'p1', 'in-place').checked, 'what is stored is what is shown').to.equal(true);
      expect(storedPrinciples(storage)).to.deep.equal(['p1']);
      expect(await el.reset(), 'once open, it erases').to.equal(true);
      expect(storage.backing.data.has(P_KEY)).to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('coop-principles-checklist: data the host gives while unreadable data is erased is written once it is gone', async () => {
    const storage = store();
    storage.backing.data.set(P_KEY, '{not json');
    storage.asideFull = true; // it cannot be set aside: writes are blocked
    const el = await checklist(storage);
    storage.documentRemoval = 200;
    const erasing = el.reset();
    el.setData(inPlace('p1'));
    expect(await erasing).to.equal(true);
    await waitUntil(() => storedPrinciples(storage)?.join() === 'p1', 'the host’s data was never written', {
      timeout: 2000,
    });
    await el.updateComplete;
    expect(asksBeforeClosing()).to.equal(false);
  });

  it('coop-principles-checklist: host data that conflicts during a slow erase stays held when the erase ends', async () => {
    const storage = store();
    const el = await checklist(storage);
    status(el, 'p3', 'in-place').click();
    await waitUntil(() => storage.backing.data.has(P_KEY), 'never saved', { timeout: 2000 });
    storage.documentRemoval = 400;
    const erasing = el.reset();
    el.setData(inPlace('p1'));
    const theirs = storedInPlace('p2');
    storage.conflicts = 1; // another device writes just before the host's data arrives
    storage.theirs = theirs;
    await waitUntil(() => alertText(el).includes('changed elsewhere'), 'the conflict was not shown', {
      timeout: 2000,
    });
    expect(await erasing).to.equal(true);
    await sleep(SAVE_DELAY_MS + 100);
    await el.updateComplete;
    expect(storage.backing.data.get(P_KEY), 'the other device’s version was written over').to.equal(theirs);
    expect(alertText(el), 'the conflict is still shown').to.include('changed elsewhere');
    expect(asksBeforeClosing(), 'the held data exists only in this page').to.equal(true);
  });

  it('coop-principles-checklist: reset() while another document opens erases neither', async () => {
    const storage = store();
    const bKey = principlesStorageKey('principles-default', 'b');
    storage.backing.data.set(bKey, storedInPlace('p2'));
    const el = await checklist(storage);
    storage.saveDelay = 300;
    status(el, 'p1', 'in-place').click();
    el.storageKey = 'b'; // A's edit is written out first, slowly
    await el.updateComplete;
    expect(await el.reset(), 'an erase while B opens').to.equal(false);
    await waitUntil(() => loaded(el, el.getData()) && status(el, 'p2', 'in-place').checked, 'B was not shown', {
      timeout: 3000,
    });
    expect(storedPrinciples(storage, P_KEY), 'A was erased').to.deep.equal(['p1']);
    expect(storedPrinciples(storage, bKey)).to.deep.equal(['p2']);
  });

  it('an erase that never ends: what is edited meanwhile is held, and the page asks before closing', async () => {
    const storage = store();
    const el = await checklist(storage);
    storage.documentRemoval = 'never';
    void el.reset();
    await sleep(20);
    status(el, 'p3', 'in-place').click();
    await sleep(SAVE_DELAY_MS + 100);
    await el.updateComplete;
    expect(asksBeforeClosing(), 'held edits, and no prompt').to.equal(true);
  });
});

describe('what has not reached storage yet: the browser asks before the page closes', () => {
  it('coop-principles-checklist: while a write is on its way (an adapter may hold it behind another)', async () => {
    const storage = store();
    const el = await checklist(storage);
    storage.saveDelay = 300;
    status(el, 'p1', 'in-place').click();
    window.dispatchEvent(new Event('pagehide')); // written at once, slowly
    await sleep(20);
    expect(asksBeforeClosing(), 'the write has not landed').to.equal(true);
    await waitUntil(() => storage.backing.data.has(P_KEY), 'never written', { timeout: 2000 });
    await waitUntil(() => !asksBeforeClosing(), 'still asks once written', { timeout: 2000 });
  });

  it('coop-principles-checklist: after an erase that failed offline, until an erase goes through', async () => {
    const storage = store();
    const el = await checklist(storage);
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => storage.backing.data.has(P_KEY), 'never saved', { timeout: 2000 });
    storage.offline = true;
    expect(await el.reset(), 'erased offline').to.equal(false);
    await el.updateComplete;
    expect(asksBeforeClosing(), 'the erase has not reached storage').to.equal(true);
    storage.offline = false;
    expect(await el.reset()).to.equal(true);
    await el.updateComplete;
    expect(storage.backing.data.has(P_KEY)).to.equal(false);
    expect(asksBeforeClosing()).to.equal(false);
  });

  it('coop-project: new strings for the project keep what its widgets could not write yet', async () => {
    const project = await fixture<CoopProject>(html`
      <coop-project project-id="guards" locale="en" .storage=${fullStorage()}>
        <coop-principles-checklist></coop-principles-checklist>
      </coop-project>
    `);
    const el = project.querySelector('coop-principles-checklist')!;
    await waitUntil(() => loaded(el, el.getData()), 'never loaded', { timeout: 3000 });
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => alertText(el).includes('full'), 'the failed write was not shown', { timeout: 2000 });
    project.strings = { widgetSaved: 'Kept' };
    await project.updateComplete;
    await sleep(50);
    await el.updateComplete;
    expect(status(el, 'p1', 'in-place').checked, 'the edit that could not be written is gone').to.equal(true);
    expect(asksBeforeClosing(), 'it exists only in this page').to.equal(true);
  });
});

describe('a page opened offline: a version brought by a poll while the document is read again', () => {
  it('coop-principles-checklist: the conflict is shown, and nothing is written over the other version', async () => {
    const storage = store();
    storage.offline = true;
    const el = await checklist(storage);
    expect(alertText(el)).to.contain('cannot be saved for now');

    storage.offline = false;
    const release = storage.holdReads();
    status(el, 'p2', 'in-progress').click();
    window.dispatchEvent(new Event('pagehide')); // the write reads the document first: that read waits
    await waitUntil(() => storage.waiting > 0, 'the document was not read again before the write', {
      timeout: 3000,
    });

    const theirs = storedInPlace('p1');
    storage.backing.simulateExternalChange(P_KEY, theirs); // a poll brings another device's version
    await el.updateComplete;
    expect(alertText(el), 'the conflict is shown').to.contain('nothing was overwritten');

    release(); // the read again ends, with that version
    await sleep(SAVE_DELAY_MS + 50);
    window.dispatchEvent(new Event('pagehide'));
    await sleep(100);
    await el.updateComplete;
    expect(storage.writes, 'nothing written while the conflict is on screen').to.deep.equal([]);
    expect(storage.backing.data.get(P_KEY), 'the other device’s version stands').to.equal(theirs);
    expect(alertText(el), 'the conflict is still shown').to.contain('nothing was overwritten');
    expect(el.getData()!.principles.p2?.status, 'the edit stays on screen').to.equal('in-progress');
  });
});
