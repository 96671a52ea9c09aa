/**
 * Where the principles stand, and the two halves of the promoter's commitment to carry out at least a share of
 * the action proposals the stakeholders state (the seed: « s'engager à mettre en œuvre au moins 60 % des
 * propositions d'actions énoncées par les parties prenantes »; 60 is the config's `threshold` by default):
 * the commitment is MADE when enough proposals are retained for implementation, and KEPT when enough are
 * carried out. Both are counted over every proposal stated, pending ones included.
 */
import { getStrings, type Locale, type Strings } from '../i18n/index.js';
import { principleStatus } from './model.js';
import type { PrinciplesConfig, PrinciplesData } from './schema.js';

export interface PrinciplesProgress {
  /** Principles in the config. */
  total: number;
  /** Principles whose status is of kind `in-place`. */
  inPlace: number;
  /** …of kind `in-progress` (several statuses may share a kind). */
  inProgress: number;
  /** …of kind `not-started`: someone said so. A principle not assessed yet is never counted here. */
  notStarted: number;
  /**
   * Principles nobody has assessed yet: no status stored, or a status id the config no longer has. Counted
   * apart, so that a checklist nobody has looked at never reads as "9 not started".
   */
  notAssessed: number;
  /** inPlace ÷ total × 100, unrounded. */
  percentInPlace: number;
}

