/**
 * A focus move run once after the host's next render: what it focuses (a new row, the heading of the view
 * just opened) may only be drawn by that render. The last move asked for wins.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusAfterUpdate implements ReactiveController {
  private next?: () => void;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Runs `focus` once the pending render is drawn. */
  schedule(focus: () => void): void {
    this.next = focus;
  }

  hostUpdated(): void {
    const focus = this.next;
    this.next = undefined;
    focus?.();
  }
}
