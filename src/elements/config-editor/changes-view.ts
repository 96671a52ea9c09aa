/**
 * What publishing does to the data already collected: the previous version (pasted JSON or tag), then the
 * kind's report. The questionnaire's is here, from questionnaireChanges(): removed and re-scaled questions
 * whose answers become orphans, ids that look renamed with the offer to keep the old one, and a version that
 * must change (the grid's and the checklist's are in data-changes-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigEditorStrings, QuestionChange, QuestionnaireChanges } from '../../core/index.js';

export interface ChangesViewContext {
  strings: ConfigEditorStrings;
  previousText: string;
  /** Problems of the previous version, when it could not be read. */
  previousIssues: number;
  /** The previous version was read. */
  previousRead: boolean;
  /** The kind's report (renderQuestionnaireReport, data-changes-view.ts), once the draft has no problem. */
  report: TemplateResult | undefined;
  onPrevious(text: string): void;
}

/** What the questionnaire's report needs. */
export interface QuestionnaireReportContext {
  strings: ConfigEditorStrings;
  version: string;
  previousVersion: string | undefined;
  onKeep(from: string, to: string): void;
}

const list = (items: QuestionChange[]) =>
  html`<ul>
    ${items.map((q) => html`<li><code>${q.id}</code> — ${q.label}</li>`)}
  </ul>`;

export function renderQuestionnaireReport(
  ctx: QuestionnaireReportContext,
  changes: QuestionnaireChanges,
): TemplateResult {
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
      ctx.report
        ? ctx.report
        : ctx.previousRead
          ? html`<p>${s.ceChangesWaiting}</p>`
          : ctx.previousIssues
            ? nothing
            : html`<p>${s.ceNoPrevious}</p>`
    }`;
}
