/**
 * Undo after a deletion in <coop-atp-matrix> (an item, a group, an action): a notice saying what went, with an
 * "Undo" button that puts it back exactly (same id, same place, through the core's restore functions). Focus moves
 * to that button when the deleted control vanishes, and to what was restored after an undo. The last deletion
 * wins; the notice stays until undone, dismissed or replaced. Loaded right after the first paint (a lazy part):
 * the element makes the controller with the first offer.
 */
import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { addAtpMatrixEditsStrings } from '../../core/catalogs/atp-matrix-edits.js';
import { restoreGroup, restoreItem, type AtpData, type Strings } from '../../core/runtime.js';
import type { AtpChangeAction } from '../events.js';

// What it says, with it: out of the first paint.
addAtpMatrixEditsStrings();

/** The notice's styles, adopted when it loads (lazy-styles.ts). */
export const styles = css`
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_space);
    padding: 0.5rem 0.75rem;
    margin-block: 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .undo-message {
    margin: 0;
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }
  @media print {
    .undo {
      display: none !important;
    }
  }
`;

/** The core's functions that put a removed item or group back, for the offers made where they are not loaded. */
const restorers = { restoreItem, restoreGroup };
type Restorers = typeof restorers;

/** What a deletion leaves to undo it. */
export interface UndoOffer {
  /** What was removed, said in the notice ("Item “X” removed."). */
  message: string;
  /**
   * The data with the removed thing back; the data itself when it can no longer go back. `core`: the core's
   * restore functions, which come with this module.
   */
  restore: (data: AtpData, core: Restorers) => AtpData;
  /** What the change event says of the undo. */
  action: AtpChangeAction;
  groupId: string;
  itemId?: string;
  /** The selector focused once restored. */
  focus: string;
}

export interface UndoSource {
  data: () => AtpData | undefined;
  readonly: () => boolean;
  strings: () => Strings;
  change: (data: AtpData, action: AtpChangeAction, groupId: string, itemId?: string, message?: string) => void;
  announce: (message: string) => void;
  focusAfterUpdate: (focus: () => void) => void;
}

export class UndoController implements ReactiveController {
  private current?: UndoOffer;

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: UndoSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get offer(): Readonly<UndoOffer> | undefined {
    return this.current;
  }

  private focus(selector: string): void {
    this.source.focusAfterUpdate(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** A deletion just happened: offer to undo it, focus on the offer. */
  offerUndo(offer: UndoOffer): void {
    this.current = offer;
    this.host.requestUpdate();
    this.focus('.undo .undo-button');
  }

  undo = (): void => {
    const offer = this.current;
    const data = this.source.data();
    if (!offer || !data || this.source.readonly()) return;
    this.current = undefined;
    this.host.requestUpdate();
    const restored = offer.restore(data, restorers);
    if (restored === data) {
      this.source.announce(this.source.strings().amUndoImpossible);
      this.focus('.panel');
      return;
    }
    this.focus(offer.focus);
    this.source.change(restored, offer.action, offer.groupId, offer.itemId, this.source.strings().amUndone);
  };

  dismiss = (): void => {
    this.current = undefined;
    this.host.requestUpdate();
    this.focus('.panel');
  };

  render(s: Strings): TemplateResult | typeof nothing {
    const offer = this.current;
    if (!offer) return nothing;
    return html`<div class="undo" part="undo">
      <p class="undo-message" id="undo-message">${offer.message}</p>
      <button
        type="button"
        class="button undo-button"
        part="button"
        aria-describedby="undo-message"
        @click=${this.undo}
      >
        ${s.amUndo}
      </button>
      <button type="button" class="link undo-dismiss" @click=${this.dismiss}>${s.amDismiss}</button>
    </div>`;
  }
}
