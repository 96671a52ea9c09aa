/**
 * Conflicts, settled in the widget: two devices edit one document through a back end that checks versions
 * (the real HTTP adapter over a fake server that keeps ETags). The questionnaire merges answers at once, as
 * it does another tab's; the document widgets let the user keep their version or load the saved one.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import {
  parseSaved,
  parseSavedAtp,
  parseSavedPrinciples,
  principlesStorageKey,
  type HttpStorage,
} from '../../src/core/index.js';
import type { CoopStorageErrorEvent } from '../../src/elements/events.js';
import {
  $,
  addItem,
  alertText,
  asksBeforeClosing,
  button,
  cell,
  checklist,
  grid,
  liveText,
  questionnaire,
  radio,
  root,
  status,
  versionedServer,
  Q_KEY,
  P_KEY,
  ATP_KEY,
} from './helpers.js';

/** Whether a warning (`role="alert"`) ever appears in `el`, even for a moment. */
function watchAlerts(el: Element): { seen: boolean } {
  const watch = { seen: false };
  new MutationObserver(() => {
    if ($(el, '[role="alert"]')) watch.seen = true;
  }).observe(root(el), { childList: true, subtree: true });
  return watch;
}

/** Every `coop-storage-error` of `el`. */
function errorsOf(el: Element): CoopStorageErrorEvent['detail'][] {
  const seen: CoopStorageErrorEvent['detail'][] = [];
  el.addEventListener('coop-storage-error', (e) => seen.push((e as CoopStorageErrorEvent).detail));
  return seen;
}

/** Two devices on one questionnaire: the other answers q1 (2) and saves; this one has not read it since. */
async function questionnairesApart() {
  const server = versionedServer();
  const other = await questionnaire(server.device());
  const el = await questionnaire(server.device());
  radio(other, 'q1', 2).click();
  await waitUntil(() => server.body(Q_KEY), 'the other device never saved', { timeout: 3000 });
  return { server, el };
}

/** Waits until the stored questionnaire holds `value` for question `q`. */
const answerStored = (server: ReturnType<typeof versionedServer>, q: string, value: number, what: string) =>
  waitUntil(
    () => {
      const saved = parseSaved(server.body(Q_KEY) ?? '');
      return saved.ok && saved.saved.responses.answers[q]?.value === value;
    },
    what,
    { timeout: 3000 },
  );

/** Waits for the conflict warning of a document widget. */
const conflictShown = (el: Element) =>
  waitUntil(() => alertText(el).includes('changed elsewhere'), 'the conflict was not shown', { timeout: 3000 });

/**
 * Two devices on one checklist: the other sets principle 1 in place and saves; this one's change to principle 2
 * then conflicts, and its warning shows. `theirs` is what the server holds.
 */
async function conflictedChecklist() {
  const server = versionedServer();
  const other = await checklist(server.device());
  const el = await checklist(server.device());
  const errors = errorsOf(el);
  status(other, 'p1', 'in-place').click();
  await waitUntil(() => server.body(P_KEY), 'the other device never saved', { timeout: 3000 });
  status(el, 'p2', 'in-progress').click();
  await conflictShown(el);
  return { server, el, errors, theirs: server.body(P_KEY) };
}

