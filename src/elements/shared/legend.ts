import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A scale of a config (trust, intensity, statuses), with the descriptions its authors wrote for its levels. */
export interface LegendList {
  title?: string;
  levels: readonly { label: string; description?: string | undefined }[];
}

/**
 * What a config's levels mean, closed by default under `summary` (a native <details>: keyboard and screen
 * readers know it). Only the levels with a description: nothing at all when there is none to read.
 */
export function renderLegend(summary: string, lists: LegendList[], lang?: string): TemplateResult | typeof nothing {
  const described = lists.filter((l) => l.levels.some((level) => level.description));
  if (!described.length) return nothing;
  return html`<details class="legend" part="legend">
    <summary>${summary}</summary>
    ${described.map(
      (list, i) =>
        html`${list.title ? html`<p class="legend-title" id="legend-${i}">${list.title}</p>` : nothing}
          <dl lang=${ifDefined(lang)} aria-labelledby=${ifDefined(list.title ? `legend-${i}` : undefined)}>
            ${list.levels
              .filter((level) => level.description)
              .map(
                (level) =>
                  html`<dt>${level.label}</dt>
                    <dd>${level.description}</dd>`,
              )}
          </dl>`,
    )}
  </details>`;
}
