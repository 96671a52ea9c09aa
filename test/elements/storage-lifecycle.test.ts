/**
 * Storage faults and page lifecycle, for every widget (issue 8): the fault tests the per-widget files lack,
 * a page closed right after an edit (before the coalesced write) and reopened, and a write that fails half
 * way. The lifecycle tests run each widget in a same-origin iframe over the real localStorage: removing the
 * iframe closes its page (`pagehide`), as closing a tab would.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/define/all.js';
import {
  StorageError,
  atpStorageKey,
  createHttpStorage,
  createMemoryStorage,
  parseSaved,
  parseSavedAtp,
  parseSavedPrinciples,
  principlesStorageKey,
  questionnaireStorageKey,
  serializeSavedAtp,
  serializeSavedPrinciples,
  type MemoryStorage,
  type StorageAdapter,
} from '../../src/core/index.js';
import { SAVE_DELAY_MS } from '../../src/elements/shared/persistence.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import type { CoopQuestionnaire } from '../../src/elements/questionnaire/questionnaire.js';
import type { CoopStorageErrorEvent } from '../../src/elements/events.js';
import minimalJson from '../fixtures/questionnaire.minimal.json';
import {
  $,
  addItem,
  alertText,
  asideKeys,
  asksBeforeClosing,
  button,
  cell,
  fullStorage,
  radio,
  status,
  text,
  ready,
  unreachable,
  ATP_KEY,
  P_KEY,
  Q_KEY,
} from './helpers.js';

/** Keys written to the real localStorage by a test, removed after it. */
const written: string[] = [];
/** Iframes a test opened, removed after it. */
const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  for (const key of written.splice(0)) {
    for (const k of Object.keys(localStorage)) if (k === key || k.startsWith(`${key}:`)) localStorage.removeItem(k);
  }
});

/** A namespace (`storage-key`) of its own for each test, so that no two tests share a stored document. */
const namespace = () => `life-${Math.random().toString(36).slice(2)}`;

// ---------------------------------------------------------------------------------------------- widgets

// ---------------------------------------------------------------------------------------------- pages

interface Page {
  frame: HTMLIFrameElement;
  /** What the iframe's page went through (`pagehide`), to explain a failure. */
  lifecycle: string[];
  /** The coalesced writes `holdSaves` kept from running. */
  heldSaves: TimerHandler[];
}

/**
 * A page of its own, same origin as the test's, whose document loads the widgets as an embedding site would
 * (`<script type="module">` importing the bundle's entry) around `body`.
 */
