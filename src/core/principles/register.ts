/**
 * The proposals register as the element lists it: filtered and sorted. Built for registers of a thousand
 * rows: filtering is one pass, sorting computes each row's key once and sorts in O(n log n).
 */
import type { Locale } from '../i18n/index.js';
import { isDone } from './model.js';
import { DECISIONS, type Decision, type PrinciplesData, type PrinciplesGroup, type Proposal } from './schema.js';

export interface ProposalFilter {
  /** One decision, or `all` (the default). */
  decision?: Decision | 'all';
  /** Carried out or not; a proposal counts as carried out only when it is accepted. */
  done?: boolean;
  /** A group id, or the free text a proposal was recorded with; matched exactly. */
  proposedBy?: string;
}

/** The proposals that pass every criterion given, in register order (a new array). */
export function filterProposals(data: PrinciplesData, filter: ProposalFilter): Proposal[] {
  const { decision, done, proposedBy } = filter;
  return data.proposals.filter(
    (p) =>
      (decision === undefined || decision === 'all' || p.decision === decision) &&
      (done === undefined || isDone(p) === done) &&
      (proposedBy === undefined || p.proposedBy === proposedBy),
  );
}

export type ProposalSortKey = 'date' | 'text' | 'proposedBy' | 'decision';
export type ProposalSortDirection = 'ascending' | 'descending';

/**
 * A sorted copy of `list`. Stable: rows with equal keys keep their order, in both directions. Dates sort
 * chronologically, decisions in the order proposed, accepted, rejected; texts and authors by the locale's
 * collation (in French "Émile" sorts among the E, and "2" before "10"). Authors sort by their group's label
 * when `groups` (the config's) is given, else by what is stored.
 */
export function sortProposals(
  list: readonly Proposal[],
  key: ProposalSortKey,
  direction: ProposalSortDirection,
  locale: Locale,
  groups?: readonly PrinciplesGroup[],
): Proposal[] {
  const sign = direction === 'descending' ? -1 : 1;
  let compare: (a: string, b: string) => number;
  let keyOf: (p: Proposal) => string;
  if (key === 'date') {
    keyOf = (p) => p.date;
    compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  } else if (key === 'decision') {
    keyOf = (p) => String(DECISIONS.indexOf(p.decision));
    compare = (a, b) => Number(a) - Number(b);
  } else {
    const collator = new Intl.Collator(locale, { numeric: true });
    compare = collator.compare;
    if (key === 'text') keyOf = (p) => p.text;
    else {
      const labels = new Map((groups ?? []).map((g) => [g.id, g.label]));
      keyOf = (p) => labels.get(p.proposedBy) ?? p.proposedBy;
    }
  }
  return list
    .map((proposal, index) => ({ proposal, index, key: keyOf(proposal) }))
    .sort((a, b) => sign * compare(a.key, b.key) || a.index - b.index)
    .map((row) => row.proposal);
}
