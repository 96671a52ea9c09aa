/**
 * The storage warning, loaded when a widget first shows one (storage-view.ts): each problem's sentence, what the
 * user can do right there (export, settle a conflict), the load-saved dialog. Its French sentences come with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { addStorageFaultStrings } from '../../core/catalogs/storage-faults.js';
import type { Strings } from '../../core/runtime.js';
import type { DocumentController } from './document-controller.js';
import type { StorageMessages, StorageProblem } from './storage-status.js';
import type { WarningExports } from './storage-view.js';

addStorageFaultStrings();

/** The sentence for a problem: corrupt data names where it was set aside, when it could be. */
export function storageMessage(problem: StorageProblem | undefined, messages: StorageMessages): string | undefined {
  if (!problem) return undefined;
  if (problem.reason === 'corrupt') return problem.key ? messages.corrupt(problem.key) : messages.unknown;
  if (problem.reason === 'conflict') return problem.operation === 'read' ? messages.conflictRead : messages.conflict;
  if (problem.operation === 'remove') return messages.notErased;
  return messages[problem.reason];
}

/** A button of the storage warning: an export, or a way out of a conflict (`dialog` when it opens one). */
export interface WarningAction {
  label: string;
  run: () => void;
  dialog?: boolean;
}

/** The storage warning: what happened, and what the user can do about it right there (export, settle). */
export function renderStorageWarning(
  message: string | undefined,
  actions: WarningAction[],
): TemplateResult | typeof nothing {
  if (message === undefined) return nothing;
  return html`<div class="warning" part="warning" role="alert">
    <p>${message}</p>
    <p class="actions">
      ${repeat(
        actions,
        (a) => a.label,
        (a) =>
          html`<button
            type="button"
            class="button"
            part="button"
            aria-haspopup=${ifDefined(a.dialog ? 'dialog' : undefined)}
            @click=${a.run}
          >
            ${a.label}
          </button>`,
      )}
    </p>
  </div>`;
}

/**
 * The storage warning: what happened, the way out of a conflict the policy offers (unless `readonly`), then
 * `exports` (the warning says "export it": the exports are right there, whatever the view).
 */
export function renderDocumentWarning<C, D, S>(
  doc: DocumentController<C, D, S>,
  s: Strings,
  exports: WarningExports,
  readonly: boolean,
): TemplateResult | typeof nothing {
  const problem = doc.problem;
  const texts = doc.texts();
  const message = storageMessage(problem, texts.messages);
  const offered: WarningAction[] = [{ label: texts.exportJson, run: exports.json }];
  if (exports.csv) offered.push(exports.csv);
  const conflict = problem?.reason === 'conflict' && !readonly;
  const policy = doc.policy;
  if ('merge' in policy) {
    const retry: WarningAction[] = conflict ? [{ label: s.storageMergeAgain, run: () => void policy.merge(true) }] : [];
    return renderStorageWarning(message, [...retry, ...offered]);
  }
  const root = doc.host.renderRoot;
  const dialog = () => root.querySelector<HTMLDialogElement>('dialog.load-saved');
  const choices: WarningAction[] = conflict
    ? [
        { label: s.widgetKeepMine, run: () => void policy.keepMine() },
        { label: s.widgetLoadSaved, run: () => dialog()?.showModal(), dialog: true },
      ]
    : [];
  const loadSaved = () => {
    dialog()?.close();
    void policy.loadSaved();
  };
  const confirm = conflict ? renderLoadSavedDialog(s, () => dialog()?.close(), exports.json, loadSaved) : nothing;
  return html`${renderStorageWarning(message, [...choices, ...offered])} ${confirm}`;
}

/** Asks before the saved version replaces this page's (which the user may export first). */
function renderLoadSavedDialog(
  s: Strings,
  cancel: () => void,
  exportJson: () => void,
  loadSaved: () => void,
): TemplateResult {
  return html`<dialog
    class="load-saved"
    part="dialog"
    aria-labelledby="load-saved-title"
    aria-describedby="load-saved-text"
  >
    <h2 id="load-saved-title">${s.widgetLoadSavedTitle}</h2>
    <p id="load-saved-text">${s.widgetLoadSavedText}</p>
    <p class="actions">
      <button type="button" class="button" part="button" @click=${cancel}>${s.cancel}</button>
      <button type="button" class="button" part="button" @click=${exportJson}>${s.widgetExportJson}</button>
      <button type="button" class="button button--danger" part="button" @click=${loadSaved}>
        ${s.widgetLoadSaved}
      </button>
    </p>
  </dialog>`;
}