async function openPage(body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embedding page</title></head>
<body>${body}<script type="module">import '/src/define/all.ts';</script></body></html>`;
  const done = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await done;
  const lifecycle: string[] = [];
  frame.contentWindow!.addEventListener('pagehide', () => lifecycle.push('pagehide'));
  frame.contentWindow!.addEventListener('unload', () => lifecycle.push('unload'));
  frame.contentDocument!.addEventListener('visibilitychange', () =>
    lifecycle.push(`visibilitychange:${frame.contentDocument?.visibilityState}`),
  );
  return { frame, lifecycle, heldSaves: [] };
}

/** The widget `tag` in the page, once its element is defined. */
async function widgetIn<T extends Element>(page: Page, tag: string): Promise<T> {
  const win = page.frame.contentWindow!;
  await waitUntil(() => win.customElements.get(tag) !== undefined, `<${tag}> never defined in the page`, {
    timeout: 5000,
  });
  return page.frame.contentDocument!.querySelector<T>(tag)!;
}

/** Closes the page: the browser fires `pagehide` in it and throws it away. */
function closePage(page: Page): void {
  page.frame.remove();
  frames.splice(frames.indexOf(page.frame), 1);
}

/**
 * Closes `page` (whose saves `holdSaves` held) before the coalesced write of an edit could run, checking that it
 * had not, then returns what the closing wrote under `key`.
 */
function closeBeforeTheWrite(page: Page, key: string): string {
  expect(page.heldSaves.length).to.be.above(0, 'no coalesced write was scheduled by the edit');
  expect(localStorage.getItem(key)).to.equal(null, 'the edit was written before the page closed');
  closePage(page);
  expect(page.lifecycle).to.include('pagehide', 'the closed page never saw pagehide');
  const stored = localStorage.getItem(key);
  expect(stored, `nothing written when the page closed (page saw: ${page.lifecycle.join(', ')})`).to.be.a('string');
  return stored!;
}

/**
 * Holds the page's coalesced writes (its timers of SAVE_DELAY_MS) so that they never fire: the page then closes
 * "right after the edit" whatever the machine's load, and only the closing can save the edit. Other timers run.
 */
function holdSaves(page: Page): void {
  const win = page.frame.contentWindow! as Window & typeof globalThis;
  const real = win.setTimeout.bind(win);
  win.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    if (delay !== SAVE_DELAY_MS) return real(handler, delay, ...rest);
    page.heldSaves.push(handler);
    return 0;
  }) as typeof win.setTimeout;
}

/**
 * Mounts a widget in English with every `coop-storage-error` it fires recorded from the start: the listener
 * must be there before the element connects, to catch the read failures reported as it opens.
 */
async function watched<T extends Element>(
  tag: 'coop-questionnaire' | 'coop-atp-matrix' | 'coop-principles-checklist',
  storage: StorageAdapter,
  config?: unknown,
): Promise<{ el: T; events: CoopStorageErrorEvent[] }> {
  const events: CoopStorageErrorEvent[] = [];
  const name = unsafeStatic(tag);
  const el = await fixture<T>(
    staticHtml`<${name}
      locale="en"
      .storage=${storage}
      .config=${config}
      @coop-storage-error=${(e: CoopStorageErrorEvent) => events.push(e)}
    ></${name}>`,
  );
  return { el, events };
}

/** JSON to put inside `<script type="application/json">` in markup. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

// ---------------------------------------------------------------------------------------------- adapters

/** A sandboxed iframe's storage: reads are refused (`denied`); every write attempt is recorded. */
function deniedRecording(): StorageAdapter & { writes: string[] } {
  const writes: string[] = [];
  return {
    writes,
    load: async () => {
      throw new StorageError('denied', 'SecurityError');
    },
    save: async (key) => {
      writes.push(key);
      throw new StorageError('denied', 'SecurityError');
    },
    remove: async () => undefined,
  };
}

/**
 * A store whose writes fail half way: the first half of the text reaches `backing` (a connection cut in the
 * middle of an upload, a disk that fills up mid-write), then the write fails with `failure()`. Reads and
 * removals work. `attempts` keeps the full texts the widget tried to write.
 */
function halfWrites(backing: MemoryStorage, failure: () => unknown): StorageAdapter & { attempts: string[] } {
  const attempts: string[] = [];
  return {
    attempts,
    load: (key) => backing.load(key),
    save: async (key, value) => {
      attempts.push(value);
      backing.data.set(key, value.slice(0, Math.ceil(value.length / 2)));
      throw failure();
    },
    remove: (key) => backing.remove(key),
  };
}

/**
 * A register opened while its storage could not be read, over `theirs` stored there all along: p1 set in place
 * meanwhile, then the network back.
 */
async function editedOffline(backing: MemoryStorage, theirs: string) {
  backing.data.set(P_KEY, theirs);
  const storage = unreachable(backing);
  const { el, events } = await watched<CoopPrinciplesChecklist>('coop-principles-checklist', storage);
  await ready(el);
  status(el, 'p1', 'in-place').click();
  await el.updateComplete;
  await backOnline(storage, el);
  return { storage, el, events };
}

/** The network comes back: the page's `online` event. */
async function backOnline(storage: { online: boolean }, el: { updateComplete: Promise<unknown> }): Promise<void> {
  storage.online = true;
  window.dispatchEvent(new Event('online'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

const isJson = (raw: string) => {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
};

/** The one failed write left the first half of its text under `key`: not JSON. Returns that half. */
function halfWritten(backing: MemoryStorage, storage: { attempts: string[] }, key: string): string {
  expect(storage.attempts.length).to.equal(1);
  const half = backing.data.get(key)!;
  expect(half).to.equal(storage.attempts[0]!.slice(0, Math.ceil(storage.attempts[0]!.length / 2)));
  expect(isJson(half)).to.equal(false);
  return half;
}

/**
 * Reopened over the half-written document: it is set aside once, byte for byte, reported by one `corrupt`
 * event and an alert naming where, and a page closing with nothing changed does not write over it.
 * Returns the key it was set aside under.
 */
function expectSetAside(
  again: Element,
  backing: MemoryStorage,
  key: string,
  half: string,
  events: CoopStorageErrorEvent[],
  message: string,
): string {
  const aside = asideKeys(backing, key);
  expect(aside.length).to.equal(1);
  expect(backing.data.get(aside[0]!)).to.equal(half);
  expect(events.map((e) => e.detail)).to.deep.equal([
    { reason: 'corrupt', operation: 'read', quarantineKey: aside[0] },
  ]);
  expect(alertText(again)).to.contain(message);
  expect(alertText(again)).to.contain(aside[0]!);
  window.dispatchEvent(new Event('pagehide'));
  expect(backing.data.get(key)).to.equal(half, 'written over with nothing changed');
  return aside[0]!;
}

// ---------------------------------------------------------------------------------------------- tests

describe('storage faults: what a widget’s own tests lacked', () => {
  it('coop-atp-matrix keeps working when storage cannot be read (a sandboxed iframe), and never writes', async () => {
    const storage = deniedRecording();
    const { el, events } = await watched<CoopAtpMatrix>('coop-atp-matrix', storage);
    await ready(el);
    expect(alertText(el)).to.contain('Saving your work is refused, by your browser');
    expect(events.length).to.equal(1);
    expect(events[0]!.detail).to.deep.include({ reason: 'denied', operation: 'read' });
    await addItem(el, 'staff', 'fears', 'Loss of autonomy');
    expect(cell(el, 'staff', 'fears').textContent).to.contain('Loss of autonomy');
    expect(
      el
        .getData()!
        .groups.find((g) => g.id === 'staff')!
        .items.map((i) => i.text),
    ).to.deep.equal(['Loss of autonomy']);
    window.dispatchEvent(new Event('pagehide'));
    await el.updateComplete;
    // What could not be read must not be written over: not even tried.
    expect(storage.writes).to.deep.equal([]);
    expect(alertText(el)).to.contain('Saving your work is refused, by your browser');
    await expect(el).to.be.accessible();
  });
});

describe('closed right after an edit, then reopened: nothing lost', () => {
  it('coop-questionnaire: an answer and a comment typed just before the page closes', async () => {
    const ns = namespace();
    const key = questionnaireStorageKey('minimal', ns);
    written.push(key);
    const markup = `<coop-questionnaire locale="en" storage-key="${ns}">
      <script type="application/json">${inlineJson(minimalJson)}</script></coop-questionnaire>`;

    const page = await openPage(markup);
    holdSaves(page);
    const el = await widgetIn<CoopQuestionnaire>(page, 'coop-questionnaire');
    await ready(el);
    expect(localStorage.getItem(key)).to.equal(null, 'nothing stored before the first answer');

    $<HTMLTextAreaElement>(el, '#c-q1')!.focus();
    await sendKeys({ type: 'Yes' });
    radio(el, 'q1', 2).click();
    await el.updateComplete;
    expect(radio(el, 'q1', 2).checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#c-q1')!.value).to.equal('Yes');
    // The write is still coalescing: only the page closing can save it now.
    const saved = parseSaved(closeBeforeTheWrite(page, key));
    expect(saved.ok).to.equal(true);
    if (!saved.ok) return;
    expect(saved.saved.responses.answers.q1).to.deep.include({ value: 2, comment: 'Yes' });

    const reopened = await openPage(markup);
    const again = await widgetIn<CoopQuestionnaire>(reopened, 'coop-questionnaire');
    await ready(again);
    expect(radio(again, 'q1', 2).checked).to.equal(true);
    expect($<HTMLTextAreaElement>(again, '#c-q1')!.value).to.equal('Yes');
    expect(again.getResponses()!.answers.q1).to.deep.include({ value: 2, comment: 'Yes' });
    expect(text(again)).to.match(/Saved on \d\d\/\d\d\/\d{4} at \d\d:\d\d/);
    expect(!!$(again, '[role="alert"]')).to.equal(false, 'a storage warning on reopening');
  });

  it('coop-atp-matrix: an item typed just before the page closes', async () => {
    const ns = namespace();
    const key = atpStorageKey('atp-default', ns);
    written.push(key);
    const markup = `<coop-atp-matrix locale="en" storage-key="${ns}"></coop-atp-matrix>`;

    const page = await openPage(markup);
    holdSaves(page);
    const el = await widgetIn<CoopAtpMatrix>(page, 'coop-atp-matrix');
    await ready(el);
    expect(localStorage.getItem(key)).to.equal(null, 'nothing stored before the first edit');

    cell(el, 'staff', 'attractions').querySelector<HTMLButtonElement>('.add')!.click();
    await el.updateComplete;
    await sendKeys({ type: 'Shared training days' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(cell(el, 'staff', 'attractions').textContent).to.contain('Shared training days');
    const saved = parseSavedAtp(closeBeforeTheWrite(page, key));
    expect(saved.ok).to.equal(true);
    if (!saved.ok) return;
    const staff = saved.data.groups.find((g) => g.id === 'staff')!;
    expect(staff.items.map((i) => [i.category, i.text])).to.deep.equal([['attractions', 'Shared training days']]);

    const reopened = await openPage(markup);
    const again = await widgetIn<CoopAtpMatrix>(reopened, 'coop-atp-matrix');
    await ready(again);
    expect(cell(again, 'staff', 'attractions').textContent).to.contain('Shared training days');
    const items = again.getData()!.groups.find((g) => g.id === 'staff')!.items;
    expect(items.map((i) => i.text)).to.deep.equal(['Shared training days']);
    expect(!!$(again, '[role="alert"]')).to.equal(false, 'a storage warning on reopening');
  });

  it('coop-principles-checklist: evidence typed and a status chosen just before the page closes', async () => {
    const ns = namespace();
    const key = principlesStorageKey('principles-default', ns);
    written.push(key);
    const markup = `<coop-principles-checklist locale="en" storage-key="${ns}"></coop-principles-checklist>`;

    const page = await openPage(markup);
    holdSaves(page);
    const el = await widgetIn<CoopPrinciplesChecklist>(page, 'coop-principles-checklist');
    await ready(el);
    expect(localStorage.getItem(key)).to.equal(null, 'nothing stored before the first edit');
    $(el, '#principle-p3 details summary')!.click();
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, '#principle-p3 details')!.open).to.equal(true);

    $<HTMLTextAreaElement>(el, '#evidence-p3')!.focus();
    await sendKeys({ type: 'Charter' });
    status(el, 'p3', 'in-place').click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#evidence-p3')!.value).to.equal('Charter');
    expect(status(el, 'p3', 'in-place').checked).to.equal(true);
    const saved = parseSavedPrinciples(closeBeforeTheWrite(page, key));
    expect(saved.ok).to.equal(true);
    if (!saved.ok) return;
    expect(saved.data.principles.p3).to.deep.include({ status: 'in-place', evidence: 'Charter' });

    const reopened = await openPage(markup);
    const again = await widgetIn<CoopPrinciplesChecklist>(reopened, 'coop-principles-checklist');
    await ready(again);
    expect(status(again, 'p3', 'in-place').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(again, '#evidence-p3')!.value).to.equal('Charter');
    expect(again.getData()!.principles.p3).to.deep.include({ status: 'in-place', evidence: 'Charter' });
    expect(!!$(again, '[role="alert"]')).to.equal(false, 'a storage warning on reopening');
  });
});

describe('a write that failed is tried again', () => {
  it('when the page closes, with nothing changed since (every widget shares this Persistence)', async () => {
    const backing = createMemoryStorage();
    let failures = 1;
    const storage: StorageAdapter = {
      load: (key) => backing.load(key),
      save: async (key, value) => {
        if (failures-- > 0) throw new StorageError('quota', 'full for a moment');
        await backing.save(key, value);
      },
      remove: (key) => backing.remove(key),
    };
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${storage} .config=${minimalJson}></coop-questionnaire>`,
    );
    await ready(el);
    const fired = oneEvent(el, 'coop-storage-error') as Promise<CoopStorageErrorEvent>;
    radio(el, 'q1', 3).click();
    expect((await fired).detail).to.deep.include({ reason: 'quota', operation: 'write' });
    expect(backing.data.has(Q_KEY)).to.equal(false);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => backing.data.has(Q_KEY), 'the failed write was dropped', { timeout: 2000 });
    const saved = parseSaved(backing.data.get(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q1?.value).to.equal(3);
    await waitUntil(() => alertText(el).trim() === '', 'the warning stayed once the write went through');
  });
  it('but never after a conflict its merge could not settle: closing the page writes nothing more', async () => {
    const backing = createMemoryStorage();
    let saves = 0;
    const storage: StorageAdapter = {
      load: (key) => backing.load(key),
      save: async () => {
        saves += 1;
        throw new StorageError('conflict', 'changed elsewhere');
      },
      remove: (key) => backing.remove(key),
    };
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${storage} .config=${minimalJson}></coop-questionnaire>`,
    );
    await ready(el);
    const fired = oneEvent(el, 'coop-storage-error') as Promise<CoopStorageErrorEvent>;
    radio(el, 'q1', 3).click();
    // The conflict is merged at once; the merge's write conflicts too: that one is shown.
    expect((await fired).detail).to.deep.include({ reason: 'conflict', operation: 'write' });
    expect(saves).to.equal(2);
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saves).to.equal(2);
    // The user's version stays on screen, to export.
    expect(radio(el, 'q1', 3).checked).to.equal(true);
  });
});

describe('a write that fails half way', () => {
  it('coop-questionnaire: keeps the answer, warns; reopened, sets the half-written copy aside', async () => {
    const backing = createMemoryStorage();
    const storage = halfWrites(backing, () => new Error('connection reset'));
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${storage} .config=${minimalJson}></coop-questionnaire>`,
    );
    await ready(el);
    const fired = oneEvent(el, 'coop-storage-error') as Promise<CoopStorageErrorEvent>;
    radio(el, 'q1', 3).click();
    await el.updateComplete;
    // The coalesced write runs on its own, and fails.
    expect((await fired).detail).to.deep.include({ reason: 'unknown', operation: 'write' });
    await el.updateComplete;
    expect(alertText(el)).to.contain('A problem prevents your answers from being saved');
    expect(radio(el, 'q1', 3).checked).to.equal(true);
    expect(el.getResponses()!.answers.q1!.value).to.equal(3);
    const half = halfWritten(backing, storage, Q_KEY);
    el.remove();

    // Reopened on the same store (the store works again).
    const { el: again, events } = await watched<CoopQuestionnaire>('coop-questionnaire', backing, minimalJson);
    await ready(again);
    // What the failed write left is not read as data: the widget starts afresh.
    expect(radio(again, 'q1', 3).checked).to.equal(false);
    const aside = expectSetAside(again, backing, Q_KEY, half, events, 'Some saved answers could not be read');

    // The next answer is saved; the copy set aside stays.
    radio(again, 'q2', 1).click();
    await again.updateComplete;
    window.dispatchEvent(new Event('pagehide'));
    const saved = parseSaved(backing.data.get(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q2?.value).to.equal(1);
    expect(backing.data.get(aside)).to.equal(half);
  });

  it('coop-atp-matrix: keeps the item, warns; reopened, sets the half-written copy aside', async () => {
    const backing = createMemoryStorage();
    const storage = halfWrites(backing, () => new StorageError('unavailable', 'connection lost mid-write'));
    const el = await fixture<CoopAtpMatrix>(html`<coop-atp-matrix locale="en" .storage=${storage}></coop-atp-matrix>`);
    await ready(el);
    const fired = oneEvent(el, 'coop-storage-error') as Promise<CoopStorageErrorEvent>;
    await addItem(el, 'staff', 'fears', 'Loss of autonomy');
    expect((await fired).detail).to.deep.include({ reason: 'unavailable', operation: 'write' });
    await el.updateComplete;
    expect(alertText(el)).to.contain('Your work cannot be saved for now');
    expect(cell(el, 'staff', 'fears').textContent).to.contain('Loss of autonomy');
    const half = halfWritten(backing, storage, ATP_KEY);
    el.remove();

    const { el: again, events } = await watched<CoopAtpMatrix>('coop-atp-matrix', backing);
    await ready(again);
    // What the failed write left is not read as data: the widget starts afresh.
    expect(cell(again, 'staff', 'fears').textContent).not.to.contain('Loss of autonomy');
    const aside = expectSetAside(again, backing, ATP_KEY, half, events, 'Some saved data could not be read');

    await addItem(again, 'users', 'attractions', 'Fewer forms');
    window.dispatchEvent(new Event('pagehide'));
    const saved = parseSavedAtp(backing.data.get(ATP_KEY)!);
    expect(saved.ok && saved.data.groups.find((g) => g.id === 'users')!.items.map((i) => i.text)).to.deep.equal([
      'Fewer forms',
    ]);
    expect(backing.data.get(aside)).to.equal(half);
  });

  it('coop-principles-checklist: keeps the status, warns; reopened, sets the half-written copy aside', async () => {
    const backing = createMemoryStorage();
    const storage = halfWrites(backing, () => new StorageError('unknown', 'disk error mid-write'));
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist locale="en" .storage=${storage}></coop-principles-checklist>`,
    );
    await ready(el);
    const fired = oneEvent(el, 'coop-storage-error') as Promise<CoopStorageErrorEvent>;
    status(el, 'p1', 'in-place').click();
    await el.updateComplete;
    expect((await fired).detail).to.deep.include({ reason: 'unknown', operation: 'write' });
    await el.updateComplete;
    expect(alertText(el)).to.contain('A problem prevents your work from being saved');
    expect(status(el, 'p1', 'in-place').checked).to.equal(true);
    expect(el.getData()!.principles.p1!.status).to.equal('in-place');
    const half = halfWritten(backing, storage, P_KEY);
    el.remove();

    const { el: again, events } = await watched<CoopPrinciplesChecklist>('coop-principles-checklist', backing);
    await ready(again);
    // What the failed write left is not read as data: the widget starts afresh.
    expect(status(again, 'p1', 'in-place').checked).to.equal(false);
    const aside = expectSetAside(again, backing, P_KEY, half, events, 'Some saved data could not be read');

    status(again, 'p2', 'in-progress').click();
    await again.updateComplete;
    window.dispatchEvent(new Event('pagehide'));
    const saved = parseSavedPrinciples(backing.data.get(P_KEY)!);
    expect(saved.ok && saved.data.principles.p2?.status).to.equal('in-progress');
    expect(backing.data.get(aside)).to.equal(half);
  });
});

describe('opened while its storage could not be read (a portal opened offline)', () => {
  it('coop-questionnaire: the answers wait, then are saved when the network is back, and the warning goes', async () => {
    const backing = createMemoryStorage();
    const storage = unreachable(backing);
    const { el, events } = await watched<CoopQuestionnaire>('coop-questionnaire', storage, minimalJson);
    await ready(el);
    expect(events.map((e) => e.detail)).to.deep.equal([{ reason: 'unavailable', operation: 'read' }]);
    expect(alertText(el)).to.contain('Your answers cannot be saved for now');
    radio(el, 'q1', 3).click();
    await el.updateComplete;
    window.dispatchEvent(new Event('pagehide')); // still offline: the document is read again first, and fails
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storage.writes).to.deep.equal([]);
    expect(events.length, 'a retry that fails again is not reported again').to.equal(1);

    await backOnline(storage, el);
    await waitUntil(() => storage.writes.length === 1, 'nothing was written once back online', { timeout: 2000 });
    const saved = parseSaved(backing.data.get(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q1?.value).to.equal(3);
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('coop-atp-matrix: an item added offline is saved when the network is back', async () => {
    const backing = createMemoryStorage();
    const storage = unreachable(backing);
    const el = await fixture<CoopAtpMatrix>(html`<coop-atp-matrix locale="en" .storage=${storage}></coop-atp-matrix>`);
    await ready(el);
    expect(alertText(el)).to.contain('Your work cannot be saved for now');
    await addItem(el, 'staff', 'fears', 'Loss of autonomy');
    await backOnline(storage, el);
    await waitUntil(() => storage.writes.length === 1, 'nothing was written once back online', { timeout: 2000 });
    const saved = parseSavedAtp(backing.data.get(ATP_KEY)!);
    expect(saved.ok && saved.data.groups.find((g) => g.id === 'staff')!.items.map((i) => i.text)).to.deep.equal([
      'Loss of autonomy',
    ]);
    expect(alertText(el)).to.equal('');
  });

  it('coop-principles-checklist: a version stored elsewhere all along is never written over: told as a conflict', async () => {
    const backing = createMemoryStorage();
    const theirs = serializeSavedPrinciples({
      principles: { p2: { status: 'in-place', updatedAt: new Date().toISOString() } },
      proposals: [],
    });
    const { storage, el, events } = await editedOffline(backing, theirs);
    await waitUntil(() => events.length === 2, 'the version found later was not reported', { timeout: 2000 });
    expect(events[1]!.detail).to.deep.include({ reason: 'conflict', operation: 'read' });
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storage.writes).to.deep.equal([]);
    expect(backing.data.get(P_KEY)).to.equal(theirs);
    await el.updateComplete;
    expect(alertText(el)).to.contain('A version saved elsewhere could not be read when this page opened');
    expect(status(el, 'p1', 'in-place').checked, 'the user’s version stays on screen').to.equal(true);

    // The user keeps theirs: written over the version found.
    button(el, 'Keep my version').click();
    await waitUntil(() => storage.writes.length === 1, 'the user’s version was not written', { timeout: 2000 });
    const saved = parseSavedPrinciples(backing.data.get(P_KEY)!);
    expect(saved.ok && Object.keys(saved.data.principles)).to.deep.equal(['p1']);
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
  });

  it('coop-principles-checklist: a version stored all along that it cannot read is set aside, then the edits written', async () => {
    const backing = createMemoryStorage();
    const theirs = JSON.stringify({ stored: 'elsewhere' });
    const { storage, el, events } = await editedOffline(backing, theirs);
    await waitUntil(() => backing.data.get(P_KEY) !== theirs, 'the edit was never written', { timeout: 2000 });
    const [aside] = asideKeys(backing, P_KEY);
    expect(backing.data.get(aside!), 'set aside first, exactly').to.equal(theirs);
    expect(storage.writes).to.deep.equal([aside, P_KEY]);
    expect(events[1]!.detail).to.deep.include({ reason: 'corrupt', operation: 'read', quarantineKey: aside });
    await el.updateComplete;
    expect(alertText(el), 'the warning says where it was set aside').to.contain(aside!);
  });

  it('coop-questionnaire: answers stored elsewhere all along are merged with those typed offline', async () => {
    // What another device saved meanwhile: q2 answered, through a questionnaire of its own.
    const elsewhere = createMemoryStorage();
    const other = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${elsewhere} .config=${minimalJson}></coop-questionnaire>`,
    );
    await ready(other);
    radio(other, 'q2', 1).click();
    await waitUntil(() => elsewhere.data.has(Q_KEY), 'the other device never saved', { timeout: 2000 });
    const backing = createMemoryStorage();
    backing.data.set(Q_KEY, elsewhere.data.get(Q_KEY)!);

    const storage = unreachable(backing);
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${storage} .config=${minimalJson}></coop-questionnaire>`,
    );
    await ready(el);
    radio(el, 'q1', 3).click();
    await el.updateComplete;
    await backOnline(storage, el);
    await waitUntil(() => storage.writes.length === 1, 'the merge was not written', { timeout: 2000 });
    const saved = parseSaved(backing.data.get(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q1?.value).to.equal(3);
    expect(saved.ok && saved.saved.responses.answers.q2?.value).to.equal(1);
    await el.updateComplete;
    expect(radio(el, 'q2', 1).checked).to.equal(true);
    await waitUntil(() => alertText(el) === '', 'the warning stayed', { timeout: 2000 });
  });
});

describe('the HTTP adapter, end to end, on a page opened offline', () => {
  it('coop-questionnaire over createHttpStorage: answers typed offline reach the server once online', async () => {
    // The server: documents by URL, ETags, and If-None-Match / If-Match as docs/storage.md's contract says.
    const server = new Map<string, { body: string; etag: string }>();
    let version = 0;
    let networkUp = false;
    const respond = (status: number, body = '', etag: string | null = null) => ({
      status,
      headers: { get: (name: string) => (name.toLowerCase() === 'etag' ? etag : null) },
      text: async () => body,
    });
    const listeners = new Set<() => void>();
    const storage = createHttpStorage({
      url: (key) => `/api/${encodeURIComponent(key)}`,
      retries: 0,
      online: {
        isOnline: () => networkUp,
        addEventListener: (type, listener) => void (type === 'online' && listeners.add(listener)),
        removeEventListener: (_type, listener) => void listeners.delete(listener),
      },
      fetch: async (url, init) => {
        if (!networkUp) throw new TypeError('Failed to fetch');
        const doc = server.get(url);
        const headers = init.headers ?? {};
        if (init.method === 'GET') return doc ? respond(200, doc.body, doc.etag) : respond(404);
        if (headers['If-None-Match'] === '*' && doc) return respond(412);
        if (headers['If-Match'] && headers['If-Match'] !== doc?.etag) return respond(412);
        const etag = `"${++version}"`;
        server.set(url, { body: String(init.body), etag });
        return respond(doc ? 200 : 201, '', etag);
      },
    });
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${storage} .config=${minimalJson}></coop-questionnaire>`,
    );
    await ready(el);
    expect(alertText(el)).to.contain('Your answers cannot be saved for now');
    radio(el, 'q1', 2).click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 50));
    expect(server.size).to.equal(0);

    networkUp = true;
    for (const listener of listeners) listener();
    window.dispatchEvent(new Event('online'));
    const url = `/api/${encodeURIComponent(Q_KEY)}`;
    await waitUntil(() => server.has(url), 'the answer never reached the server', { timeout: 3000 });
    const saved = parseSaved(server.get(url)!.body);
    expect(saved.ok && saved.saved.responses.answers.q1?.value).to.equal(2);
    await waitUntil(() => alertText(el) === '', 'the warning stayed once saved', { timeout: 3000 });
  });
});