describe('coop-questionnaire: a conflict is merged', () => {
  it('answers saved on another device meanwhile are merged with this one’s, and the merge is saved', async () => {
    const { server, el } = await questionnairesApart();
    const errors = errorsOf(el);
    const alerts = watchAlerts(el);

    radio(el, 'q2', 3).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    radio(el, 'q3', 1).click(); // a second write while the first conflicts or merges
    await answerStored(server, 'q3', 1, 'the merge was never saved');
    const saved = parseSaved(server.body(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q1?.value, 'the other device’s answer is kept').to.equal(2);
    await el.updateComplete;
    expect(radio(el, 'q1', 2).checked, 'and shown here').to.equal(true);
    expect(radio(el, 'q2', 3).checked).to.equal(true);
    expect(saved.ok && saved.saved.responses.answers.q2?.value).to.equal(3);
    expect(alertText(el)).to.equal('');
    expect(alerts.seen, 'not even for a moment').to.equal(false);
    expect(errors, 'a merged conflict is no fault').to.deep.equal([]);
    await waitUntil(() => liveText(el).includes('merged with those saved elsewhere'), 'the merge was not announced');
    await expect(el).to.be.accessible();
  });

  it('a merge that loses a race too is shown, with "Merge again", which settles it', async () => {
    const { server, el } = await questionnairesApart();
    const errors = errorsOf(el);

    // This device's first write conflicts (the document is new to it); its merge's write loses a race too.
    server.loseRace(2);
    radio(el, 'q2', 3).click();
    await waitUntil(() => alertText(el).includes('could not be merged'), 'the second conflict was not shown', {
      timeout: 3000,
    });
    expect(errors.map((e) => e.reason)).to.deep.equal(['conflict']);
    expect(radio(el, 'q2', 3).checked, 'this device’s answer stays on screen').to.equal(true);
    await expect(el).to.be.accessible();

    button(el, 'Merge again').click();
    await waitUntil(() => alertText(el) === '', 'the warning stayed after merging again', { timeout: 3000 });
    const saved = parseSaved(server.body(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q1?.value).to.equal(2);
    expect(saved.ok && saved.saved.responses.answers.q2?.value).to.equal(3);
    await el.updateComplete;
    expect(root(el).activeElement?.classList.contains('step-heading'), 'focus left the vanished button').to.equal(true);
  });
});

describe('coop-principles-checklist and coop-atp-matrix: the user settles a conflict', () => {
  it('"Keep my version" writes this device’s version over the one saved elsewhere', async () => {
    const { el, server, errors } = await conflictedChecklist();
    expect(errors.map((e) => [e.reason, e.operation])).to.deep.equal([['conflict', 'write']]);
    expect(button(el, 'Keep my version')).to.exist;
    await expect(el).to.be.accessible();

    button(el, 'Keep my version').click();
    await waitUntil(() => alertText(el) === '', 'the warning stayed', { timeout: 3000 });
    const saved = parseSavedPrinciples(server.body(P_KEY)!);
    expect(saved.ok && saved.data.principles.p2?.status).to.equal('in-progress');
    expect(saved.ok && saved.data.principles.p1?.status, 'this device’s version, whole').to.not.equal('in-place');
    await el.updateComplete;
    expect(root(el).activeElement?.classList.contains('title')).to.equal(true);
    await waitUntil(() => liveText(el).includes('Your version was saved'), 'the choice was not announced');
    // Settled for good: the next change is saved as usual.
    status(el, 'p3', 'in-place').click();
    await waitUntil(
      () => {
        const next = parseSavedPrinciples(server.body(P_KEY)!);
        return next.ok && next.data.principles.p3?.status === 'in-place';
      },
      'the next change was not saved',
      { timeout: 3000 },
    );
    expect(alertText(el)).to.equal('');
  });

  it('"Load the saved version" asks first, then shows the saved version and writes nothing', async () => {
    const server = versionedServer();
    const other = await grid(server.device());
    const el = await grid(server.device());
    await addItem(other, 'staff', 'fears', 'Loss of autonomy');
    await waitUntil(() => server.body(ATP_KEY), 'the other device never saved', { timeout: 3000 });
    await addItem(el, 'staff', 'attractions', 'Shared training');
    await conflictShown(el);
    const theirs = server.body(ATP_KEY);

    const load = button(el, 'Load the saved version');
    expect(load.getAttribute('aria-haspopup')).to.equal('dialog');
    load.focus(); // as a keyboard or a pointer user activates it
    load.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.load-saved')!;
    await waitUntil(() => dialog.open, 'no confirmation was asked');
    await expect(el).to.be.accessible();
    expect(root(el).activeElement?.textContent?.trim(), 'the safe choice has focus').to.equal('Cancel');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    expect(root(el).activeElement, 'focus is back on the button that opened it').to.equal(load);
    load.click();
    await waitUntil(() => dialog.open);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(cell(el, 'staff', 'attractions').textContent, 'cancelled: nothing changed').to.contain('Shared training');
    expect(alertText(el)).to.contain('changed elsewhere');

    button(el, 'Load the saved version').click();
    await waitUntil(() => dialog.open);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Load the saved version')!.click();
    await waitUntil(() => alertText(el) === '', 'the warning stayed', { timeout: 3000 });
    await el.updateComplete;
    expect(cell(el, 'staff', 'fears').textContent).to.contain('Loss of autonomy');
    expect(cell(el, 'staff', 'attractions').textContent).to.not.contain('Shared training');
    expect(server.body(ATP_KEY), 'loading writes nothing').to.equal(theirs);
    expect(root(el).activeElement?.classList.contains('title'), 'focus left the vanished button').to.equal(true);
    const saved = parseSavedAtp(theirs!);
    expect(saved.ok).to.equal(true);
    await waitUntil(() => liveText(el).includes('The saved version is shown'), 'the choice was not announced');

    // This device now edits the version it loaded: saved as usual, the other device's item kept.
    await addItem(el, 'staff', 'temptations', 'Keep the budget');
    await waitUntil(() => server.body(ATP_KEY) !== theirs, 'the next change was not saved', { timeout: 3000 });
    const next = parseSavedAtp(server.body(ATP_KEY)!);
    const items = next.ok ? next.data.groups.find((g) => g.id === 'staff')!.items.map((i) => i.text) : [];
    expect(items).to.have.members(['Loss of autonomy', 'Keep the budget']);
    expect(alertText(el)).to.equal('');
  });

  it('a try that cannot read the saved version leaves the conflict standing, and says so', async () => {
    const { el, server, errors, theirs } = await conflictedChecklist();

    server.down = true;
    button(el, 'Keep my version').click();
    await waitUntil(() => liveText(el).includes('Nothing has changed'), 'the failed try was not announced', {
      timeout: 3000,
    });
    expect(alertText(el), 'the conflict and its buttons stay').to.contain('changed elsewhere');
    expect(button(el, 'Keep my version')).to.exist;
    expect(errors.map((e) => [e.reason, e.operation]).at(-1)).to.deep.equal(['unavailable', 'read']);
    // Edits made meanwhile wait: the network back, nothing is written until the user chooses.
    server.down = false;
    const writes = server.writes;
    status(el, 'p3', 'in-place').click();
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.writes, 'not even tried').to.equal(writes);
    expect(server.body(P_KEY)).to.equal(theirs);

    button(el, 'Keep my version').click();
    await waitUntil(() => alertText(el) === '', 'the warning stayed', { timeout: 3000 });
    const saved = parseSavedPrinciples(server.body(P_KEY)!);
    expect(saved.ok && saved.data.principles.p2?.status).to.equal('in-progress');
    expect(saved.ok && saved.data.principles.p3?.status, 'the edit made meanwhile is in it').to.equal('in-place');
  });

  it('an edit made while the saved version loads is dropped with this version, never written', async () => {
    const { el, server, theirs } = await conflictedChecklist();
    const writes = server.writes;

    const release = server.holdReads();
    button(el, 'Load the saved version').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.load-saved')!;
    await waitUntil(() => dialog.open);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Load the saved version')!.click();
    await el.updateComplete;
    status(el, 'p4', 'in-place').click(); // typed while the saved version is on its way
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await waitUntil(() => alertText(el) === '', 'the warning stayed', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.writes, 'nothing written').to.equal(writes);
    expect(server.body(P_KEY)).to.equal(theirs);
    expect(el.getData()!.principles.p1?.status).to.equal('in-place');
    expect(el.getData()!.principles.p4?.status).to.not.equal('in-place');
  });

  it('a poll during a conflict does not let the next edit write over the other version', async () => {
    const server = versionedServer();
    const el = await grid(server.device(50));
    await addItem(el, 'staff', 'fears', 'Loss of autonomy');
    await waitUntil(() => server.body(ATP_KEY), 'the first change was not saved', { timeout: 3000 });
    server.loseRace(1); // another device writes just before this one's next write
    await addItem(el, 'staff', 'attractions', 'Shared training');
    await conflictShown(el);
    const theirs = server.body(ATP_KEY);
    const writes = server.writes;
    await new Promise((resolve) => setTimeout(resolve, 200)); // polls brought the other version's ETag
    await addItem(el, 'staff', 'temptations', 'Keep the budget');
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.writes, 'nothing written').to.equal(writes);
    expect(server.body(ATP_KEY), 'the other device’s version stands').to.equal(theirs);
    expect(alertText(el)).to.contain('changed elsewhere');
    expect(cell(el, 'staff', 'temptations').textContent, 'the edit stays on screen').to.contain('Keep the budget');
  });
});

