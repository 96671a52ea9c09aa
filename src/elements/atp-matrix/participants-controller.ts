/**
 * The participants' grids a facilitator adds to <coop-atp-matrix> from files (several at once: grid exports and
 * project files): each file read on its own (a bad one gets its own error, the rest are still added), the list of
 * who is included with their names, and removing one. The grids go to the element's `participants`, which feeds
 * the Synthesis view; a grid set by code is named by `participantNames` (a workshop's participants), else
 * "Participant N". Names are text from users: the views bind them as text.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { readParticipantFile, type AtpData, type Locale, type Strings } from '../../core/runtime.js';

export interface ParticipantsHost extends ReactiveElement {
  participants?: AtpData[];
  participantNames?: string[];
}

export interface ParticipantsSource {
  strings: () => Strings;
  locale: () => Locale;
  overrides: () => Partial<Strings> | undefined;
  announce: (message: string) => void;
  focusAfterUpdate: (focus: () => void) => void;
}

export class ParticipantsController implements ReactiveController {
  /** The file each grid came from, by position in `participants` (none for grids set by code). */
  private files: (string | undefined)[] = [];
  private fileErrors: string[] = [];
  /** The grids the names were given for: a host that replaces `participants` gets default names. */
  private named?: AtpData[];

  constructor(
    private readonly host: ParticipantsHost,
    private readonly source: ParticipantsSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get errors(): readonly string[] {
    return this.fileErrors;
  }

  /** Each participant's name, in `participants` order. */
  names(): string[] {
    const s = this.source.strings();
    const list = this.host.participants ?? [];
    const files = this.named === list ? this.files : [];
    const given = this.host.participantNames ?? [];
    return list.map((_, i) => {
      const file = files[i];
      if (file) return s.amParticipantName(i + 1, file);
      const name = given[i];
      // A host in plain JavaScript may give anything: only a non-empty string names a grid.
      return typeof name === 'string' && name.trim() ? name.trim() : s.amParticipantNumber(i + 1);
    });
  }

  private set(list: AtpData[], files: (string | undefined)[]): void {
    this.host.participants = list;
    this.named = list;
    this.files = files;
    this.host.requestUpdate();
  }

  onFiles = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    if (!chosen.length) return;
    const s = this.source.strings();
    const options = { locale: this.source.locale(), strings: this.source.overrides() };
    const list = [...(this.host.participants ?? [])];
    const files = this.named === this.host.participants ? [...this.files] : list.map(() => undefined);
    const errors: string[] = [];
    for (const file of chosen) {
      let text: string;
      try {
        text = await file.text();
      } catch {
        errors.push(s.amFileNotJson(file.name));
        continue;
      }
      const read = readParticipantFile(text, options);
      if (read.ok) {
        list.push(read.data);
        files.push(file.name);
      } else if (read.reason === 'invalid') errors.push(s.amFileInvalid(file.name, read.path, read.message));
      else errors.push(read.reason === 'not-json' ? s.amFileNotJson(file.name) : s.amFileNoGrid(file.name));
    }
    input.value = ''; // the same file may be chosen again
    this.fileErrors = errors;
    const added = list.length - (this.host.participants?.length ?? 0);
    this.set(list, files);
    if (added) this.source.announce(s.amParticipantsAdded(added));
  };

  remove = (index: number): void => {
    const list = [...(this.host.participants ?? [])];
    if (index < 0 || index >= list.length) return;
    const name = this.names()[index] ?? '';
    const files = this.named === this.host.participants ? [...this.files] : list.map(() => undefined);
    list.splice(index, 1);
    files.splice(index, 1);
    // The names given by code follow their grids (a copy: the host's array is its own).
    const given = this.host.participantNames;
    if (given) this.host.participantNames = given.filter((_, i) => i !== index);
    this.fileErrors = [];
    this.set(list, files);
    this.source.announce(this.source.strings().amParticipantRemovedNotice(name));
    this.source.focusAfterUpdate(() => {
      const root = this.host.renderRoot;
      const buttons = root.querySelectorAll<HTMLElement>('.remove-participant');
      (buttons[Math.min(index, buttons.length - 1)] ?? root.querySelector<HTMLElement>('#participant-files'))?.focus();
    });
  };
}
