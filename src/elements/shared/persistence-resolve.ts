/**
 * Persistence's settling of a conflict: the stored document read again (an adapter that checks versions takes
 * it as seen), unreadable text set aside, then the widget's decision written over it, or not; a try overtaken
 * by another document or an erase stands down.
 */
import type { StorageErrorReason } from '../../core/runtime.js';
import { reasonOf } from './persistence-state.js';
import { PersistenceWrites } from './persistence-writes.js';

/**
 * How settling a conflict ended (see Persistence.resolve): the stored text it read, or what failed. A read
 * that fails, or a write that conflicts again, leaves the conflict standing.
 */
export type Resolution =
  { ok: true; stored: string | null } | { ok: false; reason: StorageErrorReason; operation: 'read' | 'write' };

export abstract class PersistenceResolve extends PersistenceWrites {
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
  async resolve(
    readable: (stored: string) => boolean,
    decide: (stored: string | null) => string | null | undefined,
  ): Promise<Resolution> {
    const { key, adapter, eras } = this;
    const moved = () => this.key !== key || this.adapter !== adapter || this.eras !== eras;
    const standing: Resolution = { ok: false, reason: 'conflict', operation: 'write' };
    if (!key || !adapter || this.erasing) return standing; // an erase is under way
    this.hold(true);
    let stored: string | null;
    try {
      stored = await adapter.load(key);
    } catch (error) {
      return { ok: false, reason: reasonOf(error), operation: 'read' };
    }
    if (moved()) return standing;
    this.unread = false;
    this.blocked = false;
    this.lastText = stored;
    this.events.onReadable(); // a read failure (the page opened offline) is over
    if (stored !== null && !readable(stored)) {
      if (!(await this.setAside(stored)) || moved()) return standing; // never written over
      stored = null;
    }
    const text = decide(stored);
    if (moved() || text === undefined) return standing;
    this.dropPending();
    if (text === null) {
      this.hold(false);
      return { ok: true, stored };
    }
    try {
      this.lastText = text;
      await this.send(() => adapter.save(key, text));
    } catch (error) {
      const reason = reasonOf(error);
      if (!moved()) {
        // The decided version is pending again: held if this write conflicted too, else tried as any write.
        this.snapshot ??= () => text;
        this.failed = true;
        if (reason !== 'conflict') this.hold(false);
        this.guard();
      }
      return { ok: false, reason, operation: 'write' };
    }
    if (moved()) return { ok: true, stored };
    this.failed = this.unsent = false;
    this.hold(false);
    this.wrote();
    if (this.snapshot) void this.flush();
    return { ok: true, stored };
  }
}
