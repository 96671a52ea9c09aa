/**
 * What scoring needs of a config, indexed once per config object and reused for every response set scored
 * against it (a portal scores thousands; the widget scores again at each answer): per section its bands, per
 * question its weight, its levels with their points, its non-scored values and whether it is a prerequisite.
 * Keyed by the config object in a WeakMap: a config is immutable once parsed, and its index goes with it.
 */
import type { Band, QuestionnaireConfig, Section } from './schema.js';
import { scaleOf } from './model.js';

export interface QuestionIndex {
  id: string;
  weight: number;
  low: number;
  range: number;
  levels: number[];
  /** Each level's points (weight × its place on the scale), index for index with `levels`. */
  points: number[];
  nonScored: string[];
  prerequisite: boolean;
}

export interface SectionIndex {
  section: Section;
  /** The section's bands: its own, else the config's for sections, else the global ones. */
  bands: readonly Band[];
  subsections: { id: string; questions: QuestionIndex[] }[];
}

const indexes = new WeakMap<QuestionnaireConfig, SectionIndex[]>();

/** The config's scoring index, built on the first call for this config object and kept as long as it lives. */
export function scoreIndex(config: QuestionnaireConfig): SectionIndex[] {
  let index = indexes.get(config);
  if (!index) {
    index = config.sections.map((section) => ({
      section,
      bands: section.bands ?? config.bands.sections ?? config.bands.global,
      subsections: section.subsections.map((subsection) => ({
        id: subsection.id,
        questions: subsection.questions.map((question): QuestionIndex => {
          const scale = scaleOf(config, question);
          const low = scale.levels[0]?.value ?? 0;
          const high = scale.levels[scale.levels.length - 1]?.value ?? 0;
          return {
            id: question.id,
            weight: question.weight,
            low,
            range: high - low,
            levels: scale.levels.map((l) => l.value),
            points: scale.levels.map((l) => (question.weight * (l.value - low)) / (high - low)),
            nonScored: scale.nonScored.map((o) => o.value),
            prerequisite: question.prerequisite,
          };
        }),
      })),
    }));
    indexes.set(config, index);
  }
  return index;
}
