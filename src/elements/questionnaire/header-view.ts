/** The header: the questionnaire's title, when the answers were last saved, and the instructions button. */
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
  onInstructions(): void;
}

export function renderHeader({ model, s, contentLang, saved, onInstructions }: HeaderViewContext): TemplateResult {
  return html`<div class="header" part="header">
    <h2 class="title" lang=${ifDefined(contentLang)}>${model.title}</h2>
    <p class="saved">${saved ? s.savedAt(saved.date, saved.time) : s.notSavedYet}</p>
    ${
      model.instructions.length
        ? html`<button type="button" class="button" part="button" aria-haspopup="dialog" @click=${onInstructions}>
            ${s.instructions}
          </button>`
        : nothing
    }
  </div>`;
}
