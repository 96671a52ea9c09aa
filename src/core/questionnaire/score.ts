/**
 * Scoring of a questionnaire (DOMAIN.md §7, every number from the config):
 * - a question's points = weight × (value − lowest level) ÷ (highest level − lowest level), so a 0–3 scale
 *   gives value ÷ 3; non-scored answers ("don't know", "not applicable") count for completion only;
 * - subsection and section score = Σ points ÷ Σ weights of the scored answers × 100;
 * - global score = mean of the section scores weighted by the sections' weights (sections with no scored
 *   answer are left out); completion = answered ÷ questions × 100;
 * - band = the last band whose `min` ≤ the unrounded score; then cap rules may lower the global band;
 * - provisional while scored answers ÷ questions × 100 < `provisionalBelow` (default 50; 0 = never): a verdict
 *   drawn from a few answers would mislead, so displays hold back the band and the recommendations.
 */
import type { Band, CapRule, QuestionnaireConfig, Responses } from './schema.js';
import { scoreIndex } from './score-index.js';

export interface BandResult {
  id: string;
  label: string;
  min: number;
  recommendation?: string;
}

export interface PartResult {
  id: string;
  /** 0–100, unrounded; `null` while nothing scored has been answered. */
  score: number | null;
  /** 0–100: answered (scored or not) ÷ questions. */
  completion: number;
  answered: number;
  total: number;
}

export interface SectionResult extends PartResult {
  band: BandResult | null;
  subsections: PartResult[];
}

/** A cap rule that lowered the global band, with what triggered it. */
export type CapHit =
  | { rule: 'sectionBelow'; maxBand: string; threshold: number; sectionIds: string[] }
  | { rule: 'prerequisiteNotMet'; maxBand: string; questionIds: string[] };

export interface GlobalResult extends PartResult {
  band: BandResult | null;
  /** The band before caps, when a cap lowered it. */
  uncappedBand?: BandResult;
  /** The caps that lowered the band, the most restrictive first. Absent when none did. */
  cappedBy?: CapHit[];
  /**
   * True while too few questions have a scored answer (below the config's `provisionalBelow` share): the score
   * is indicative only, and the band and recommendations are not to be shown as a verdict.
   */
  provisional: boolean;
  /** How many questions have a scored answer (a level of the scale; "don't know" and the like are not). */
  scoredAnswers: number;
}

export interface Recommendation {
  sectionId: string;
  score: number;
  band: BandResult;
}

export interface QuestionnaireResult {
  questionnaireId: string;
  questionnaireVersion: string;
  global: GlobalResult;
  sections: SectionResult[];
  /** Ids of the questions with no valid answer, in document order. */
  unanswered: string[];
  /** Scored sections whose band carries a recommendation, the weakest first. */
  recommendations: Recommendation[];
  /** True when every question has an answer (scored or not). */
  complete: boolean;
}

const toBand = (band: Band): BandResult =>
  band.recommendation === undefined
    ? { id: band.id, label: band.label, min: band.min }
    : { id: band.id, label: band.label, min: band.min, recommendation: band.recommendation };

/** The band a score falls in: the last one whose lower bound it reaches. */
export function bandFor(bands: readonly Band[], score: number | null): BandResult | null {
  if (score === null) return null;
  let found: Band | undefined;
  for (const band of bands) if (score >= band.min) found = band;
  return found ? toBand(found) : null;
}

/**
 * Removes floating-point noise (2/3 + 2/3 + … giving 59.99999999999999 instead of 60) so that band edges are
 * compared on the true value, while keeping every meaningful decimal: displays round, comparisons don't.
 */
const clean = (x: number) => Math.round(x * 1e9) / 1e9;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : clean((part / whole) * 100));

interface Tally {
  points: number;
  weights: number;
  answered: number;
  total: number;
}

const emptyTally = (): Tally => ({ points: 0, weights: 0, answered: 0, total: 0 });

function add(into: Tally, from: Tally): void {
  into.points += from.points;
  into.weights += from.weights;
  into.answered += from.answered;
  into.total += from.total;
}

function part(id: string, t: Tally): PartResult {
  return {
    id,
    score: t.weights === 0 ? null : clean((t.points / t.weights) * 100),
    completion: percent(t.answered, t.total),
    answered: t.answered,
    total: t.total,
  };
}