describe('a conflict and the rest of the widget’s life', () => {
  it('an erase that conflicts is reported and waits for the user; a poll lets no edit through meanwhile', async () => {
    const server = versionedServer();
    const other = await checklist(server.device());
    const el = await checklist(server.device(50));
    const errors = errorsOf(el);
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => server.body(P_KEY), 'the first change was not saved', { timeout: 3000 });
    await waitUntil(() => other.getData()!.principles.p1, 'never on the other device', { timeout: 3000 }).catch(
      () => undefined,
    );
    server.loseRace(1); // the erase arrives after another device's write
    expect(await el.reset(), 'reset() says it did not erase').to.equal(false);
    expect(errors.map((e) => [e.reason, e.operation]).at(-1)).to.deep.equal(['conflict', 'remove']);
    await conflictShown(el);
    const theirs = server.body(P_KEY);
    const writes = server.writes;
    await new Promise((resolve) => setTimeout(resolve, 200)); // polls brought the current ETag
    status(el, 'p2', 'in-place').click();
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.writes, 'nothing written').to.equal(writes);
    expect(server.body(P_KEY)).to.equal(theirs);
  });

  it('the questionnaire does not merge an erase that conflicts: the erased answers do not come back', async () => {
    const server = versionedServer();
    const el = await questionnaire(server.device());
    const errors = errorsOf(el);
    radio(el, 'q1', 2).click();
    await waitUntil(() => server.body(Q_KEY), 'the answer was not saved', { timeout: 3000 });
    server.loseRace(1);
    expect(await el.reset()).to.equal(false);
    await el.updateComplete;
    expect(errors.map((e) => [e.reason, e.operation]).at(-1)).to.deep.equal(['conflict', 'remove']);
    expect(radio(el, 'q1', 2).checked, 'still erased on screen').to.equal(false);
    expect(alertText(el)).to.contain('could not be merged');
  });

  it('erasing again after an erase that conflicted erases the other version too, and ends the conflict', async () => {
    const server = versionedServer();
    const el = await checklist(server.device()); // no polls: nothing else brings the current version
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => server.body(P_KEY), 'the change was not saved', { timeout: 3000 });
    server.loseRace(1); // the erase arrives after another device's write
    expect(await el.reset(), 'the first erase conflicts').to.equal(false);
    await conflictShown(el);
    expect(server.body(P_KEY), 'the other version is still there').to.be.a('string');
    expect(await el.reset(), 'erasing again, knowing').to.equal(true);
    await el.updateComplete;
    expect(server.body(P_KEY), 'erased').to.equal(undefined);
    expect(alertText(el), 'the conflict is over').to.equal('');
    status(el, 'p2', 'in-place').click();
    await waitUntil(() => server.body(P_KEY)?.includes('"p2"'), 'writes were still held', { timeout: 3000 });
    expect(server.body(P_KEY), 'nothing erased came back').to.not.include('"p1"');
  });

  it('an erase while a write conflict stands erases both versions; the edits held go with it', async () => {
    const { server, el } = await conflictedChecklist();
    expect(await el.reset()).to.equal(true);
    await el.updateComplete;
    expect(server.body(P_KEY), 'erased').to.equal(undefined);
    expect(alertText(el)).to.equal('');
    expect(asksBeforeClosing(), 'nothing is held').to.equal(false);
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.body(P_KEY), 'the held edit was not written back').to.equal(undefined);
  });

  it('responses given by the host while a conflict is being merged are merged in turn, and saved', async () => {
    const { server, el } = await questionnairesApart();
    const release = server.holdReads();
    radio(el, 'q2', 3).click();
    window.dispatchEvent(new Event('pagehide')); // the write conflicts; the merge waits on its read
    await new Promise((resolve) => setTimeout(resolve, 200));
    const given = el.getResponses()!;
    el.setResponses({ ...given, answers: { ...given.answers, q3: { value: 1, updatedAt: new Date().toISOString() } } });
    release();
    await answerStored(server, 'q3', 1, 'the host’s responses were never saved');
    const saved = parseSaved(server.body(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q1?.value, 'merged with the other device’s').to.equal(2);
    expect(alertText(el)).to.equal('');
  });

  it('another document opened during a conflict starts without it', async () => {
    const { el, server } = await conflictedChecklist();
    el.setAttribute('storage-key', 'elsewhere');
    await waitUntil(() => alertText(el) === '', 'the previous document’s conflict stayed', { timeout: 3000 });
    await waitUntil(() => el.getData() !== undefined);
    status(el, 'p3', 'in-place').click();
    const key = principlesStorageKey('principles-default', 'elsewhere');
    await waitUntil(() => server.body(key), 'the new document was not saved', { timeout: 3000 });
  });
});

