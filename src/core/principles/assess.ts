/**
 * Where the principles stand, and whether the promoter keeps the commitment to accept a share of the
 * stakeholders' action proposals (DOMAIN.md §3: at least 60% by default, `threshold` in the config).
 */
import { getStrings, type Locale, type Strings } from '../i18n/index.js';
import { statusOf } from './model.js';
import type { PrinciplesConfig, PrinciplesData } from './schema.js';

export interface PrinciplesProgress {
  /** Principles in the config. */
  total: number;
  /** Principles whose status is of kind `in-place`. */
  inPlace: number;
  /** …of kind `in-progress` (several statuses may share a kind). */
  inProgress: number;
  /** …of kind `not-started`, including principles with no stored state or an unknown status id. */
  notStarted: number;
  /** inPlace ÷ total × 100, unrounded. */
  percentInPlace: number;
}

export interface CommitmentAssessment {
  /** Proposals in the register, whatever their decision. */
  proposals: number;
  accepted: number;
  rejected: number;
  /** Proposals still awaiting a decision (`proposed`). */
  pending: number;
  /** Accepted proposals carried out; `done` on a proposal that is not accepted does not count. */
  done: number;
  /**
   * accepted ÷ proposals × 100, unrounded; `null` when there is no proposal. Pending proposals count in the
   * denominator: the promise is about every proposal made, not only those already decided.
   */
  rate: number | null;
  /** done ÷ accepted × 100, unrounded; `null` while nothing is accepted. */
  deliveryRate: number | null;
  /** The config's threshold (%). */
  threshold: number;
  /**
   * rate ≥ threshold, decided on the counts rather than the rounded rate: accepted × 100 ≥ threshold ×
   * proposals, with a relative tolerance of 1e-9 for a threshold that is not a whole number (so 3 of 5 meets
   * 60, 599 of 1000 does not). `null` when there is no proposal.
   */
  met: boolean | null;
  /**
   * The fewest further acceptances that would meet the threshold, the number of proposals staying the same
   * (pending ones being accepted): the smallest k ≥ 0 such that accepted + k meets it. 0 when met or when
   * there is no proposal.
   */
  missing: number;
  /** Whether the pending proposals are enough to meet the threshold: missing ≤ pending. */
  reachable: boolean;
}

export interface PrinciplesAssessment {
  progress: PrinciplesProgress;
  /** Ids of the principles not in place, in config order: what is left to do. */
  notInPlace: string[];
  commitment: CommitmentAssessment;
}

/**
 * Whether `accepted` of `proposals` reaches `threshold` %. Integers times 100 are exact in floating point, so
 * for a whole threshold this is exact; the tolerance only absorbs the rounding of threshold × proposals when
 * the threshold has decimals (it cannot hide a real shortfall below 10⁷ proposals).
 */
export function meetsThreshold(accepted: number, proposals: number, threshold: number): boolean {
  const required = threshold * proposals;
  return accepted * 100 >= required - required * 1e-9;
}

/** The smallest k ≥ 0 with meetsThreshold(accepted + k, …); at most proposals − accepted since threshold ≤ 100. */
function missingAcceptances(accepted: number, proposals: number, threshold: number): number {
  if (proposals === 0) return 0;
  let k = Math.max(0, Math.ceil((threshold * proposals) / 100) - accepted);
  // The estimate is off by one at most, when threshold × proposals ÷ 100 rounds across a whole number.
  while (k > 0 && meetsThreshold(accepted + k - 1, proposals, threshold)) k -= 1;
  while (!meetsThreshold(accepted + k, proposals, threshold)) k += 1;
  return k;
}

/** The state of the principles and of the promoter's commitment. Pure: same inputs, same result. */
export function assessPrinciples(config: PrinciplesConfig, data: PrinciplesData): PrinciplesAssessment {
  let inPlace = 0;
  let inProgress = 0;
  let notStarted = 0;
  const notInPlace: string[] = [];
  for (const principle of config.principles) {
    const { kind } = statusOf(config, data, principle.id);
    if (kind === 'in-place') inPlace += 1;
    else {
      notInPlace.push(principle.id);
      if (kind === 'in-progress') inProgress += 1;
      else notStarted += 1;
    }
  }
  const total = config.principles.length;

  let accepted = 0;
  let rejected = 0;
  let pending = 0;
  let done = 0;
  for (const proposal of data.proposals) {
    if (proposal.decision === 'accepted') {
      accepted += 1;
      if (proposal.done) done += 1;
    } else if (proposal.decision === 'rejected') rejected += 1;
    else pending += 1;
  }
  const proposals = data.proposals.length;
  const { threshold } = config;
  const missing = missingAcceptances(accepted, proposals, threshold);

  return {
    progress: {
      total,
      inPlace,
      inProgress,
      notStarted,
      percentInPlace: total === 0 ? 0 : (inPlace * 100) / total,
    },
    notInPlace,
    commitment: {
      proposals,
      accepted,
      rejected,
      pending,
      done,
      // Multiplying first keeps whole results exact: 3 × 100 ÷ 5 is 60, where 3 ÷ 5 × 100 is not always.
      rate: proposals === 0 ? null : (accepted * 100) / proposals,
      deliveryRate: accepted === 0 ? null : (done * 100) / accepted,
      threshold,
      met: proposals === 0 ? null : meetsThreshold(accepted, proposals, threshold),
      missing,
      reachable: missing <= pending,
    },
  };
}

/** A number as the locale writes it, at most `decimals` decimals, no trailing zeros: "62", "59,9", "62.5". */
function formatNumber(value: number, decimals: number, locale: Locale): string {
  const text = String(Number(value.toFixed(decimals)));
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/**
 * The rate as shown: whole when that tells the truth, with as many decimals as needed (up to three) when
 * rounding would cross the threshold — 599 of 1000 at 60% reads "59.9", never "60", beside "not met".
 */
function displayRate(rate: number, threshold: number, met: boolean, locale: Locale): string {
  for (let decimals = 0; decimals <= 3; decimals += 1) {
    const shown = Number(rate.toFixed(decimals));
    if (shown >= threshold === met) return formatNumber(rate, decimals, locale);
  }
  const factor = 1000;
  const bound = met ? Math.ceil(rate * factor) / factor : Math.floor(rate * factor) / factor;
  return formatNumber(bound, 3, locale);
}

/**
 * The commitment in one plain sentence, e.g. "31 of 50 proposals accepted: 62% — the 60% commitment is met;
 * 12 of them carried out." When the threshold is not met, it says how many more acceptances are needed
 * (and whether enough proposals are pending); with no proposal, that none is recorded yet. Percentages are
 * rounded for display without ever contradicting the verdict.
 */
export function describeCommitment(
  assessment: PrinciplesAssessment,
  options: { locale?: Locale; strings?: Partial<Strings> } = {},
): string {
  const locale = options.locale ?? 'fr';
  const s = getStrings(locale, options.strings);
  const c = assessment.commitment;
  if (c.proposals === 0 || c.rate === null || c.met === null) return s.principlesCommitmentNone;
  const threshold = formatNumber(c.threshold, 3, locale);
  const summary = s.principlesCommitmentAccepted(
    c.accepted,
    c.proposals,
    displayRate(c.rate, c.threshold, c.met, locale),
  );
  const verdict = c.met
    ? s.principlesCommitmentMet(threshold)
    : s.principlesCommitmentNotMet(threshold, c.missing, c.pending);
  const delivery = c.accepted === 0 ? null : s.principlesCommitmentDone(c.done, c.accepted);
  return s.principlesCommitmentSentence(summary, verdict, delivery);
}
