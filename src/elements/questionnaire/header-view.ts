/**
 * The header: the questionnaire's title, when the answers were last saved, and the instructions button (on the
 * steps after the fill step, which shows them as its introduction).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QuestionnaireConfig, Strings } from '../../core/runtime.js';

export interface HeaderViewContext {
  model: QuestionnaireConfig;
  s: Strings;
  /** The config's language when it differs from the interface's. */
  contentLang: string | undefined;
  /** When the answers were last saved, as the interface's language writes it; none before the first save. */
  saved: { date: string; time: string } | undefined;
  /** False on the fill step, whose introduction shows the instructions already. */
  showInstructions: boolean;
  onInstructions(): void;
}

export function renderHeader({
  model,
  s,
  contentLang,
  saved,
  showInstructions,
  onInstructions,
}: HeaderViewContext): TemplateResult {
  return html`<div class="header" part="header">
    <h2 class="title" lang=${ifDefined(contentLang)}>${model.title}</h2>
    <p class="saved">${saved ? s.savedAt(saved.date, saved.time) : s.notSavedYet}</p>
    ${
      showInstructions && model.instructions.length
        ? html`<button type="button" class="button" part="button" aria-haspopup="dialog" @click=${onInstructions}>
            ${s.instructions}
          </button>`
        : nothing
    }
  </div>`;
}
