/**
 * The events our elements fire. Each is an `Event` subclass with a typed, JSON-serialisable `detail`; all
 * bubble and are composed (they cross shadow roots, so a host page can listen on `document`).
 * `HTMLElementEventMap` is augmented so that `el.addEventListener('coop-config-error', e => e.detail.issues)`
 * is typed for hosts written in TypeScript.
 */
import type { ConfigIssue } from '../core/index.js';

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

declare global {
  interface HTMLElementEventMap {
    'coop-config-error': CoopConfigErrorEvent;
  }
}
