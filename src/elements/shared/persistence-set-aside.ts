/**
 * Persistence's stored text the widget cannot read, loaded on first use (persistence-rare-paths.ts opens the
 * door): set aside under a key of its own before anything is written (quarantine), and never written over while
 * that fails; the first view of a document that could not be read at opening (a read again, a poll), which may
 * be such text, a conflict, or a version to show.
 */
import { StorageError, quarantineKey, type StorageAdapter } from '../../core/runtime.js';
import { eraseCopies } from './persistence-erase.js';
import type { PersistenceRarePaths } from './persistence-rare-paths.js';

/**
 * Copies unreadable stored text to a key of its own; until that succeeds the original is never overwritten
 * (nothing is written meanwhile, and after a failure nothing until another version replaces it). True when it
 * was set aside.
 */
export async function setAside(p: PersistenceRarePaths, raw: string): Promise<boolean> {
  const { key, adapter, eras, seen } = p;
  if (!key || !adapter) return false;
  const aside = quarantineKey(key);
  p.settingAside++; // nothing is written meanwhile: the data is not safe yet
  try {
    await adapter.save(aside, raw);
    const copy = { key: aside, adapter };
    p.asideCopies.push(copy);
    if (p.erasedAt > eras) {
      // Erased since it began: the copy goes too (the user asked for nothing to be left).
      p.unerased.push(copy);
      void eraseCopies(p, p.eras);
    } else if (p.eras === eras) p.events.onError('corrupt', 'read', undefined, aside);
    return true;
  } catch (error) {
    // Another document opened, an erase, or a version from elsewhere since it began: nothing left for this
    // try to keep from being written over (and a document opened again is another try's).
    if (p.eras !== eras || p.seen !== seen) return false;
    p.blocked = true;
    p.events.onError('corrupt', 'read', error);
    return false;
  } finally {
    p.settingAside--;
    if (!p.settingAside && p.snapshot) void p.flush();
    else p.guard();
  }
}

/**
 * The first view of a document that could not be read at opening (by a read again or a poll), of one that
 * replaces unreadable data, or of text the widget cannot read. True when it is absent: the pending edits may
 * be written. Text the widget cannot read is set aside first (writes held until then, and for good if it
 * cannot be). When there is one and the user has edits pending, this page never saw it: it is a conflict,
 * settled as any other (the edits stay pending until then). When there is one and nothing is pending, the
 * widget is given it, as if another tab had written it.
 */
export function settle(p: PersistenceRarePaths, text: string | null): boolean {
  p.unread = false;
  p.seen++;
  const { eras, seen } = p;
  if (text !== null && p.events.readable?.(text) === false) {
    // Unreadable: never written over. Set aside, it counts as absent (as at opening); if it cannot be, writes
    // stay held until a version the widget reads replaces it.
    p.blocked = true;
    p.lastText = text;
    p.events.onReadable(); // a read failure is over: what comes of the set-aside is said next
    void setAside(p, text).then((aside) => {
      if (!aside || p.eras !== eras || p.seen !== seen) return;
      p.blocked = false;
      if (p.snapshot) void p.flush();
      else p.guard();
    });
    return false;
  }
  if (text === null) {
    p.blocked = false;
    p.lastText = null;
    p.events.onReadable();
    return true;
  }
  if (p.snapshot) {
    // Held by a conflict already (a version to settle could not be set aside): still a write's conflict.
    const operation = p.conflicted ? 'write' : 'read';
    p.hold(true);
    p.blocked = false;
    p.lastText = text;
    p.events.onError('conflict', operation, new StorageError('conflict', 'stored data this page could not read'));
    return false;
  }
  p.blocked = false;
  p.lastText = text;
  p.events.onReadable();
  p.events.onExternalChange(text);
  return false;
}

/**
 * The stored document could not be read when it was opened: reads it again. True when it now reads as
 * absent, so that writing loses nothing. While it still cannot be read, the edits stay pending (the
 * warning already says so). See {@link settle} for a document found there.
 */
export async function readAgain(p: PersistenceRarePaths, key: string, adapter: StorageAdapter): Promise<boolean> {
  let text: string | null;
  try {
    text = await adapter.load(key);
  } catch {
    return false;
  }
  if (p.key !== key || p.adapter !== adapter || !p.unread) return !p.unread;
  return settle(p, text);
}

/** Reads, outside of a write, the document that could not be read at opening (back online). */
export async function refresh(p: PersistenceRarePaths): Promise<void> {
  const { key, adapter } = p;
  if (!key || !adapter) return;
  let text: string | null;
  try {
    text = await adapter.load(key);
  } catch {
    return;
  }
  if (p.key !== key || p.adapter !== adapter || !p.unread) return;
  if (settle(p, text) && p.snapshot) await p.flush();
}
