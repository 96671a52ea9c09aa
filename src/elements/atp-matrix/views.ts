/**
 * <coop-atp-matrix>'s state → the context of each view, and the view shown: the grid (first paint), or the
 * Postures, Plans and Synthesis views loaded on first use (lazy-parts).
 */
import { html, type TemplateResult } from 'lit';
import {
  type AtpAnalysis,
  type AtpCategory,
  type AtpConfig,
  type AtpData,
  type AtpGroup,
  type AtpGroupAnalysis,
  type AtpItem,
  type AtpPlans,
  type AtpView,
  type buildPlans,
  type ItemLink,
  type Locale,
  type Strings,
} from '../../core/runtime.js';
import { renderPart } from '../shared/lazy-parts.js';
import type { AtpParts } from './grid-parts.js';
import type { EditorController } from './editor-controller.js';
import { renderGrid } from './grid-view.js';
import type { PlansController } from './plans-controller.js';
import type { SynthesisResult } from './synthesis-view.js';

/** What the views read of the element. */
export interface ViewsSource {
  model: AtpConfig;
  data: AtpData;
  analysis: AtpAnalysis;
  s: Strings;
  locale: Locale;
  overrides: Partial<Strings> | undefined;
  readonly: boolean;
  parts: AtpParts;
  /** Whether the postures chart could not be drawn; its controller is made with the view's module. */
  chartFailed: (m: typeof import('./postures-view.js')) => boolean;
  /** The three plans, built with the module that needs them. */
  plans: (build: typeof buildPlans) => AtpPlans | undefined;
  /** The participants' common grid, computed with the Synthesis view's module. */
  synthesis: (m: typeof import('./synthesis-view.js')) => SynthesisResult | undefined;
  editing: EditorController;
  /** The item form, or what stands for it while its module loads or when it cannot be loaded. */
  itemForm: (group: AtpGroup, category: AtpCategory, item?: AtpItem) => TemplateResult;
  /** The plans' controller, made once the Plans view's module has loaded. */
  planning: (m: typeof import('./plans-view.js')) => PlansController;
  /** In a project: the register's proposals' links to the grid. */
  registerLinks: () => ItemLink[] | undefined;
  participantNames: () => string[];
  postureText: (g: AtpGroupAnalysis) => string;
  number: (value: number) => string;
  intensityLabel: (value: number) => string;
  dateLabel: (iso: string) => string;
  joinNames: (names: string[]) => string;
}

export function renderAtpView(view: AtpView, src: ViewsSource): TemplateResult {
  const { model, data, analysis, s, parts, postureText, number, intensityLabel, readonly } = src;
  if (view === 'postures') {
    // Computed at each render of this view only (a walk over the items), with the view's module: out of the
    // first paint.
    return renderPart(parts, view, s, (m) => {
      const chartFailed = src.chartFailed(m);
      const forces = m.postureForces(data, analysis, { locale: src.locale, strings: src.overrides });
      return m.renderPostures({ model, analysis, forces, s, postureText, number, chartFailed });
    });
  }
  if (view === 'plans') {
    const { dateLabel } = src;
    return renderPart(parts, view, s, (m) => {
      const plans = src.plans(m.buildPlans);
      if (!plans) return html``;
      const ctx = { model, data, plans, s, readonly, intensityLabel, dateLabel, registerLinks: src.registerLinks() };
      return m.renderPlans({ ...ctx, editing: src.planning(m) });
    });
  }
  if (view === 'synthesis') {
    const { dateLabel, joinNames } = src;
    const names = src.participantNames();
    return renderPart(parts, view, s, (m) => {
      const synthesis = src.synthesis(m);
      if (!synthesis) return html``;
      return m.renderSynthesis({ model, synthesis, s, postureText, number, names, joinNames, dateLabel });
    });
  }
  const { editing, itemForm } = src;
  return renderGrid({ model, data, analysis, s, readonly, editing, itemForm, postureText, intensityLabel });
}
