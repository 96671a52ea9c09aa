/**
 * The storage UI of a document, the same in every widget that keeps one: the saved time, the storage warning
 * (storage-warning.ts, loaded when first shown: its ways out, the load-saved dialog), the erase button and its
 * dialog. Views only: the document controller does the work.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../core/runtime.js';
import type { DocumentController } from './document-controller.js';
import { renderPart } from './lazy-parts.js';
import type { WarningAction } from './storage-warning.js';

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
 * The storage warning (storage-warning.ts, loaded when a problem is first shown, with its sentences): what
 * happened, the way out of a conflict the policy offers (unless `readonly`), then `exports`. Meanwhile the
 * loading state; if it cannot be loaded, a warning that says so, with "Try again".
 */
export function renderDocumentWarning<C, D, S>(
  doc: DocumentController<C, D, S>,
  s: Strings,
  exports: WarningExports,
  readonly: boolean,
): TemplateResult | typeof nothing {
  if (!doc.problem) return nothing;
  // Its sentences came with it: read again (`s` was read before, and a site's overrides of them with them).
  const view = (warning: typeof import('./storage-warning.js')) =>
    html`${warning.renderDocumentWarning(doc, doc.options.i18n.strings, exports, readonly)}`;
  return renderPart(doc.views, 'warning', s, view);
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
