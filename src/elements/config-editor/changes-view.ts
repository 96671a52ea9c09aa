/**
 * What publishing does to the answers already collected: the previous version (pasted JSON or tag), then the
 * report of questionnaireChanges() — removed and re-scaled questions whose answers become orphans, ids that
 * look renamed with the offer to keep the old one, and a version that must change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigEditorStrings, QuestionChange, QuestionnaireChanges } from '../../core/index.js';

export interface ChangesViewContext {
  strings: ConfigEditorStrings;
  /** Only the questionnaire has a report so far. */
  supported: boolean;
  previousText: string;
  /** Problems of the previous version, when it could not be read. */
  previousIssues: number;
  changes: QuestionnaireChanges | undefined;
  version: string;
  previousVersion: string | undefined;
  onPrevious(text: string): void;
  onKeep(from: string, to: string): void;
}

const list = (items: QuestionChange[]) =>
  html`<ul>
    ${items.map((q) => html`<li><code>${q.id}</code> — ${q.label}</li>`)}
  </ul>`;

function report(ctx: ChangesViewContext, changes: QuestionnaireChanges): TemplateResult {
  const s = ctx.strings;
  return html`<div class="report" part="report">
    ${!changes.affectsData ? html`<p>${s.ceNoChange}</p>` : nothing}
    ${
      changes.versionMustChange
        ? html`<p class="problem" part="problem">${s.ceVersionMustChange(ctx.version)}</p>`
        : changes.contentChanged && ctx.previousVersion === ctx.version
          ? html`<p>${s.ceVersionShouldChange(ctx.version)}</p>`
          : nothing
    }
    ${
      changes.removed.length
        ? html`<p class="problem">${s.ceRemoved(changes.removed.length)}</p>
            ${list(changes.removed)}`
        : nothing
    }
    ${changes.renamed.map(
      (r) =>
        html`<p>
          ${s.ceRenamed(r.from, r.to)}
          <button
            type="button"
            class="button"
            part="button"
            data-action="keep"
            @click=${() => ctx.onKeep(r.from, r.to)}
          >
            ${s.ceKeepAnswers(r.from)}
          </button>
        </p>`,
    )}
    ${
      changes.rescaled.length
        ? html`<p class="problem">${s.ceRescaled(changes.rescaled.length)}</p>
            ${list(changes.rescaled)}`
        : nothing
    }
    ${changes.added.length ? html`<p>${s.ceAddedQuestions(changes.added.length)}</p>` : nothing}
  </div>`;
}

export function renderChanges(ctx: ChangesViewContext): TemplateResult {
  const s = ctx.strings;
  if (!ctx.supported) return html``;
  return html`<div class="field">
      <label for="previous">${s.cePrevious}</label>
      <textarea
        id="previous"
        rows="3"
        spellcheck="false"
        .value=${ctx.previousText}
        @change=${(e: Event) => ctx.onPrevious((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    ${ctx.previousIssues ? html`<p class="problem">${s.cePreviousInvalid(ctx.previousIssues)}</p>` : nothing}
    ${
      ctx.changes
        ? report(ctx, ctx.changes)
        : ctx.previousVersion !== undefined
          ? html`<p>${s.ceChangesWaiting}</p>`
          : ctx.previousIssues
            ? nothing
            : html`<p>${s.ceNoPrevious}</p>`
    }`;
}
