/**
 * The events our elements fire. Each is an `Event` subclass with a typed, JSON-serialisable `detail`; all
 * bubble and are composed (they cross shadow roots, so a host page can listen on `document`).
 * `HTMLElementEventMap` is augmented so that `el.addEventListener('coop-config-error', e => e.detail.issues)`
 * is typed for hosts written in TypeScript.
 */
import type {
  AtpData,
  AtpView,
  PrinciplesData,
  AnswerValue,
  ConfigIssue,
  QuestionnaireResult,
  QuestionnaireStep,
  Responses,
  StorageErrorReason,
} from '../core/runtime.js';
import type { AtpChanges, PrinciplesChanges, QuestionnaireChanges } from '../core/index.js';

abstract class CoopEvent<D> extends Event {
  constructor(
    type: string,
    readonly detail: D,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

export interface CoopConfigErrorDetail {
  /** Every problem found, each with its JSON path and a localised message. */
  issues: ConfigIssue[];
}

/** Fired when the element's config (attribute, property, src or inline script) is invalid. */
export class CoopConfigErrorEvent extends CoopEvent<CoopConfigErrorDetail> {
  static readonly eventName = 'coop-config-error';
  constructor(detail: CoopConfigErrorDetail) {
    super(CoopConfigErrorEvent.eventName, detail);
  }
}

export interface CoopStorageErrorDetail {
  /**
   * `unavailable`, `denied` (e.g. a sandboxed iframe), `quota` (storage full), `corrupt`, `conflict` (changed
   * elsewhere since it was read: nothing overwritten; the user keeps a version or loads the other, and the
   * questionnaire merges, reporting only a merge that conflicts too) or `unknown`.
   */
  reason: StorageErrorReason;
  operation: 'read' | 'write' | 'remove';
  /** Where unreadable data was set aside, when it could be. */
  quarantineKey?: string;
}

/** Fired when saved data cannot be read or written. The widget keeps working in memory and shows a warning. */
export class CoopStorageErrorEvent extends CoopEvent<CoopStorageErrorDetail> {
  static readonly eventName = 'coop-storage-error';
  constructor(detail: CoopStorageErrorDetail) {
    super(CoopStorageErrorEvent.eventName, detail);
  }
}

export interface CoopAnswerChangeDetail {
  questionId: string;
  /** The new value (a scale level's number or a non-scored option's id), or null when cleared. */
  value: AnswerValue;
  /** Global completion after the change, 0–100. */
  completion: number;
}

/** Fired when the user answers, changes or clears an answer (not when code sets responses). */
export class CoopAnswerChangeEvent extends CoopEvent<CoopAnswerChangeDetail> {
  static readonly eventName = 'coop-answer-change';
  constructor(detail: CoopAnswerChangeDetail) {
    super(CoopAnswerChangeEvent.eventName, detail);
  }
}

export interface CoopStepChangeDetail {
  step: QuestionnaireStep;
  previous: QuestionnaireStep;
}

/** Fired when the user moves to another step. */
export class CoopStepChangeEvent extends CoopEvent<CoopStepChangeDetail> {
  static readonly eventName = 'coop-step-change';
  constructor(detail: CoopStepChangeDetail) {
    super(CoopStepChangeEvent.eventName, detail);
  }
}

export interface CoopCompleteDetail {
  result: QuestionnaireResult;
}

/** Fired when the user's answer makes every question answered. */
export class CoopCompleteEvent extends CoopEvent<CoopCompleteDetail> {
  static readonly eventName = 'coop-complete';
  constructor(detail: CoopCompleteDetail) {
    super(CoopCompleteEvent.eventName, detail);
  }
}

export interface CoopValidateDetail {
  responses: Responses;
  result: QuestionnaireResult;
}

/** Fired when the user validates the result; `responses.status` is then `validated`. */
export class CoopValidateEvent extends CoopEvent<CoopValidateDetail> {
  static readonly eventName = 'coop-validate';
  constructor(detail: CoopValidateDetail) {
    super(CoopValidateEvent.eventName, detail);
  }
}

/** What the user did in the ATP grid. */
export type AtpChangeAction =
  | 'add-item'
  | 'update-item'
  | 'remove-item'
  | 'add-group'
  | 'rename-group'
  | 'move-group'
  | 'remove-group'
  | 'set-trust'
  | 'add-action'
  | 'update-action'
  | 'remove-action';

export interface CoopAtpChangeDetail {
  action: AtpChangeAction;
  /** The group concerned ('' for an action of the plans). */
  groupId: string;
  /** The item concerned, for item actions. */
  itemId?: string;
  /** The action of the plans concerned, for `*-action`. */
  actionId?: string;
  /** The whole grid after the change (a copy). */
  data: AtpData;
}

/** Fired when the user changes the ATP grid (not when code calls `setData()`). */
export class CoopAtpChangeEvent extends CoopEvent<CoopAtpChangeDetail> {
  static readonly eventName = 'coop-atp-change';
  constructor(detail: CoopAtpChangeDetail) {
    super(CoopAtpChangeEvent.eventName, detail);
  }
}

export interface CoopViewChangeDetail {
  view: AtpView;
  previous: AtpView;
}

/** Fired when the user moves to another view of the ATP grid (not when code sets `view`). */
export class CoopViewChangeEvent extends CoopEvent<CoopViewChangeDetail> {
  static readonly eventName = 'coop-view-change';
  constructor(detail: CoopViewChangeDetail) {
    super(CoopViewChangeEvent.eventName, detail);
  }
}

/** What the user did in the principles checklist. */
export type PrinciplesChangeAction =
  | 'set-status'
  | 'set-field'
  | 'add-proposal'
  | 'update-proposal'
  | 'decide-proposal'
  | 'set-done'
  | 'remove-proposal'
  /** A carried-out proposal's evaluation recorded (principle 5). */
  | 'evaluate-proposal';

export interface CoopPrinciplesChangeDetail {
  action: PrinciplesChangeAction;
  /** The principle or proposal concerned. */
  id: string;
  /** The whole document after the change (a copy). */
  data: PrinciplesData;
}

/** Fired when the user changes a principle or the register (not when code calls `setData()`). */
export class CoopPrinciplesChangeEvent extends CoopEvent<CoopPrinciplesChangeDetail> {
  static readonly eventName = 'coop-principles-change';
  constructor(detail: CoopPrinciplesChangeDetail) {
    super(CoopPrinciplesChangeEvent.eventName, detail);
  }
}

export interface CoopProjectImportDetail {
  /** The id of the project the file was imported into. */
  projectId: string;
  /** The parts the file held, now shown by their widgets (or stored for when they are on the page). */
  parts: ('questionnaire' | 'atp' | 'principles')[];
}

/** Fired by <coop-project> when a project file or document was imported (toolbar or `setProject()`). */
export class CoopProjectImportEvent extends CoopEvent<CoopProjectImportDetail> {
  static readonly eventName = 'coop-project-import';
  constructor(detail: CoopProjectImportDetail) {
    super(CoopProjectImportEvent.eventName, detail);
  }
}

export interface CoopConfigPublishDetail {
  /** Which widget the config is for. */
  kind: 'questionnaire' | 'atp' | 'principles';
  /** The config as the editor wrote it (JSON), parsed by the core with no issue. */
  config: object;
  /**
   * What it does to the data collected with the previous version, when one was given: questionnaireChanges(),
   * atpChanges() or principlesChanges() of the core, by `kind`.
   */
  changes?: QuestionnaireChanges | AtpChanges | PrinciplesChanges;
}

/** Fired by <coop-config-editor> when the editor publishes a config (after confirming a data-affecting change). */
export class CoopConfigPublishEvent extends CoopEvent<CoopConfigPublishDetail> {
  static readonly eventName = 'coop-config-publish';
  constructor(detail: CoopConfigPublishDetail) {
    super(CoopConfigPublishEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'coop-config-publish': CoopConfigPublishEvent;
    'coop-config-error': CoopConfigErrorEvent;
    'coop-storage-error': CoopStorageErrorEvent;
    'coop-answer-change': CoopAnswerChangeEvent;
    'coop-step-change': CoopStepChangeEvent;
    'coop-complete': CoopCompleteEvent;
    'coop-validate': CoopValidateEvent;
    'coop-atp-change': CoopAtpChangeEvent;
    'coop-view-change': CoopViewChangeEvent;
    'coop-principles-change': CoopPrinciplesChangeEvent;
    'coop-project-import': CoopProjectImportEvent;
  }
}