/** One half of the commitment (made: retained proposals; kept: carried-out proposals), over every proposal. */
export interface CommitmentHalf {
  /** The proposals that count for this half: retained (made), or retained and carried out (kept). */
  count: number;
  /** count ÷ proposals × 100, unrounded; `null` when there is no proposal. */
  rate: number | null;
  /** rate ≥ threshold, decided on the counts (see meetsThreshold); `null` when there is no proposal. */
  met: boolean | null;
  /** The fewest further proposals (to retain, or to carry out) that would meet the threshold; 0 when met. */
  missing: number;
  /**
   * Whether the proposals still open can make up `missing`: the pending ones (made), or the retained ones not
   * carried out yet plus the pending ones (kept).
   */
  reachable: boolean;
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
  /**
   * The commitment made: proposals retained for implementation (`accepted`) over every proposal stated. The
   * same figures as `rate`, `met`, `missing` and `reachable` above, which 0.1 callers read.
   */
  made: CommitmentHalf;
  /** The commitment kept: proposals retained AND carried out over every proposal stated. */
  kept: CommitmentHalf;
  /** Ids of the retained proposals not carried out yet, in register order: what keeping the promise needs. */
  notCarriedOut: string[];
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

/** The smallest k ≥ 0 with meetsThreshold(count + k, …); at most proposals − count since threshold ≤ 100. */
function missingCount(accepted: number, proposals: number, threshold: number): number {
  if (proposals === 0) return 0;
  let k = Math.max(0, Math.ceil((threshold * proposals) / 100) - accepted);
  // The estimate is off by one at most, when threshold × proposals ÷ 100 rounds across a whole number.
  while (k > 0 && meetsThreshold(accepted + k - 1, proposals, threshold)) k -= 1;
  while (!meetsThreshold(accepted + k, proposals, threshold)) k += 1;
  return k;
}

/** One half of the commitment: `count` of `proposals` against `threshold`, with `open` proposals still able to count. */
function half(count: number, proposals: number, threshold: number, open: number): CommitmentHalf {
  const missing = missingCount(count, proposals, threshold);
  return {
    count,
    // Multiplying first keeps whole results exact: 3 × 100 ÷ 5 is 60, where 3 ÷ 5 × 100 is not always.
    rate: proposals === 0 ? null : (count * 100) / proposals,
    met: proposals === 0 ? null : meetsThreshold(count, proposals, threshold),
    missing,
    reachable: missing <= open,
  };
}

/** The state of the principles and of the promoter's commitment. Pure: same inputs, same result. */
export function assessPrinciples(config: PrinciplesConfig, data: PrinciplesData): PrinciplesAssessment {
  let inPlace = 0;
  let inProgress = 0;
  let notStarted = 0;
  let notAssessed = 0;
  const notInPlace: string[] = [];
  for (const principle of config.principles) {
    const kind = principleStatus(config, data, principle.id)?.kind;
    if (kind === 'in-place') inPlace += 1;
    else {
      notInPlace.push(principle.id);
      if (kind === 'in-progress') inProgress += 1;
      else if (kind === 'not-started') notStarted += 1;
      else notAssessed += 1;
    }
  }
  const total = config.principles.length;

  let accepted = 0;
  let rejected = 0;
  let pending = 0;
  let done = 0;
  const notCarriedOut: string[] = [];
  for (const proposal of data.proposals) {
    if (proposal.decision === 'accepted') {
      accepted += 1;
      if (proposal.done) done += 1;
      else notCarriedOut.push(proposal.id);
    } else if (proposal.decision === 'rejected') rejected += 1;
    else pending += 1;
  }
  const proposals = data.proposals.length;
  const { threshold } = config;
  const made = half(accepted, proposals, threshold, pending);
  const kept = half(done, proposals, threshold, accepted - done + pending);

  return {
    progress: {
      total,
      inPlace,
      inProgress,
      notStarted,
      notAssessed,
      percentInPlace: total === 0 ? 0 : (inPlace * 100) / total,
    },
    notInPlace,
    commitment: {
      proposals,
      accepted,
      rejected,
      pending,
      done,
      rate: made.rate,
      deliveryRate: accepted === 0 ? null : (done * 100) / accepted,
      threshold,
      met: made.met,
      missing: made.missing,
      reachable: made.reachable,
      made,
      kept,
      notCarriedOut,
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

/** The two halves of the commitment, each in its own clause (the widget shows each beside its gauge). */
export interface CommitmentSentences {
  /** "31 of 50 proposals retained for implementation: 62% — the 60% commitment is made". */
  made: string;
  /** "12 of 50 proposals carried out: 24% — the commitment is not kept yet: 18 more … to carry out (…)". */
  kept: string;
}

/**
 * Each half of the commitment as a clause, or `null` with no proposal (see `principlesCommitmentNone`): how many
 * proposals are retained, and whether that makes the commitment, saying how many more to retain (and whether
 * enough are pending); how many are carried out, and whether that keeps it, saying how many more to carry out
 * and how many retained ones are not carried out yet. Percentages are rounded for display without ever
 * contradicting the verdict.
 */
export function describeCommitmentHalves(
  assessment: PrinciplesAssessment,
  options: { locale?: Locale; strings?: Partial<Strings> } = {},
): CommitmentSentences | null {
  const locale = options.locale ?? 'fr';
  const s = getStrings(locale, options.strings);
  const c = assessment.commitment;
  const { made, kept } = c;
  if (c.proposals === 0 || made.rate === null || made.met === null || kept.rate === null || kept.met === null) {
    return null;
  }
  const threshold = formatNumber(c.threshold, 3, locale);
  const madeVerdict = made.met
    ? s.principlesCommitmentMade(threshold)
    : s.principlesCommitmentNotMade(threshold, made.missing, c.pending);
  const keptVerdict = kept.met
    ? s.principlesCommitmentKept(threshold)
    : s.principlesCommitmentNotKept(threshold, kept.missing, c.accepted - c.done + c.pending, c.notCarriedOut.length);
  return {
    made: `${s.principlesCommitmentRetained(c.accepted, c.proposals, displayRate(made.rate, c.threshold, made.met, locale))} — ${madeVerdict}`,
    kept: `${s.principlesCommitmentCarriedOut(c.done, c.proposals, displayRate(kept.rate, c.threshold, kept.met, locale))} — ${keptVerdict}`,
  };
}

/**
 * The commitment in plain words, both halves, e.g. "31 of 50 proposals retained for implementation: 62% — the
 * 60% commitment is made. 12 of 50 proposals carried out: 24% — the commitment is not kept yet: 18 more
 * proposals to carry out (19 retained proposals are not carried out yet)." With no proposal, that none is
 * recorded yet.
 */
export function describeCommitment(
  assessment: PrinciplesAssessment,
  options: { locale?: Locale; strings?: Partial<Strings> } = {},
): string {
  const s = getStrings(options.locale ?? 'fr', options.strings);
  const halves = describeCommitmentHalves(assessment, options);
  return halves ? s.principlesCommitmentSentence(halves.made, halves.kept) : s.principlesCommitmentNone;
}
