/**
 * The tabs of <coop-atp-matrix>'s views: a tablist whose selected tab alone is in the tab order (the arrow
 * keys move between them, see views-controller.ts) and controls the panel below it.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Strings } from '../../core/runtime.js';
import type { AtpView } from './atp-matrix.js';

export interface TabsViewContext {
  s: Strings;
  /** The views on offer, in order. */
  views: AtpView[];
  shown: AtpView;
  onKey: (event: KeyboardEvent) => void;
  onSelect: (view: AtpView) => void;
}

export function renderTabs(ctx: TabsViewContext): TemplateResult {
  const { s, shown } = ctx;
  const labels: Record<AtpView, string> = {
    grid: s.amTabGrid,
    postures: s.amTabPostures,
    plans: s.amTabPlans,
    synthesis: s.amTabSynthesis,
  };
  return html`<div
    class="tabs screen-only"
    part="tabs"
    role="tablist"
    aria-label=${s.amTabsLabel}
    @keydown=${ctx.onKey}
  >
    ${ctx.views.map(
      (v) =>
        html`<button
          type="button"
          role="tab"
          id="tab-${v}"
          class=${v === shown ? 'tab tab--selected' : 'tab'}
          part=${v === shown ? 'tab tab--selected' : 'tab'}
          aria-selected=${v === shown ? 'true' : 'false'}
          aria-controls=${ifDefined(v === shown ? `panel-${v}` : undefined)}
          tabindex=${v === shown ? 0 : -1}
          @click=${() => ctx.onSelect(v)}
        >
          ${labels[v]}
        </button>`,
    )}
  </div>`;
}
