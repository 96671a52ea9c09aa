/**
 * Persistence's "erase my answers", loaded on first use (persistence-rare-paths.ts opens the door): the stored
 * document and every copy this session set aside, each in its own storage; the copies an erase could not
 * remove, tried again after each write that works. Nothing is written while an erase runs (see flush).
 */
import type { StorageAdapter } from '../../core/runtime.js';
import type { PersistenceRarePaths } from './persistence-rare-paths.js';
import { reasonOf } from './persistence-state.js';

/**
 * Erases the stored document and the copies set aside this session, each in the storage it was set aside in
 * (`era`: the erase's, begun by Persistence.remove; `held`: a conflict stood before it). False when some of it
 * could not be erased (reported): the copies left are tried again after each write that works, and until they
 * are erased that write does not end the warning (the user must never take the erase for done). What was
 * edited on the screen being erased is dropped, never written back after the erase. During a conflict it erases
 * the version from elsewhere too (an erase that conflicts is one: erasing again erases it).
 */
export async function erase(
  p: PersistenceRarePaths,
  key: string,
  adapter: StorageAdapter,
  era: number,
  held: boolean,
): Promise<boolean> {
  if (p.eras === era) p.dropPending(); // not what the host gave while the code loaded (takeOver)
  p.unerased = [...p.asideCopies];
  try {
    try {
      p.lastText = null;
      await p.send(async () => {
        // Erased while a conflict stands: the user erases the version from elsewhere too. It is read first
        // (an adapter that checks versions takes it as seen), or the erase would conflict again, forever.
        if (held) await adapter.load(key);
        await adapter.remove(key);
      });
    } catch (error) {
      const reason = reasonOf(error);
      // The document changed elsewhere since it was read: erasing it waits for the user, as a write would.
      if (reason === 'conflict' && p.eras === era) p.hold(true);
      else p.unsent = true;
      p.guard();
      p.events.onError(reason, 'remove', error);
      return false;
    }
    p.unsent = false;
    // The document is gone: nothing left to conflict with, nor to keep from being written over (unless
    // another one was opened meanwhile). What the host gave meanwhile (takeOver) may be written now.
    if (p.key === key && p.adapter === adapter) {
      p.blocked = p.unread = false;
      if (held) p.hold(false);
      if (p.snapshot && p.eras !== era) void p.flush();
    }
    return await eraseCopies(p, era);
  } finally {
    // What was edited on the screen being erased goes; not what was edited since in another document, or
    // after a later erase.
    if (p.erasingEra === era) {
      p.erasingEra = undefined;
      if (p.eras === era) p.dropPending();
    }
  }
}

/**
 * Erases the copies an erase left. Reports a failure only if nothing was erased or opened since `era` (a try
 * overtaken says nothing). Tries do not wait for each other: one that never ends blocks nothing.
 */
export async function eraseCopies(p: PersistenceRarePaths, era: number): Promise<boolean> {
  for (const copy of [...p.unerased]) {
    try {
      await copy.adapter.remove(copy.key);
    } catch (error) {
      if (!p.unerased.includes(copy)) continue; // another try erased it meanwhile
      if (p.eras === era) p.events.onError(reasonOf(error), 'remove', error);
      return false;
    }
    p.unerased = p.unerased.filter((c) => c !== copy);
    p.asideCopies = p.asideCopies.filter((c) => c !== copy);
  }
  return true;
}

/** A write went through after an erase that left copies: they are tried now, and the write said once they go. */
export function wroteAfterErase(p: PersistenceRarePaths): void {
  const era = p.eras;
  void eraseCopies(p, era).then((erased) => {
    if (erased && p.eras === era) p.events.onSaved(new Date());
  });
}
