/**
 * The posture of each stakeholder group (DOMAIN.md §7), every threshold from the config. With A, P, T the
 * mean intensities of attractions, fears and temptations (0 when a column is empty), C the trust (0 while not
 * rated) and M = max(A, P, T):
 * - M < undeterminedBelow (or no item at all) → undetermined;
 * - else T = M and T > A → opportunist, held back when P ≥ heldBackFrom;
 * - else P = M and P > A → individualist, recoverable when A ≥ recoverableFrom;
 * - else cooperative (A = M), stable when C ≥ stableTrustFrom, fragile otherwise.
 * Means are compared after rounding to 1e-9, so float noise never flips a posture.
 */
import type { ParseOptions } from '../shared/parse.js';
import { getStrings, localeTag, type Locale, type Strings } from '../i18n/index.js';
import { clean } from './model.js';
import { ATP_CATEGORIES, type AtpCategory, type AtpConfig, type AtpData, type AtpGroup } from './schema.js';

export const ATP_POSTURES = ['cooperative', 'opportunist', 'individualist', 'undetermined'] as const;
export type AtpPosture = (typeof ATP_POSTURES)[number];
export type AtpQualifier = 'stable' | 'fragile' | 'held-back' | 'not-held-back' | 'recoverable' | 'not-recoverable';

export interface AtpGroupAnalysis {
  id: string;
  label: string;
  /** Mean intensity of each column (0 when it has no item), rounded to 1e-9. */
  means: Record<AtpCategory, number>;
  /** Number of items in each column. */
  counts: Record<AtpCategory, number>;
  /** The group's trust as rated, `null` while not rated (the rules then count 0). */
  trust: number | null;
  /** M, the strongest of the three means. */
  max: number;
  /** The column the rule picked: temptations (opportunist), fears (individualist), attractions (cooperative). */
  dominant: AtpCategory | null;
  posture: AtpPosture;
  /** `null` for an undetermined group. */
  qualifier: AtpQualifier | null;
  /** One sentence in the locale naming the figures the rule used. */
  explanation: string;
  /** The config's levers for this posture and qualifier. */
  levers: string[];
  /** True when each of the three columns has at least one item. */
  complete: boolean;
}

export interface AtpAnalysis {
  groups: AtpGroupAnalysis[];
}

const formatters = new Map<Locale, Intl.NumberFormat>();

/** A figure as the explanations show it: at most one decimal, in the locale (`0,5` in French). */
export function formatAtpNumber(value: number, locale: Locale): string {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 1 });
    formatters.set(locale, format);
  }
  return format.format(value);
}

/**
 * A figure shown as being below a threshold is rounded down, so that the sentence never reads "2 < 2"
 * for 1.96 < 2.
 */
const below = (value: number, locale: Locale) => formatAtpNumber(Math.floor(clean(value * 10)) / 10, locale);

/** The posture's name with its qualifier, e.g. "Posture coopérative, stable" / "Cooperative, stable". */
export function postureLabel(posture: AtpPosture, qualifier: AtpQualifier | null, strings: Strings): string {
  const names: Record<AtpPosture, string> = {
    cooperative: strings.atpPostureCooperative,
    opportunist: strings.atpPostureOpportunist,
    individualist: strings.atpPostureIndividualist,
    undetermined: strings.atpPostureUndetermined,
  };
  const qualifiers: Record<AtpQualifier, string> = {
    stable: strings.atpQualifierStable,
    fragile: strings.atpQualifierFragile,
    'held-back': strings.atpQualifierHeldBack,
    'not-held-back': strings.atpQualifierNotHeldBack,
    recoverable: strings.atpQualifierRecoverable,
    'not-recoverable': strings.atpQualifierNotRecoverable,
  };
  return qualifier ? strings.atpPostureWithQualifier(names[posture], qualifiers[qualifier]) : names[posture];
}

function leversFor(config: AtpConfig, posture: AtpPosture, qualifier: AtpQualifier | null): string[] {
  const { levers } = config;
  switch (posture) {
    case 'cooperative':
      return [...(qualifier === 'stable' ? levers.cooperative.stable : levers.cooperative.fragile)];
    case 'opportunist':
      return [...(qualifier === 'held-back' ? levers.opportunist['held-back'] : levers.opportunist['not-held-back'])];
    case 'individualist':
      return [
        ...(qualifier === 'recoverable' ? levers.individualist.recoverable : levers.individualist['not-recoverable']),
      ];
    default:
      return [...levers.undetermined];
  }
}

