/**
 * Where a draft starts: the default content, an empty config, a JSON file, the address of one, or a tag (or
 * JSON) pasted from a page. A view: the element loads and reports.
 */
import { html, type TemplateResult } from 'lit';
import type { ConfigEditorStrings } from '../../core/index.js';

export interface StartViewContext {
  strings: ConfigEditorStrings;
  onDefault(): void;
  onEmpty(): void;
  onFile(file: File): void;
  onUrl(url: string): void;
  onTag(text: string): void;
}

export function renderStart(ctx: StartViewContext): TemplateResult {
  const s = ctx.strings;
  const valueBeside = (event: Event) =>
    (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      'input, textarea',
    )?.value ?? '';
  return html`<details class="start" part="start">
    <summary>${s.ceStartLegend}</summary>
    <div class="start-body">
      <div class="actions">
        <button type="button" class="button" part="button" data-action="start-default" @click=${ctx.onDefault}>
          ${s.ceStartDefault}
        </button>
        <button type="button" class="button" part="button" data-action="start-empty" @click=${ctx.onEmpty}>
          ${s.ceStartEmpty}
        </button>
      </div>
      <div class="field">
        <label for="start-file">${s.ceStartFile}</label>
        <input
          id="start-file"
          type="file"
          accept="application/json,.json"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) ctx.onFile(file);
          }}
        />
      </div>
      <div class="field inline">
        <label for="start-url">${s.ceStartUrl}</label>
        <input id="start-url" type="url" />
        <button
          type="button"
          class="button"
          part="button"
          data-action="start-url"
          @click=${(e: Event) => ctx.onUrl(valueBeside(e))}
        >
          ${s.ceStartUrlLoad}
        </button>
      </div>
      <div class="field">
        <label for="start-tag">${s.ceStartTag}</label>
        <textarea id="start-tag" rows="2" spellcheck="false"></textarea>
        <button
          type="button"
          class="button"
          part="button"
          data-action="start-tag"
          @click=${(e: Event) => ctx.onTag(valueBeside(e))}
        >
          ${s.ceStartTagLoad}
        </button>
      </div>
    </div>
  </details>`;
}