describe('a document that could not be read, brought by a poll or left for another one', () => {
  it('a poll that finds nothing stored lets the edits made meanwhile be written, and the warning goes', async () => {
    const backing = createMemoryStorage();
    const storage = unreachable(backing);
    const el = await fixture<CoopAtpMatrix>(html`<coop-atp-matrix locale="en" .storage=${storage}></coop-atp-matrix>`);
    await ready(el);
    await addItem(el, 'staff', 'fears', 'Loss of autonomy');
    storage.online = true; // the server answers again, though the browser never went offline: no `online` event
    backing.simulateExternalChange(ATP_KEY, null);
    await waitUntil(() => storage.writes.length === 1, 'the edit was not written after the poll', { timeout: 2000 });
    const saved = parseSavedAtp(backing.data.get(ATP_KEY)!);
    expect(saved.ok && saved.data.groups.find((g) => g.id === 'staff')!.items.map((i) => i.text)).to.deep.equal([
      'Loss of autonomy',
    ]);
    await waitUntil(() => alertText(el) === '', 'the warning stayed', { timeout: 2000 });
  });

  it('a poll that brings a stored version while edits wait: a conflict, the edits stay on screen, nothing written', async () => {
    const backing = createMemoryStorage();
    const storage = unreachable(backing);
    const { el, events } = await watched<CoopAtpMatrix>('coop-atp-matrix', storage);
    await ready(el);
    await addItem(el, 'staff', 'fears', 'Loss of autonomy');
    const theirs = serializeSavedAtp({ groups: [] });
    backing.simulateExternalChange(ATP_KEY, theirs);
    await el.updateComplete;
    expect(events.at(-1)!.detail).to.deep.include({ reason: 'conflict', operation: 'read' });
    expect(alertText(el)).to.contain('nothing was overwritten. Keep your version');
    expect(cell(el, 'staff', 'fears').textContent).to.contain('Loss of autonomy');
    storage.online = true;
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storage.writes).to.deep.equal([]);
    expect(backing.data.get(ATP_KEY)).to.equal(theirs);
  });

  it('back online with nothing changed: the stored version is read and shown, the warning goes', async () => {
    const backing = createMemoryStorage();
    const storage = unreachable(backing);
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist locale="en" .storage=${storage}></coop-principles-checklist>`,
    );
    await ready(el);
    expect(status(el, 'p1', 'in-place').checked).to.equal(false);
    // Stored elsewhere while this page could not read it.
    backing.data.set(P_KEY, JSON.stringify({ format: 'coop-principles-data/1' }));
    const stored = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist locale="en" .storage=${backing}></coop-principles-checklist>`,
    );
    await ready(stored);
    status(stored, 'p1', 'in-place').click();
    await stored.updateComplete;
    window.dispatchEvent(new Event('pagehide'));
    stored.remove();
    await backOnline(storage, el);
    await waitUntil(() => status(el, 'p1', 'in-place').checked, 'the stored version was not shown', { timeout: 2000 });
    expect(storage.writes).to.deep.equal([]);
    expect(alertText(el)).to.equal('');
  });

  it('edits pending for an unreadable document are never written to the next one (a new adapter)', async () => {
    const first = unreachable(createMemoryStorage());
    // The next store holds a document, and answers slowly: the page closes while it is being read.
    const nextBacking = createMemoryStorage();
    const before = JSON.stringify({ kept: 'as it is' });
    nextBacking.data.set(Q_KEY, before);
    const next: StorageAdapter = {
      load: async (key) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return nextBacking.load(key);
      },
      save: (key, value) => nextBacking.save(key, value),
      remove: (key) => nextBacking.remove(key),
    };
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${first} .config=${minimalJson}></coop-questionnaire>`,
    );
    await ready(el);
    radio(el, 'q1', 3).click();
    await el.updateComplete;
    el.storage = next;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50)); // the next store is being read
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(nextBacking.data.get(Q_KEY)).to.equal(before);
  });
});

describe('edits that exist only in this page: the browser asks before the page closes', () => {
  it('coop-questionnaire: not while a write is merely due, only once one failed, and no more once saved', async () => {
    const backing = createMemoryStorage();
    let full = true;
    const storage: StorageAdapter = {
      load: (key) => backing.load(key),
      save: async (key, value) => {
        if (full) throw new StorageError('quota', 'full');
        await backing.save(key, value);
      },
      remove: (key) => backing.remove(key),
    };
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${storage} .config=${minimalJson}></coop-questionnaire>`,
    );
    await ready(el);
    const fired = oneEvent(el, 'coop-storage-error');
    radio(el, 'q1', 3).click();
    await el.updateComplete;
    expect(asksBeforeClosing(), 'a write due within the save delay is flushed on pagehide').to.equal(false);
    await fired;
    await el.updateComplete;
    expect(asksBeforeClosing(), 'the answer exists only in this page').to.equal(true);

    full = false;
    radio(el, 'q1', 2).click();
    await waitUntil(() => backing.data.has(Q_KEY), 'never saved', { timeout: 2000 });
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(asksBeforeClosing()).to.equal(false);
  });

  it('coop-atp-matrix opened offline: not for nothing, but for an item added, until it is saved', async () => {
    const backing = createMemoryStorage();
    const storage = unreachable(backing);
    const el = await fixture<CoopAtpMatrix>(html`<coop-atp-matrix locale="en" .storage=${storage}></coop-atp-matrix>`);
    await ready(el);
    expect(alertText(el)).to.contain('cannot be saved for now');
    expect(asksBeforeClosing(), 'nothing changed: nothing to lose').to.equal(false);
    await addItem(el, 'staff', 'fears', 'Loss of autonomy');
    expect(asksBeforeClosing()).to.equal(true);
    await backOnline(storage, el);
    await waitUntil(() => storage.writes.length === 1, 'nothing was written once back online', { timeout: 2000 });
    await el.updateComplete;
    expect(asksBeforeClosing()).to.equal(false);
  });

  it('coop-principles-checklist: a widget that leaves the page stops asking for it', async () => {
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist locale="en" .storage=${fullStorage()}></coop-principles-checklist>`,
    );
    await ready(el);
    const fired = oneEvent(el, 'coop-storage-error');
    status(el, 'p1', 'in-place').click();
    await fired;
    await el.updateComplete;
    expect(asksBeforeClosing()).to.equal(true);
    el.remove();
    expect(asksBeforeClosing()).to.equal(false);
    document.body.append(el); // moved back (a framework remount): its edits are still only here
    await waitUntil(() => asksBeforeClosing(), 'moved back, it does not ask', { timeout: 2000 });
    el.remove();
  });
});

describe('an erase that leaves a copy set aside behind', () => {
  it('keeps its warning through the next save, and erases the copy once it can', async () => {
    const backing = createMemoryStorage();
    backing.data.set(Q_KEY, '{"format":"coop-questionnaire/1",'); // cut short: set aside at opening
    let stuck = true;
    const storage: StorageAdapter = {
      load: (key) => backing.load(key),
      save: (key, value) => backing.save(key, value),
      remove: async (key) => {
        if (stuck && key !== Q_KEY) throw new StorageError('unavailable', 'network down');
        await backing.remove(key);
      },
    };
    const { el, events } = await watched<CoopQuestionnaire>('coop-questionnaire', storage, minimalJson);
    await ready(el);
    const [aside] = asideKeys(backing, Q_KEY);
    expect(aside, 'the unreadable document was not set aside').to.be.a('string');

    expect(await el.reset(), 'the copy could not be erased').to.equal(false);
    expect(backing.data.has(Q_KEY)).to.equal(false);
    expect(backing.data.has(aside!)).to.equal(true);
    expect(events.at(-1)!.detail).to.deep.equal({ reason: 'unavailable', operation: 'remove' });
    await el.updateComplete;
    const warning = alertText(el);
    expect(warning, 'the warning says the erase did not go through').to.contain('Some saved data could not be erased');

    radio(el, 'q1', 1).click(); // saved, but the copy is still there: the warning must stay
    await waitUntil(() => backing.data.has(Q_KEY), 'the answer was not saved', { timeout: 2000 });
    await el.updateComplete;
    expect(alertText(el), 'a save ended the erase’s warning with a copy left').to.equal(warning);
    expect(backing.data.has(aside!)).to.equal(true);

    stuck = false;
    radio(el, 'q1', 2).click();
    await waitUntil(() => !backing.data.has(aside!), 'the copy left was never erased', { timeout: 2000 });
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });
});
