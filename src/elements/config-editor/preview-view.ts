/**
 * The real widget beside the editor, drawn from the last config without problems: at a chosen width (1280,
 * 768 or 320 px), in a chosen language, and with sample data (sample.ts): the questionnaire on its result step,
 * the grid on its postures, the checklist with its commitment figures. A view: the
 * element gives it the config, the choices and a fresh memory storage seeded by sample.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ConfigEditorStrings, Locale, StorageAdapter } from '../../core/index.js';

export const PREVIEW_WIDTHS = [1280, 768, 320] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];

export interface PreviewViewContext {
  strings: ConfigEditorStrings;
  tag: string;
  /** The config to show, or `undefined` before the first valid one. */
  config: object | undefined;
  /** A number that changes with every config shown, so that the widget starts afresh. */
  generation: number;
  /** The draft has problems: the preview shows an older version. */
  behind: boolean;
  width: PreviewWidth;
  locale: Locale;
  sample: boolean;
  storage: StorageAdapter;
  onWidth(width: PreviewWidth): void;
  onLocale(locale: Locale): void;
  onSample(on: boolean): void;
}

function widget(ctx: PreviewViewContext): TemplateResult {
  // Each kind's tag is written out: lit binds properties on a known element only.
  if (ctx.tag === 'coop-atp-matrix') {
    return html`<coop-atp-matrix
      show-config-errors
      .config=${ctx.config}
      .storage=${ctx.storage}
      locale=${ctx.locale}
      view=${ctx.sample ? 'postures' : 'grid'}
    ></coop-atp-matrix>`;
  }
  if (ctx.tag === 'coop-principles-checklist') {
    return html`<coop-principles-checklist
      show-config-errors
      .config=${ctx.config}
      .storage=${ctx.storage}
      locale=${ctx.locale}
    ></coop-principles-checklist>`;
  }
  // The preview is a page being edited: a broken config shows its problems, not the visitors' notice.
  return html`<coop-questionnaire
    show-config-errors
    .config=${ctx.config}
    .storage=${ctx.storage}
    locale=${ctx.locale}
    step=${ctx.sample ? 'result' : 'fill'}
  ></coop-questionnaire>`;
}

export function renderPreview(ctx: PreviewViewContext): TemplateResult {
  const s = ctx.strings;
  return html`<div class="preview-controls">
      <fieldset>
        <legend>${s.cePreviewWidth}</legend>
        ${PREVIEW_WIDTHS.map(
          (width) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="preview-width"
                .checked=${ctx.width === width}
                @change=${() => ctx.onWidth(width)}
              />${s.ceWidthPx(width)}</label
            >`,
        )}
      </fieldset>
      <div class="field">
        <label for="preview-locale">${s.cePreviewLocale}</label>
        <select
          id="preview-locale"
          @change=${(e: Event) => ctx.onLocale((e.target as HTMLSelectElement).value as Locale)}
        >
          <option value="fr" ?selected=${ctx.locale === 'fr'}>${s.ceLocaleFr}</option>
          <option value="en" ?selected=${ctx.locale === 'en'}>${s.ceLocaleEn}</option>
        </select>
      </div>
      <label class="choice"
        ><input
          type="checkbox"
          id="preview-sample"
          .checked=${ctx.sample}
          @change=${(e: Event) => ctx.onSample((e.target as HTMLInputElement).checked)}
        />${
          ctx.tag === 'coop-atp-matrix'
            ? s.cePreviewSampleGrid
            : ctx.tag === 'coop-principles-checklist'
              ? s.cePreviewSampleChecklist
              : s.cePreviewSample
        }</label
      >
    </div>
    ${ctx.behind ? html`<p class="notice" part="notice">${s.cePreviewWaiting}</p>` : nothing}
    <div class="preview-scroll" tabindex="0" role="region" aria-label=${`${s.cePreview} (${s.ceWidthPx(ctx.width)})`}>
      <div class="preview-frame preview-frame--${ctx.width}" part="preview">
        ${ctx.config ? keyed(ctx.generation, widget(ctx)) : nothing}
      </div>
    </div>`;
}