describe('an erase, or another document, while a conflict is being settled', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('an erase while "Keep my version" reads: erased for good, nothing written back', async () => {
    const { el, server } = await conflictedChecklist();
    const release = server.holdReads();
    button(el, 'Keep my version').click();
    await sleep(50);
    const resetting = el.reset();
    release();
    expect(await resetting).to.equal(true);
    await sleep(300);
    await el.updateComplete;
    expect(server.body(P_KEY), 'erased').to.equal(undefined);
    expect(alertText(el)).to.equal('');
    expect(liveText(el)).to.not.contain('Your version was saved');
  });

  it('the questionnaire erased while it merges: erased for good, no merge written after it', async () => {
    const { server, el } = await questionnairesApart();
    const release = server.holdReads();
    radio(el, 'q2', 3).click();
    window.dispatchEvent(new Event('pagehide')); // the write conflicts; the merge waits on its read
    await sleep(200);
    const resetting = el.reset();
    release();
    expect(await resetting).to.equal(true);
    await sleep(400);
    expect(server.body(Q_KEY), 'erased').to.equal(undefined);
  });

  it('the questionnaire erased while it merges, the erase conflicting: shown, and the erased answer stays erased', async () => {
    const server = versionedServer();
    const el = await questionnaire(server.device());
    const errors = errorsOf(el);
    radio(el, 'q1', 2).click();
    await waitUntil(() => server.body(Q_KEY), 'the answer was not saved', { timeout: 3000 });
    const other = await questionnaire(server.device());
    radio(other, 'q3', 1).click();
    await waitUntil(() => server.body(Q_KEY)!.includes('"q3"'), 'the other device never saved', { timeout: 3000 });
    const release = server.holdReads();
    radio(el, 'q2', 3).click();
    window.dispatchEvent(new Event('pagehide'));
    await sleep(200);
    server.loseRace(1); // the erase arrives after yet another write
    const resetting = el.reset();
    release();
    expect(await resetting).to.equal(false);
    await sleep(400);
    await el.updateComplete;
    expect(alertText(el), 'the failed erase is shown').to.contain('could not be merged');
    expect(errors.map((e) => [e.reason, e.operation]).at(-1)).to.deep.equal(['conflict', 'remove']);
    expect(radio(el, 'q1', 2).checked, 'not merged back on screen').to.equal(false);
    const saved = parseSaved(server.body(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q2, 'no merge written').to.equal(undefined);
  });

  it('an erase that fails offline during a conflict leaves the conflict and its buttons in place', async () => {
    const { el, server, errors } = await conflictedChecklist();
    server.down = true;
    expect(await el.reset()).to.equal(false);
    await el.updateComplete;
    expect(errors.map((e) => [e.reason, e.operation]).at(-1)).to.deep.equal(['unavailable', 'remove']);
    expect(alertText(el)).to.contain('changed elsewhere');
    server.down = false;
    // The network back: the adapter sends the erase it queued (its `online` option would; here, by hand).
    await (el.storage as HttpStorage).flush().catch(() => undefined);
    button(el, 'Keep my version').click();
    await waitUntil(() => alertText(el) === '', 'the conflict could not be settled', { timeout: 3000 });
  });

  it('an erase that fails offline: its warning goes with the next save that works', async () => {
    const server = versionedServer();
    const el = await checklist(server.device());
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => server.body(P_KEY), 'the change was not saved', { timeout: 3000 });
    server.down = true;
    expect(await el.reset()).to.equal(false);
    server.down = false;
    status(el, 'p3', 'in-place').click();
    await waitUntil(() => server.body(P_KEY)!.includes('p3'), 'the next change was not saved', { timeout: 3000 });
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
  });

  it('another adapter given while "Keep my version" reads: no stale conflict on the new document', async () => {
    const { el, server } = await conflictedChecklist();
    const errors = errorsOf(el);
    const release = server.holdReads();
    button(el, 'Keep my version').click();
    await sleep(50);
    el.storage = server.device(); // the same key, through another adapter
    await el.updateComplete;
    release();
    await waitUntil(() => el.getData() !== undefined);
    await sleep(300);
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(errors).to.deep.equal([]);
  });

  it('data the host gives while unreadable saved data is set aside: the conflict stays, nothing dropped', async () => {
    const server = versionedServer();
    const el = await checklist(server.device());
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => server.body(P_KEY), 'the change was not saved', { timeout: 3000 });
    server.docs.set(server.url(P_KEY), { body: '{not json', etag: '"999"' }); // another device wrote garbage
    status(el, 'p2', 'in-progress').click();
    await conflictShown(el);
    const release = server.holdWrites();
    button(el, 'Load the saved version').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.load-saved')!;
    await waitUntil(() => dialog.open);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Load the saved version')!.click();
    await sleep(100); // the set-aside write is held
    const given = el.getData()!;
    el.setData({ ...given, principles: { ...given.principles, p5: { ...given.principles.p1!, status: 'in-place' } } });
    release();
    await sleep(500);
    await el.updateComplete;
    expect(el.getData()!.principles.p5?.status, 'the host’s data is shown').to.equal('in-place');
    expect(server.body(P_KEY), 'nothing written over the saved data').to.equal('{not json');
    expect(server.docs.size, 'set aside under a key of its own').to.equal(2);
    expect(alertText(el), 'still to settle').to.contain('changed elsewhere');
    button(el, 'Keep my version').click();
    await waitUntil(() => alertText(el) === '' || !alertText(el).includes('changed elsewhere'), 'not settled', {
      timeout: 3000,
    });
    const saved = parseSavedPrinciples(server.body(P_KEY)!);
    expect(saved.ok && saved.data.principles.p5?.status, 'then saved').to.equal('in-place');
  });
});