/** Scores responses against a validated config. Pure: same inputs, same result, in Node or a browser. */
export function scoreQuestionnaire(config: QuestionnaireConfig, responses: Responses): QuestionnaireResult {
  const unanswered: string[] = [];
  const unmetPrerequisites: string[] = [];
  const sections: SectionResult[] = [];
  const all = emptyTally();

  const { answers } = responses;
  // Loops and locals rather than callbacks and spread objects: a portal may score thousands of sets.
  let weighted = 0;
  let weights = 0;
  let scoredAnswers = 0;
  for (const { section, bands, subsections: subsectionPlans } of scoreIndex(config)) {
    const sectionTally = emptyTally();
    const subsections: PartResult[] = [];
    for (const subsection of subsectionPlans) {
      let total = 0;
      let answered = 0;
      let points = 0;
      let subWeights = 0;
      for (const q of subsection.questions) {
        total += 1;
        // Ids cannot name an inherited member that is an object (ID_PATTERN), so an object here is our own.
        const answer = answers[q.id];
        const value = typeof answer === 'object' && answer !== null ? answer.value : undefined;
        const level = typeof value === 'number' ? q.levels.indexOf(value) : -1;
        if (level >= 0) {
          answered += 1;
          scoredAnswers += 1;
          points += q.points[level] ?? 0;
          subWeights += q.weight;
          if (q.prerequisite && (q.levels[level] ?? 0) < q.low + q.range) unmetPrerequisites.push(q.id);
        } else if (typeof value === 'string' && q.nonScored.includes(value)) {
          answered += 1;
        } else {
          unanswered.push(q.id);
        }
      }
      const t: Tally = { total, answered, points, weights: subWeights };
      subsections.push(part(subsection.id, t));
      add(sectionTally, t);
    }
    const result = part(section.id, sectionTally);
    const band = bandFor(bands, result.score);
    sections.push({
      id: result.id,
      score: result.score,
      completion: result.completion,
      answered: result.answered,
      total: result.total,
      band,
      subsections,
    });
    add(all, sectionTally);
    if (result.score !== null) {
      weighted += result.score * section.weight;
      weights += section.weight;
    }
  }

  const globalScore = weights === 0 ? null : clean(weighted / weights);
  const globalBands = config.bands.global;
  const uncapped = bandFor(globalBands, globalScore);

  const hits = capHits(config.caps, sections, unmetPrerequisites);
  let band = uncapped;
  let cappedBy: CapHit[] | undefined;
  if (uncapped && hits.length) {
    const indexOf = (id: string) => globalBands.findIndex((b) => b.id === id);
    const lowering = hits
      .filter((hit) => indexOf(hit.maxBand) < indexOf(uncapped.id))
      .sort((a, b) => indexOf(a.maxBand) - indexOf(b.maxBand));
    const strictest = lowering[0] ? globalBands[indexOf(lowering[0].maxBand)] : undefined;
    if (strictest) {
      band = toBand(strictest);
      cappedBy = lowering;
    }
  }

  const global: GlobalResult = {
    id: 'global',
    score: globalScore,
    completion: percent(all.answered, all.total),
    answered: all.answered,
    total: all.total,
    band,
    // In whole numbers (× 100 rather than ÷ total): exactly at the threshold is enough, with no float noise.
    provisional: scoredAnswers * 100 < config.provisionalBelow * all.total,
    scoredAnswers,
  };
  if (cappedBy && uncapped) {
    global.cappedBy = cappedBy;
    global.uncappedBand = uncapped;
  }

  const recommendations: Recommendation[] = [];
  for (const s of sections) {
    if (s.score !== null && s.band?.recommendation)
      recommendations.push({ sectionId: s.id, score: s.score, band: s.band });
  }
  if (recommendations.length > 1) recommendations.sort((a, b) => a.score - b.score); // stable: ties keep document order

  return {
    questionnaireId: config.id,
    questionnaireVersion: config.version,
    global,
    sections,
    unanswered,
    recommendations,
    complete: unanswered.length === 0,
  };
}

function capHits(caps: readonly CapRule[], sections: readonly SectionResult[], unmet: readonly string[]): CapHit[] {
  const hits: CapHit[] = [];
  for (const cap of caps) {
    if (cap.rule === 'sectionBelow') {
      const below = sections.filter((s) => s.score !== null && s.score < cap.threshold).map((s) => s.id);
      if (below.length)
        hits.push({ rule: 'sectionBelow', maxBand: cap.maxBand, threshold: cap.threshold, sectionIds: below });
    } else if (unmet.length) {
      hits.push({ rule: 'prerequisiteNotMet', maxBand: cap.maxBand, questionIds: [...unmet] });
    }
  }
  return hits;
}
