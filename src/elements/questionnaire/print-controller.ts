/**
 * Printing: while the browser prints (its own menu or the widget's Print button), `printing` is true and the
 * widget renders its print report beside the screen view, which print CSS hides.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  /** True from `beforeprint` to `afterprint`: the report is rendered. */
  printing = false;

  /**
   * `renderNow` renders the pending update at once (the host's `performUpdate()`): the browser lays the page
   * out for print right after `beforeprint`, before any scheduled update would run.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  /** Prints the report (the Print button). */
  print = (): void => {
    this.before();
    window.print();
    this.after();
  };

  private before = (): void => {
    this.printing = true;
    this.host.requestUpdate();
    this.renderNow();
  };

  private after = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };
}
