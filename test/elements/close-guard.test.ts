/**
 * The page's `beforeunload` listener (persistence-state.ts): added once when an edit is scheduled and removed
 * once everything is written, not added and removed around each write; the browser asks before closing only
 * while a write is under way or failed, as before.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/questionnaire.js';
import { createMemoryStorage, questionnaireStorageKey, type StorageAdapter } from '../../src/core/index.js';
import minimalJson from '../fixtures/questionnaire.minimal.json';
import { asksBeforeClosing, gate, mount, radio } from './helpers.js';

/** Counts the page's `beforeunload` listeners added and removed while `run` runs. */
async function countGuards(run: () => Promise<void>): Promise<{ added: number; removed: number }> {
  const count = { added: 0, removed: 0 };
  const { addEventListener: add, removeEventListener: remove } = window;
  window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
    if (args[0] === 'beforeunload') count.added++;
    return add.apply(this, args);
  } as typeof add;
  window.removeEventListener = function (this: Window, ...args: Parameters<typeof remove>) {
    if (args[0] === 'beforeunload') count.removed++;
    return remove.apply(this, args);
  } as typeof remove;
  try {
    await run();
  } finally {
    window.addEventListener = add;
    window.removeEventListener = remove;
  }
  return count;
}

describe('the page asks before closing: one listener while edits are not written', () => {
  it('adds it once for edits written one after another, and removes it once all are written', async () => {
    const backing = createMemoryStorage();
    const writes = gate();
    let started = 0;
    const storage: StorageAdapter = {
      load: (key) => backing.load(key),
      save: async (key, value) => {
        started++;
        await writes.held();
        await backing.save(key, value);
      },
      remove: (key) => backing.remove(key),
    };
    const el = await mount('coop-questionnaire', storage, { config: minimalJson });
    const count = await countGuards(async () => {
      let release = writes.hold();
      radio(el, 'q1', 2).click();
      await el.updateComplete;
      expect(asksBeforeClosing(), 'a scheduled write is flushed on pagehide').to.equal(false);
      await waitUntil(() => started === 1, 'the first write never started', { timeout: 2000 });
      expect(asksBeforeClosing(), 'a write under way').to.equal(true);
      // Another answer while the first is being written: a second write follows the first.
      radio(el, 'q2', 1).click();
      await el.updateComplete;
      const first = release;
      release = writes.hold();
      first();
      await waitUntil(() => started === 2, 'the second write never started', { timeout: 2000 });
      release();
      await waitUntil(
        async () => (await backing.load(questionnaireStorageKey('minimal')))?.includes('"q2"') === true,
        'q2 was never written',
        { timeout: 2000 },
      );
      await el.updateComplete;
    });
    expect(count).to.deep.equal({ added: 1, removed: 1 });
    expect(asksBeforeClosing(), 'everything is written').to.equal(false);
  });
});