describe('writes held by a conflict are never held out of sight', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const mergeAgainShown = (el: Element) =>
    waitUntil(() => alertText(el).includes('Merge again'), 'the held conflict is not shown', { timeout: 3000 });

  it('the questionnaire erased offline while it merges: the conflict is shown, and merging again saves', async () => {
    const { server, el } = await questionnairesApart();
    const errors = errorsOf(el);
    const release = server.holdReads();
    radio(el, 'q2', 3).click();
    window.dispatchEvent(new Event('pagehide'));
    await sleep(200); // the merge's read is on its way
    server.down = true;
    const resetting = el.reset();
    release();
    expect(await resetting).to.equal(false);
    server.down = false;
    await mergeAgainShown(el);
    expect(
      errors.map((e) => [e.reason, e.operation]),
      'what is shown is reported',
    ).to.deep.include(['conflict', 'write']);
    radio(el, 'q3', 1).click();
    await (el.storage as HttpStorage).flush().catch(() => undefined); // the network back: the queued erase goes
    button(el, 'Merge again').click();
    await waitUntil(() => server.body(Q_KEY)?.includes('"q3"'), 'the answer was never saved', { timeout: 3000 });
  });

  it('the questionnaire given another adapter while it merges: the new document’s conflict is merged at once', async () => {
    const a = versionedServer();
    const otherA = await questionnaire(a.device());
    const el = await questionnaire(a.device());
    radio(otherA, 'q1', 2).click();
    await waitUntil(() => a.body(Q_KEY), 'the other device never saved', { timeout: 3000 });
    const releaseA = a.holdReads();
    radio(el, 'q2', 3).click();
    window.dispatchEvent(new Event('pagehide'));
    await sleep(200); // the merge on A waits on its read
    const b = versionedServer();
    const otherB = await questionnaire(b.device());
    radio(otherB, 'q1', 1).click();
    await waitUntil(() => b.body(Q_KEY), 'the other device never saved on B', { timeout: 3000 });
    el.storage = b.device();
    await waitUntil(() => el.getResponses()?.answers.q1 !== undefined, 'B never loaded', { timeout: 3000 });
    b.loseRace(1); // B's next write from this page loses a race
    radio(el, 'q3', 2).click();
    window.dispatchEvent(new Event('pagehide'));
    // The merge left over on A (still waiting) does not hold B's up.
    await waitUntil(
      () => {
        const saved = parseSaved(b.body(Q_KEY)!);
        return saved.ok && saved.saved.responses.answers.q3?.value === 2;
      },
      'the answer never reached the new document',
      { timeout: 3000 },
    );
    releaseA();
    await sleep(300);
    expect(alertText(el)).to.equal('');
  });

  it('a choice left waiting on the previous document does not block the next one’s', async () => {
    const { el, server } = await conflictedChecklist();
    const releaseA = server.holdReads();
    button(el, 'Keep my version').click(); // waits on A's read
    await sleep(50);
    const b = versionedServer();
    const otherB = await checklist(b.device());
    status(otherB, 'p1', 'in-place').click();
    await waitUntil(() => b.body(P_KEY), 'the other device never saved on B', { timeout: 3000 });
    el.storage = b.device();
    await waitUntil(() => el.getData()?.principles.p1?.status === 'in-place', 'B never loaded', { timeout: 3000 });
    b.loseRace(1);
    status(el, 'p4', 'in-place').click();
    await conflictShown(el);
    button(el, 'Keep my version').click();
    await waitUntil(
      () => {
        const saved = parseSavedPrinciples(b.body(P_KEY) ?? '');
        return saved.ok && saved.data.principles.p4?.status === 'in-place';
      },
      'the choice on B was blocked',
      { timeout: 3000 },
    );
    releaseA();
  });

  it('"Keep my version" overtaken by a failed erase while it sets data aside: the conflict is shown again', async () => {
    const server = versionedServer();
    const el = await checklist(server.device());
    status(el, 'p1', 'in-place').click();
    await waitUntil(() => server.body(P_KEY), 'the change was not saved', { timeout: 3000 });
    server.docs.set(server.url(P_KEY), { body: '{not json', etag: '"999"' });
    status(el, 'p2', 'in-progress').click();
    await conflictShown(el);
    const release = server.holdWrites();
    button(el, 'Keep my version').click();
    await sleep(100); // read done; the set-aside write is held
    server.down = true;
    expect(await el.reset()).to.equal(false);
    server.down = false;
    release();
    await conflictShown(el);
    status(el, 'p3', 'in-place').click();
    await (el.storage as HttpStorage).flush().catch(() => undefined);
    button(el, 'Keep my version').click();
    await waitUntil(
      () => {
        const saved = parseSavedPrinciples(server.body(P_KEY) ?? '');
        return saved.ok && saved.data.principles.p3?.status === 'in-place';
      },
      'the edit was never saved',
      { timeout: 3000 },
    );
  });
});

