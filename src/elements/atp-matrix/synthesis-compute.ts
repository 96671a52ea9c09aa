/**
 * The participants' common grid, computed in the Synthesis view's module (loaded on first use): the merge stays
 * out of the first paint. SynthesisMemo keeps what it gives until the config, the participants or the language
 * change.
 */
import {
  analyseAtp,
  fitAtpData,
  mergeAtp,
  parseAtpData,
  type AtpConfig,
  type AtpData,
  type Locale,
  type Strings,
} from '../../core/runtime.js';
import type { AnalysisSource } from './analysis-memo.js';
import type { SynthesisResult } from './synthesis-view.js';

export interface SynthesisInput {
  model: AtpConfig;
  participants: AtpData[];
  locale: Locale;
  /** The element's string overrides (the core's texts follow them). */
  overrides: Partial<Strings> | undefined;
  strings: Strings;
}

/** Merges the grids that can be read; says, for each of the others, its first problem. */
export function computeSynthesis({ model, participants, locale, overrides, strings }: SynthesisInput): SynthesisResult {
  const options = { locale, strings: overrides };
  const valid: AtpData[] = [];
  const kept: number[] = [];
  const problems: string[] = [];
  participants.forEach((p, index) => {
    const parsed = parseAtpData(p as object, options);
    if (parsed.ok) {
      valid.push(fitAtpData(model, parsed.data));
      kept.push(index);
    } else {
      const first = parsed.issues[0];
      problems.push(strings.amInvalidParticipant(index + 1, first ? `${first.path || '/'} — ${first.message}` : ''));
    }
  });
  const merged = mergeAtp(model, valid, options);
  return { merged, problems, kept, analysis: analyseAtp(model, merged.data, options) };
}

export class SynthesisMemo {
  private cache?: { model: AtpConfig; participants: AtpData[]; locale: Locale; result: SynthesisResult };

  constructor(private readonly source: AnalysisSource) {}

  /** The participants' common grid, with the problems of those that could not be read (two grids at least). */
  synthesis(): SynthesisResult | undefined {
    const model = this.source.model();
    const participants = this.source.participants();
    if (!model || !participants || participants.length < 2) return undefined;
    const locale = this.source.locale();
    const c = this.cache;
    if (c?.model === model && c.participants === participants && c.locale === locale) return c.result;
    const overrides = this.source.overrides();
    const result = computeSynthesis({ model, participants, locale, overrides, strings: this.source.strings() });
    this.cache = { model, participants, locale, result };
    return result;
  }
}
