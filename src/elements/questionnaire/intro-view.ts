/**
 * The method's own words where the user answers: the config's instructions as a short introduction at the top of
 * the fill step (a disclosure, open until the user closes it; intro-memory.ts remembers that), and one legend
 * above the questions saying what each level of the answer scale means.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QuestionnaireConfig, Strings } from '../../core/runtime.js';

export interface IntroViewContext {
  model: QuestionnaireConfig;
  s: Strings;
  /** The config's language when it differs from the interface's. */
  contentLang: string | undefined;
  /** Whether the introduction is unfolded. */
  open: boolean;
  onToggle(open: boolean): void;
}

/** Nothing when the config has no instructions. */
export function renderIntro({
  model,
  s,
  contentLang,
  open,
  onToggle,
}: IntroViewContext): TemplateResult | typeof nothing {
  if (!model.instructions.length) return nothing;
  return html`<details
    class="intro"
    part="intro"
    ?open=${open}
    @toggle=${(e: Event) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${s.introHeading}</summary>
    <div class="intro-text">${model.instructions.map((p) => html`<p lang=${ifDefined(contentLang)}>${p}</p>`)}</div>
  </details>`;
}

/** What each level of the questionnaire's scale means; nothing when no level has a description. */
export function renderScaleLegend({
  model,
  s,
  contentLang,
}: Pick<IntroViewContext, 'model' | 's' | 'contentLang'>): TemplateResult | typeof nothing {
  const levels = model.scale.levels.filter((l) => l.description);
  if (!levels.length) return nothing;
  return html`<div class="scale-key" part="scale-legend">
    <p class="scale-key-title">${s.scaleLegendHeading}</p>
    <dl class="scale-legend" lang=${ifDefined(contentLang)}>
      ${levels.map(
        (l) =>
          html`<div>
            <dt>${l.label}</dt>
            <dd>${l.description}</dd>
          </div>`,
      )}
    </dl>
  </div>`;
}