describe('coop-questionnaire opened offline, answers stored elsewhere all along', () => {
  it('a merge that cannot read them shows the conflict; "Merge again" settles it once they read', async () => {
    const server = versionedServer();
    const other = await questionnaire(server.device());
    radio(other, 'q2', 1).click();
    await waitUntil(() => server.body(Q_KEY), 'the other device never saved', { timeout: 3000 });

    server.down = true;
    const el = await questionnaire(server.device());
    const errors = errorsOf(el);
    radio(el, 'q1', 3).click();
    await el.updateComplete;
    // Back online: the page reads the document (there all along: a conflict), and the merge's read fails.
    server.down = false;
    server.failRead(2);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => alertText(el).includes('could not be merged'), 'the unsettled conflict was not shown', {
      timeout: 3000,
    });
    expect(errors.map((e) => [e.reason, e.operation])).to.deep.include(['unavailable', 'read']);
    expect(server.writes, 'nothing written').to.equal(1);
    expect(radio(el, 'q1', 3).checked).to.equal(true);

    button(el, 'Merge again').click();
    await waitUntil(() => alertText(el) === '', 'the warning stayed after merging again', { timeout: 3000 });
    const saved = parseSaved(server.body(Q_KEY)!);
    expect(saved.ok && saved.saved.responses.answers.q1?.value).to.equal(3);
    expect(saved.ok && saved.saved.responses.answers.q2?.value).to.equal(1);
  });
});