function analyseGroup(config: AtpConfig, group: AtpGroup, s: Strings, locale: Locale): AtpGroupAnalysis {
  const sums: Record<AtpCategory, number> = { attractions: 0, fears: 0, temptations: 0 };
  const counts: Record<AtpCategory, number> = { attractions: 0, fears: 0, temptations: 0 };
  for (const item of group.items) {
    if (!Object.hasOwn(sums, item.category)) continue;
    sums[item.category] += item.intensity;
    counts[item.category] += 1;
  }
  const means = Object.fromEntries(
    ATP_CATEGORIES.map((c) => [c, counts[c] ? clean(sums[c] / counts[c]) : 0]),
  ) as Record<AtpCategory, number>;
  const { attractions: a, fears: p, temptations: t } = means;
  const c = clean(group.trust ?? 0);
  const max = Math.max(a, p, t);
  const th = config.postures;
  const f = (x: number) => formatAtpNumber(x, locale);
  const items = group.items.length;

  let posture: AtpPosture;
  let qualifier: AtpQualifier | null;
  let dominant: AtpCategory | null;
  let explanation: string;
  if (items === 0 || max < th.undeterminedBelow) {
    posture = 'undetermined';
    qualifier = null;
    dominant = null;
    const label = postureLabel(posture, qualifier, s);
    explanation =
      items === 0
        ? s.atpExplainEmpty(label)
        : s.atpExplainUndetermined(label, below(max, locale), f(th.undeterminedBelow));
  } else if (t === max && t > a) {
    posture = 'opportunist';
    dominant = 'temptations';
    const held = p >= th.heldBackFrom;
    qualifier = held ? 'held-back' : 'not-held-back';
    const label = postureLabel(posture, qualifier, s);
    explanation = held
      ? s.atpExplainOpportunistHeldBack(label, f(t), f(a), f(p), f(th.heldBackFrom))
      : s.atpExplainOpportunistNotHeldBack(label, f(t), f(a), below(p, locale), f(th.heldBackFrom));
  } else if (p === max && p > a) {
    posture = 'individualist';
    dominant = 'fears';
    const recoverable = a >= th.recoverableFrom;
    qualifier = recoverable ? 'recoverable' : 'not-recoverable';
    const label = postureLabel(posture, qualifier, s);
    explanation = recoverable
      ? s.atpExplainIndividualistRecoverable(label, f(p), f(a), f(th.recoverableFrom))
      : s.atpExplainIndividualistNotRecoverable(label, f(p), below(a, locale), f(th.recoverableFrom));
  } else {
    posture = 'cooperative';
    dominant = 'attractions';
    const stable = c >= th.stableTrustFrom;
    qualifier = stable ? 'stable' : 'fragile';
    const label = postureLabel(posture, qualifier, s);
    const tie = a === p || a === t;
    explanation = stable
      ? s.atpExplainCooperativeStable(label, f(a), f(p), f(t), tie, f(c), f(th.stableTrustFrom))
      : s.atpExplainCooperativeFragile(
          label,
          f(a),
          f(p),
          f(t),
          tie,
          group.trust === null ? null : below(c, locale),
          f(th.stableTrustFrom),
        );
  }

  return {
    id: group.id,
    label: group.label,
    means,
    counts,
    trust: group.trust,
    max,
    dominant,
    posture,
    qualifier,
    explanation,
    levers: leversFor(config, posture, qualifier),
    complete: ATP_CATEGORIES.every((cat) => counts[cat] > 0),
  };
}

/** The posture of every group of a grid, in the grid's order; `options.locale` is the explanations' language. */
export function analyseAtp(config: AtpConfig, data: AtpData, options: ParseOptions = {}): AtpAnalysis {
  const locale = options.locale ?? 'fr';
  const s = getStrings(locale, options.strings);
  return { groups: data.groups.map((group) => analyseGroup(config, group, s, locale)) };
}
