/**
 * The buttons of one entry of an outline (a section, subsection or question; a group, a principle, a level…):
 * move up, move down, duplicate, delete, and Alt + ↑ / ↓ on the entry to move it. One markup for the
 * questionnaire's outline (outline-view.ts) and the lists of the grid and the checklist (list-view.ts): short
 * visible words, and an accessible name that starts with them and says which entry the button acts on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigEditorStrings } from '../../core/index.js';

export interface EntryActionsContext {
  strings: ConfigEditorStrings;
  /** The entry's place in its list, and the list's length. */
  index: number;
  count: number;
  /** The buttons' accessible names. */
  names: { up: string; down: string; duplicate: string; delete: string };
  /** Entries whose order carries a meaning (a scale's levels) have no move buttons. */
  movable: boolean;
  /** Lists with no way to copy an entry have no "Duplicate". */
  duplicable: boolean;
  /** Whether the entry may go (the config needs at least so many, or one of a kind). */
  removable: boolean;
  onMove(delta: number): void;
  onDuplicate(): void;
  onDelete(): void;
}

export function renderEntryActions(ctx: EntryActionsContext): TemplateResult {
  const s = ctx.strings;
  const move = (action: 'up' | 'down', delta: number, disabled: boolean) =>
    html`<button
      type="button"
      class="button small"
      part="button"
      data-action=${action}
      aria-label=${ctx.names[action]}
      ?disabled=${disabled}
      @click=${() => ctx.onMove(delta)}
    >
      <span aria-hidden="true">${action === 'up' ? '↑' : '↓'}</span> ${action === 'up' ? s.ceUp : s.ceDown}
    </button>`;
  return html`<div class="node-tools">
    ${ctx.movable ? [move('up', -1, ctx.index === 0), move('down', 1, ctx.index >= ctx.count - 1)] : nothing}
    ${
      ctx.duplicable
        ? html`<button
            type="button"
            class="button small"
            part="button"
            data-action="duplicate"
            aria-label=${ctx.names.duplicate}
            @click=${ctx.onDuplicate}
          >
            ${s.ceDuplicateShort}
          </button>`
        : nothing
    }
    <button
      type="button"
      class="button small"
      part="button"
      data-action="delete"
      aria-label=${ctx.names.delete}
      ?disabled=${!ctx.removable}
      @click=${ctx.onDelete}
    >
      ${s.ceDeleteShort}
    </button>
  </div>`;
}

/** Alt + ↑ / ↓ on an entry (not inside one of its children, which handle it first) moves it. */
export function entryMoveKeys(movable: boolean, onMove: (delta: number) => void) {
  return (event: KeyboardEvent) => {
    if (!movable || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  };
}