describe('closing the page while a conflict holds the edits', () => {
  it('the browser asks first, until the conflict is settled', async () => {
    const { el, server } = await conflictedChecklist();
    expect(asksBeforeClosing(), 'the held edits exist only in this page').to.equal(true);
    button(el, 'Keep my version').click();
    await waitUntil(() => alertText(el) === '', 'the warning stayed', { timeout: 3000 });
    const saved = parseSavedPrinciples(server.body(P_KEY)!);
    expect(saved.ok && saved.data.principles.p2?.status).to.equal('in-progress');
    expect(asksBeforeClosing(), 'saved: nothing to lose').to.equal(false);
  });

  it('the questionnaire asks while a merge could not be completed, not after it is', async () => {
    const { server, el } = await questionnairesApart();
    server.failRead(1); // the merge's read fails: the conflict stands
    radio(el, 'q2', 3).click();
    await waitUntil(() => alertText(el).includes('Merge again'), 'the failed merge was not shown', { timeout: 3000 });
    expect(asksBeforeClosing()).to.equal(true);
    button(el, 'Merge again').click();
    await answerStored(server, 'q2', 3, 'the merge was not saved');
    await waitUntil(() => alertText(el) === '', 'the warning stayed', { timeout: 3000 });
    expect(asksBeforeClosing()).to.equal(false);
  });
});
