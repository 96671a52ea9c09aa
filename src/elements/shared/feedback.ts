/** Feedback every element gives: polite announcements, and files offered for download. */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Polite announcements through one live region, coalesced: a burst of changes is announced once, when the
 * user pauses. Clearing the region first makes screen readers repeat an identical message.
 */
export class Announcer implements ReactiveController {
  private message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  announce(message: string, delay = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.set('');
      requestAnimationFrame(() => this.set(message));
    }, delay);
  }

  /** The last message (what the live region holds). */
  get current(): string {
    return this.message;
  }

  private set(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.message}</div>`;
  }
}

/** Offers `content` as a file download from inside a shadow root (no server involved). */
export function downloadFile(root: ParentNode, filename: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
