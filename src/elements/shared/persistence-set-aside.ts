/**
 * Persistence's stored text the widget cannot read: set aside under a key of its own before anything is written
 * (quarantine), and never written over while that fails; the first view of a document that could not be read
 * at opening (a read again, a poll), which may be such text, a conflict, or a version to show.
 */
import { StorageError, quarantineKey } from '../../core/runtime.js';
import { PersistenceErase } from './persistence-erase.js';

export abstract class PersistenceSetAside extends PersistenceErase {
  /**
   * What the widget can read of the document just opened, from `raw` (what open() gave) on: text `parse`
   * refuses (`ok` false) is set aside, and if another tab or a poll brought a newer version meanwhile, that one
   * is read instead. Undefined when nothing readable is there (the widget starts afresh), or when `current()`
   * says the widget moved on during a set-aside.
   */
  async readFrom<T extends { ok: boolean }>(
    raw: string | null | undefined,
    parse: (raw: string) => T,
    current: () => boolean,
  ): Promise<T | undefined> {
    while (raw) {
      const parsed = parse(raw);
      if (parsed.ok) return parsed;
      await this.setAside(raw);
      if (!current() || this.lastText === raw) return undefined;
      raw = this.lastText;
    }
    return undefined;
  }

  /**
   * Copies unreadable stored text to a key of its own; until that succeeds the original is never overwritten
   * (nothing is written meanwhile, and after a failure nothing until another version replaces it). True when it
   * was set aside.
   */
  async setAside(raw: string): Promise<boolean> {
    const { key, adapter, eras, seen } = this;
    if (!key || !adapter) return false;
    const aside = quarantineKey(key);
    this.settingAside++; // nothing is written meanwhile: the data is not safe yet
    try {
      await adapter.save(aside, raw);
      const copy = { key: aside, adapter };
      this.asideCopies.push(copy);
      if (this.erasedAt > eras) {
        // Erased since it began: the copy goes too (the user asked for nothing to be left).
        this.unerased.push(copy);
        void this.eraseCopies(this.eras);
      } else if (this.eras === eras) this.events.onError('corrupt', 'read', undefined, aside);
      return true;
    } catch (error) {
      // Another document opened, an erase, or a version from elsewhere since it began: nothing left for this
      // try to keep from being written over (and a document opened again is another try's).
      if (this.eras !== eras || this.seen !== seen) return false;
      this.blocked = true;
      this.events.onError('corrupt', 'read', error);
      return false;
    } finally {
      this.settingAside--;
      if (!this.settingAside && this.snapshot) void this.flush();
      else this.guard();
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
  protected settle(text: string | null): boolean {
    this.unread = false;
    this.seen++;
    const { eras, seen } = this;
    if (text !== null && this.events.readable?.(text) === false) {
      // Unreadable: never written over. Set aside, it counts as absent (as at opening); if it cannot be, writes
      // stay held until a version the widget reads replaces it.
      this.blocked = true;
      this.lastText = text;
      this.events.onReadable(); // a read failure is over: what comes of the set-aside is said next
      void this.setAside(text).then((aside) => {
        if (!aside || this.eras !== eras || this.seen !== seen) return;
        this.blocked = false;
        if (this.snapshot) void this.flush();
        else this.guard();
      });
      return false;
    }
    if (text === null) {
      this.blocked = false;
      this.lastText = null;
      this.events.onReadable();
      return true;
    }
    if (this.snapshot) {
      // Held by a conflict already (a version to settle could not be set aside): still a write's conflict.
      const operation = this.conflicted ? 'write' : 'read';
      this.hold(true);
      this.blocked = false;
      this.lastText = text;
      this.events.onError('conflict', operation, new StorageError('conflict', 'stored data this page could not read'));
      return false;
    }
    this.blocked = false;
    this.lastText = text;
    this.events.onReadable();
    this.events.onExternalChange(text);
    return false;
  }
}
