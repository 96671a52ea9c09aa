/**
 * The instructions dialog: the config's instructions and what each level of the answer scale means. Loaded right
 * after the first paint (dialogs.ts): the fill step shows the instructions inline, the header's button opens
 * this dialog on the other steps.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QuestionnaireConfig, Strings } from '../../core/runtime.js';

export interface InstructionsViewContext {
  model: QuestionnaireConfig;
  s: Strings;
  /** The config's language when it differs from the interface's. */
  contentLang: string | undefined;
}

/** Nothing when the config has no instructions (the header then has no button to open them). */
export function renderInstructions({
  model,
  s,
  contentLang,
}: InstructionsViewContext): TemplateResult | typeof nothing {
  if (!model.instructions.length) return nothing;
  return html`<dialog class="instructions" part="dialog" aria-labelledby="instructions-title">
    <h3 id="instructions-title" class="dialog-title" tabindex="-1">${s.instructions}</h3>
    ${model.instructions.map((p) => html`<p lang=${ifDefined(contentLang)}>${p}</p>`)}
    <dl class="scale-legend" lang=${ifDefined(contentLang)}>
      ${model.scale.levels.map(
        (l) =>
          html`<dt>${l.label}</dt>
            <dd>${l.description ?? ''}</dd>`,
      )}
    </dl>
    <form method="dialog">
      <button class="button button--primary" part="button button--primary">${s.close}</button>
    </form>
  </dialog>`;
}
