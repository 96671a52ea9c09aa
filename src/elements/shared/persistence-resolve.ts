/**
 * The write that settles a conflict, loaded with the code that settles conflicts (conflict-policy.ts loads
 * both): the stored document read again, then the widget's decision written over it, or not.
 */
import type { StorageErrorReason } from '../../core/runtime.js';
import { setAside } from './persistence-set-aside.js';
import { reasonOf } from './persistence-state.js';
import type { PersistenceRarePaths } from './persistence-rare-paths.js';

/**
 * How settling a conflict ended (see {@link resolve}): the stored text it read, or what failed. A read
 * that fails, or a write that conflicts again, leaves the conflict standing.
 */
export type Resolution =
  { ok: true; stored: string | null } | { ok: false; reason: StorageErrorReason; operation: 'read' | 'write' };

/**
 * Settles a conflict (the document changed elsewhere, or was there all along while this page could not
 * read it): reads it again (an adapter that checks versions takes the current one). A text `readable` refuses
 * is set aside first (the conflict stands if that fails) and counts as absent. Then `decide(stored)` says
 * what becomes of it: a text is written over it (it must hold the widget's edits: what was pending is
 * dropped); `null` writes nothing (the stored version wins: what was pending is dropped); `undefined` leaves
 * the conflict standing. Nothing else is written until this ends; edits made while the text is written are
 * written after it. Reports nothing: the widget says how it went (a failed try leaves the conflict standing,
 * but for a write that fails for another reason, which stays pending like any other).
 */
export async function resolve(
  p: PersistenceRarePaths,
  readable: (stored: string) => boolean,
  decide: (stored: string | null) => string | null | undefined,
): Promise<Resolution> {
  const { key, adapter, eras } = p;
  const moved = () => p.key !== key || p.adapter !== adapter || p.eras !== eras;
  const standing: Resolution = { ok: false, reason: 'conflict', operation: 'write' };
  if (!key || !adapter || p.erasing) return standing; // an erase is under way
  p.hold(true);
  let stored: string | null;
  try {
    stored = await adapter.load(key);
  } catch (error) {
    return { ok: false, reason: reasonOf(error), operation: 'read' };
  }
  if (moved()) return standing;
  p.unread = false;
  p.blocked = false;
  p.lastText = stored;
  p.events.onReadable(); // a read failure (the page opened offline) is over
  if (stored !== null && !readable(stored)) {
    if (!(await setAside(p, stored)) || moved()) return standing; // never written over
    stored = null;
  }
  const text = decide(stored);
  if (moved() || text === undefined) return standing;
  p.dropPending();
  if (text === null) {
    p.hold(false);
    return { ok: true, stored };
  }
  try {
    p.lastText = text;
    await p.send(() => adapter.save(key, text));
  } catch (error) {
    const reason = reasonOf(error);
    if (!moved()) {
      // The decided version is pending again: held if this write conflicted too, else tried as any write.
      p.snapshot ??= () => text;
      p.failed = true;
      if (reason !== 'conflict') p.hold(false);
      p.guard();
    }
    return { ok: false, reason, operation: 'write' };
  }
  if (moved()) return { ok: true, stored };
  p.failed = p.unsent = false;
  p.hold(false);
  p.wrote();
  if (p.snapshot) void p.flush();
  return { ok: true, stored };
}
