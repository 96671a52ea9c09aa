/**
 * The dialog of <coop-atp-matrix> that asks before a group with items is removed (one without goes at once).
 * Rendered always, empty while no group is asked about: the editor controller opens it with showModal(); its answer
 * is settled here.
 */
import { html, type TemplateResult } from 'lit';
import { addAtpMatrixPartsStrings } from '../../core/catalogs/atp-matrix-parts.js';
import type { Strings } from '../../core/runtime.js';
import type { EditorInternals, EditorState } from './editor-controller.js';

// Its French strings, with it: out of the first paint.
addAtpMatrixPartsStrings();

export interface GroupDialogEditing extends EditorInternals {
  readonly state: Readonly<Pick<EditorState, 'removingGroup'>>;
}

/** The dialog's answer (its submitter's value says `remove` or `cancel`), settled once grid-edits.ts is here. */
function settle(editing: GroupDialogEditing, event: SubmitEvent): void {
  const group = editing.state.removingGroup;
  editing.patch({ removingGroup: undefined });
  const remove = (event.submitter as HTMLButtonElement | null)?.value === 'remove';
  if (group) editing.source.withEdits((m) => m.settleRemove(editing, group, remove));
}

export interface GroupDialogViewContext {
  s: Strings;
  editing: GroupDialogEditing;
}

export function renderRemoveGroupDialog(ctx: GroupDialogViewContext): TemplateResult {
  const { s, editing } = ctx;
  const group = editing.state.removingGroup;
  return html`<dialog class="remove-group" part="dialog" aria-labelledby="remove-group-title">
    <form method="dialog" @submit=${(e: SubmitEvent) => settle(editing, e)}>
      <h2 id="remove-group-title">${group ? s.amRemoveGroupTitle(group.label) : ''}</h2>
      <p>${group ? s.amRemoveGroupText(group.items.length) : ''}</p>
      <p class="actions">
        <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
        <button type="submit" class="button button--danger" part="button" value="remove">
          ${s.amRemoveGroupConfirm}
        </button>
      </p>
    </form>
  </dialog>`;
}
