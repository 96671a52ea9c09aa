/**
 * The draft being edited: its JSON text (what the JSON pane shows), the last object that text could be read as
 * (what the outline shows, so that it stays usable while the text is mid-edit), the core's verdict on it, the
 * undo/redo history, and the copy kept in the browser so that a reload loses nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConfigIssue, Locale } from '../../core/index.js';
import { KINDS, type EditorKind } from './kinds.js';

const HISTORY_LIMIT = 200;
const SAVE_DELAY = 500;

export interface DraftHost extends ReactiveControllerHost {
  readonly kind: EditorKind;
  readonly resolvedLocale: Locale;
  /** Where the draft is kept between visits (`null` when it may not be). */
  readonly draftStore: Pick<Storage, 'getItem' | 'setItem'> | null;
}

export class DraftController implements ReactiveController {
  text = '';
  /** The last JSON value the text was read as. */
  doc: unknown = undefined;
  /** Whether the text, as it is, is JSON (else the outline shows `doc`, older). */
  readable = true;
  /** The config parsed by the core, when it has no issue. */
  config: object | undefined;
  issues: ConfigIssue[] = [];
  private past: string[] = [];
  /** Keystrokes in one field (or in the JSON pane) within a second make one step of the history. */
  private lastGroup: { key: string; at: number } | undefined;
  private future: string[] = [];
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * `onChange` is called after every change, whoever made it (the element keeps the JSON pane and the preview
   * in step).
   */
  constructor(
    private readonly host: DraftHost,
    private readonly onChange: (source: 'outline' | 'text' | 'history' | 'load') => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.flush();
  }

  private get storageKey(): string {
    return `coop-config-editor:${this.host.kind}:draft`;
  }

  /** The draft kept from an earlier visit, if any. */
  restore(): string | undefined {
    try {
      return this.host.draftStore?.getItem(this.storageKey) ?? undefined;
    } catch {
      return undefined;
    }
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Starts over from a text (a loaded file, the default content): the history starts again too. */
  load(text: string): void {
    this.past = [];
    this.future = [];
    this.apply(text);
    this.onChange('load');
  }

  /** An edit typed in the JSON pane. */
  typed(text: string): void {
    if (text === this.text) return;
    this.record('json');
    this.apply(text);
    this.onChange('text');
  }

  /** An edit made in the outline: the text becomes the object, formatted. */
  edited(doc: unknown, group?: string): void {
    const text = JSON.stringify(doc, null, 2);
    if (text === this.text) return;
    this.record(group);
    this.apply(text);
    this.onChange('outline');
  }

  undo(): void {
    this.lastGroup = undefined;
    const previous = this.past.pop();
    if (previous === undefined) return;
    this.future.push(this.text);
    this.apply(previous);
    this.onChange('history');
  }

  redo(): void {
    const next = this.future.pop();
    if (next === undefined) return;
    this.past.push(this.text);
    this.apply(next);
    this.onChange('history');
  }

  /** Parses the text again (the interface language changed: the issues' messages follow it). */
  reparse(): void {
    this.apply(this.text);
  }

  private record(group?: string): void {
    const now = Date.now();
    const same = group !== undefined && this.lastGroup?.key === group && now - this.lastGroup.at < 1000;
    this.lastGroup = group === undefined ? undefined : { key: group, at: now };
    if (same) return;
    this.past.push(this.text);
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
    this.future = [];
  }

  private apply(text: string): void {
    this.text = text;
    try {
      this.doc = JSON.parse(text) as unknown;
      this.readable = true;
    } catch {
      this.readable = false;
    }
    const parsed = KINDS[this.host.kind].parse(text, this.host.resolvedLocale);
    this.config = parsed.ok ? parsed.config : undefined;
    this.issues = parsed.ok ? [] : parsed.issues;
    this.scheduleSave();
    this.host.requestUpdate();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flush(), SAVE_DELAY);
  }

  private flush(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    try {
      this.host.draftStore?.setItem(this.storageKey, this.text);
    } catch {
      // Storage full or denied: the draft lives on in the page.
    }
  }
}
