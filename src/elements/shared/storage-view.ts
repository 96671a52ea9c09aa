/**
 * The storage UI of a document, the same in every widget that keeps one: the saved time, the storage warning
 * with its ways out (exports, and what the conflict policy offers), the load-saved dialog, the erase button
 * and its dialog. Views only: the document controller does the work.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../core/runtime.js';
import { MergePolicy } from './conflict-policy.js';
import type { DocumentController } from './document-controller.js';
import { renderStorageWarning, storageMessage, type WarningAction } from './storage-status.js';

/** The exports the storage warning offers: the JSON one always, a CSV one when the widget has it. */
export interface WarningExports {
  json: () => void;
  csv: WarningAction | undefined;
}

/** "Last saved at …" in the user's locale; "Saved" when a copy was read but this page has not saved since. */
export function renderSaved<C, D, S>(doc: DocumentController<C, D, S>, s: Strings, localeTag: string): TemplateResult {
  const at = doc.savedAt;
  if (!at) return html`<p class="saved">${doc.hasStoredCopy ? s.widgetSaved : s.widgetNotSavedYet}</p>`;
  const date = at.toLocaleDateString(localeTag);
  const time = at.toLocaleTimeString(localeTag, { hour: '2-digit', minute: '2-digit' });
  return html`<p class="saved">${s.savedAt(date, time)}</p>`;
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
  if (policy instanceof MergePolicy) {
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

/** The "erase everything" button and its confirmation dialog. */
export function renderErase<C, D, S>(doc: DocumentController<C, D, S>, s: Strings, readonly: boolean): TemplateResult {
  const dialog = () => doc.host.renderRoot.querySelector<HTMLDialogElement>('dialog.erase');
  return html`
    <button
      type="button"
      class="button"
      part="button"
      aria-haspopup="dialog"
      ?disabled=${readonly}
      @click=${() => dialog()?.showModal()}
    >
      ${s.widgetErase}
    </button>
    <dialog class="erase" part="dialog" aria-labelledby="erase-title">
      <form method="dialog">
        <h2 id="erase-title">${s.widgetEraseTitle}</h2>
        <p>${s.widgetEraseText}</p>
        <p class="actions">
          <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
          <button
            type="submit"
            class="button button--danger"
            part="button"
            value="erase"
            @click=${() => void doc.erase()}
          >
            ${s.widgetErase}
          </button>
        </p>
      </form>
    </dialog>
  `;
}
