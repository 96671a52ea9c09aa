/**
 * Out of the editor: download the JSON, the ready-to-paste tag with its copy button, and "Publish", blocked
 * while the core finds problems or while answers are affected and the version is the same; the confirmation
 * dialog when answers already given would become orphans (or, for a grid or a checklist, when the data already
 * stored would read differently).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigEditorStrings } from '../../core/index.js';

export interface PublishViewContext {
  strings: ConfigEditorStrings;
  /** The tag with the config, when the draft has no problem. */
  tag: string | undefined;
  /** Why publishing is not possible now, if it is not. */
  blocked: string | undefined;
  /** Questions whose answers publishing would orphan (asks for confirmation when > 0). */
  affected: number;
  /** The confirmation's title and text, when they are not the questionnaire's (grids or checklists stored). */
  confirmTitle?: string;
  confirmText?: string;
  onDownload(): void;
  onCopy(): void;
  onPublish(): void;
  onConfirm(): void;
  onCancel(): void;
}

export function renderPublish(ctx: PublishViewContext): TemplateResult {
  const s = ctx.strings;
  return html`<div class="publish">
      <div class="field">
        <label for="tag">${s.ceTag}</label>
        <textarea id="tag" rows="3" readonly spellcheck="false" .value=${ctx.tag ?? ''}></textarea>
      </div>
      <div class="actions">
        <button
          type="button"
          class="button"
          part="button"
          data-action="download"
          ?disabled=${!ctx.tag}
          @click=${ctx.onDownload}
        >
          ${s.ceDownload}
        </button>
        <button
          type="button"
          class="button"
          part="button"
          data-action="copy"
          ?disabled=${!ctx.tag}
          @click=${ctx.onCopy}
        >
          ${s.ceCopyTag}
        </button>
        <button
          type="button"
          class="button button--primary"
          part="button button--primary"
          data-action="publish"
          aria-describedby=${ctx.blocked ? 'publish-blocked' : nothing}
          aria-disabled=${ctx.blocked ? 'true' : 'false'}
          @click=${ctx.onPublish}
        >
          ${s.cePublish}
        </button>
      </div>
      ${ctx.blocked ? html`<p id="publish-blocked" class="problem">${ctx.blocked}</p>` : nothing}
    </div>
    <dialog part="dialog" aria-labelledby="confirm-title" @cancel=${ctx.onCancel}>
      <h3 id="confirm-title">${ctx.confirmTitle ?? s.ceConfirmTitle}</h3>
      <p>${ctx.confirmText ?? s.ceConfirmText(ctx.affected)}</p>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          part="button button--primary"
          data-action="confirm"
          @click=${ctx.onConfirm}
        >
          ${s.ceConfirm}
        </button>
        <button type="button" class="button" part="button" data-action="cancel" @click=${ctx.onCancel}>
          ${s.ceCancel}
        </button>
      </div>
    </dialog>`;
}
