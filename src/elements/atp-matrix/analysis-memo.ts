/**
 * What <coop-atp-matrix> computes from its document, memoised: the analysis (means, postures, levers) and the
 * three plans. Each is computed again only when what it comes from changes (the config, the document, the
 * language), not on every render. The synthesis of several participants' grids has its own, with its view
 * (synthesis-compute.ts).
 */
import {
  analyseAtp,
  type buildPlans,
  type AtpAnalysis,
  type AtpConfig,
  type AtpData,
  type AtpPlans,
  type Locale,
  type Strings,
} from '../../core/runtime.js';

/** What the computations read of the element. */
export interface AnalysisSource {
  model(): AtpConfig | undefined;
  data(): AtpData | undefined;
  participants(): AtpData[] | undefined;
  locale(): Locale;
  /** The element's string overrides (the core's texts follow them). */
  overrides(): Partial<Strings> | undefined;
  strings(): Strings;
}

export class AnalysisMemo {
  private cache?: { model: AtpConfig; data: AtpData; locale: Locale; analysis: AtpAnalysis; plans?: AtpPlans };

  constructor(private readonly source: AnalysisSource) {}

  /** The analysis of the document, `undefined` while there is none. */
  analysis(): AtpAnalysis | undefined {
    const model = this.source.model();
    const data = this.source.data();
    if (!model || !data) return undefined;
    const locale = this.source.locale();
    const c = this.cache;
    if (c?.model !== model || c.data !== data || c.locale !== locale) {
      const analysis = analyseAtp(model, data, { locale, strings: this.source.overrides() });
      this.cache = { model, data, locale, analysis };
    }
    return this.cache?.analysis;
  }

  /** The three plans; `build` comes with the module that needs them (the Plans view's, the exports'). */
  plans(build: typeof buildPlans): AtpPlans | undefined {
    const model = this.source.model();
    const data = this.source.data();
    if (!model || !data || !this.analysis() || !this.cache) return undefined;
    this.cache.plans ??= build(model, data, { locale: this.source.locale(), strings: this.source.overrides() });
    return this.cache.plans;
  }
}
