/**
 * Where a widget's storage stands and how it is told: one way to report a storage failure (console and
 * `coop-storage-error`); each problem's sentence and the storage warning are storage-warning.ts's, loaded when
 * a warning is first shown.
 */
import type { ReactiveControllerHost } from 'lit';
import type { StorageErrorReason } from '../../core/runtime.js';
import { CoopStorageErrorEvent } from '../events.js';
import type { PersistenceEvents, Resolution } from './persistence.js';

export interface StorageProblem {
  reason: StorageErrorReason;
  operation: 'read' | 'write' | 'remove';
  /** Where corrupt data was set aside. */
  key?: string;
}

/**
 * Reports a storage failure the same way from every widget: one console warning per reason and element, and
 * a `coop-storage-error` event. Returns the problem for the widget to show.
 */
function reportStorageProblem(
  element: HTMLElement,
  warned: Set<string>,
  problem: StorageProblem,
  keptWhat: string,
): StorageProblem {
  const { reason, operation, key } = problem;
  if (!warned.has(reason)) {
    warned.add(reason);
    console.warn(`coop-widgets: <${element.localName}> storage ${operation} failed (${reason}); ${keptWhat}.`);
  }
  element.dispatchEvent(
    new CoopStorageErrorEvent(key === undefined ? { reason, operation } : { reason, operation, quarantineKey: key }),
  );
  return problem;
}

/** A widget's sentences for each storage problem (the questionnaire speaks of answers, the others of data). */
export interface StorageMessages {
  unavailable: string;
  denied: string;
  quota: string;
  corrupt: (key: string) => string;
  unknown: string;
  conflict: string;
  /** A conflict found by reading (a document this page could not read at opening was there all along). */
  conflictRead: string;
  /** An erase that did not go through (but for a conflict, which is settled as a write's). */
  notErased: string;
}

/**
 * Where a widget's storage stands: the problem to show (if any) and the last save. Every widget keeps it the
 * same way: a failure is reported once per reason and kept; a write that works cures a write failure (and says
 * so), and a document that reads again after a read failure cures that; set-aside corrupt data stays reported.
 * Hand `events()` to the widget's Persistence.
 */
export class StorageStatus {
  private currentProblem?: StorageProblem;
  private lastSaved?: Date;
  private readonly warned = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** What the console warning says is kept ("answers are kept in memory"). */
    private readonly keptWhat: string,
    /** Called when storage works again after a write or read failure (the widget announces it). */
    private readonly recovered: () => void,
  ) {}

  get problem(): StorageProblem | undefined {
    return this.currentProblem;
  }

  /**
   * The problem to show. `held`: writes are held by a conflict no try is settling. Then the conflict is shown,
   * whatever else was reported since (a failed erase, a set-aside notice, a try that stood down): its buttons
   * are the only way out, and nothing is saved until one is used.
   */
  shown(held: boolean): StorageProblem | undefined {
    const problem = this.currentProblem;
    return held && problem?.reason !== 'conflict' ? { reason: 'conflict', operation: 'write' } : problem;
  }

  get savedAt(): Date | undefined {
    return this.lastSaved;
  }
  set savedAt(at: Date | undefined) {
    this.lastSaved = at;
    this.host.requestUpdate();
  }

  /**
   * Reports `problem` (console, `coop-storage-error`) and shows `shown`, the problem itself by default (a try
   * at settling a conflict that fails for want of network keeps the conflict shown: its buttons are the way out).
   */
  failed(problem: StorageProblem, shown: StorageProblem = problem): void {
    reportStorageProblem(this.host, this.warned, problem, this.keptWhat);
    this.currentProblem = shown;
    this.host.requestUpdate();
  }

  saved(at: Date): void {
    this.savedAt = at;
    // A write that works ends a failed write's or erase's warning (not a read's: set-aside data stays told).
    const operation = this.currentProblem?.operation;
    if (operation !== 'write' && operation !== 'remove') return;
    this.currentProblem = undefined;
    this.recovered();
  }

  /**
   * The document reads again after a read failure, or unreadable data that could not be set aside was replaced
   * (set-aside corrupt data stays reported: the copy is there; a conflict stays until it is settled).
   */
  readable(): void {
    const problem = this.currentProblem;
    if (problem?.operation !== 'read' || problem.reason === 'conflict' || problem.key !== undefined) return;
    this.currentProblem = undefined;
    this.host.requestUpdate();
    this.recovered();
  }

  /**
   * How a try at settling a conflict ended (Persistence.resolve): `settled` (the warning goes), `waiting`
   * (settled, but the write waits for the network, which the warning now says) or `standing` (the document
   * could not be read, or changed once more: the conflict stays shown, its buttons the way out, and what
   * happened is reported).
   */
  settle(result: Resolution): 'settled' | 'waiting' | 'standing' {
    if (result.ok) {
      this.resolved();
      return 'settled';
    }
    const problem: StorageProblem = { reason: result.reason, operation: result.operation };
    if (result.reason !== 'conflict' && result.operation === 'write') {
      this.resolved();
      this.failed(problem);
      return 'waiting';
    }
    const shown = this.currentProblem;
    this.failed(problem, shown?.reason === 'conflict' ? shown : { reason: 'conflict', operation: 'write' });
    return 'standing';
  }

  /**
   * An erase went through whole: nothing is left to conflict with, an earlier erase's failure is over, and a
   * warning naming a copy set aside goes if that copy is gone (`kept` says whether it is still there).
   */
  erased(kept: (key: string) => boolean): void {
    const problem = this.currentProblem;
    const gone = problem?.reason === 'corrupt' && !(problem.key && kept(problem.key));
    if (problem?.operation === 'remove' || gone) this.currentProblem = undefined;
    this.resolved();
    this.host.requestUpdate();
  }

  /** A conflict was settled (the user chose a version, or the widget merged them): its warning goes. */
  resolved(): void {
    if (this.currentProblem?.reason !== 'conflict') return;
    this.currentProblem = undefined;
    this.host.requestUpdate();
  }

  /**
   * The Persistence callbacks, with the widget's own handling of outside changes and of conflicts:
   * `onConflict` returns true when it takes a conflict over (it is then neither shown nor reported), false to
   * let it be shown.
   */
  events(
    onExternalChange: (raw: string | null) => void,
    onConflict: (operation: 'read' | 'write' | 'remove') => boolean,
    readable: (raw: string) => boolean,
  ): PersistenceEvents {
    return {
      readable,
      onError: (reason, operation, _error, key) => {
        if (reason === 'conflict' && onConflict(operation)) return;
        this.failed(key === undefined ? { reason, operation } : { reason, operation, key });
      },
      onSaved: (at) => this.saved(at),
      onReadable: () => this.readable(),
      onExternalChange,
    };
  }
}
