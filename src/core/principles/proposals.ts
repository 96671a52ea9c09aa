/**
 * The register's proposals and the pure functions that edit them: record one, change it, decide it, mark it
 * carried out, evaluate it, remove it. Apart from the principles' editing (model.ts), which the checklist's first
 * paint needs, since only a user's action on the register calls these. Same rules as model.ts: new data, the
 * input untouched, the input itself for an unknown id, a RangeError for an argument that would make the data
 * invalid.
 */
import { ID_PATTERN } from '../shared/schema.js';
import { EVALUATION_EFFECTS, type Evaluation, type ItemLink } from '../atp/link-schema.js';
import type { Decision, PrinciplesData, Proposal } from './schema.js';
import { DECISIONS } from './schema.js';
import { checkDate, localDate } from './model.js';

/** What a user types for a new proposal. */
export interface ProposalDraft {
  text: string;
  /** A group id of the config, or free text for a group not listed. */
  proposedBy: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The grid items it answers (linkTo() makes each link); none when left out or empty. */
  items?: readonly ItemLink[];
}

export type ProposalPatch = Partial<ProposalDraft>;

function checkDraft(draft: ProposalPatch): void {
  if (draft.text !== undefined && draft.text.trim() === '') throw new RangeError('A proposal needs a text');
  if (draft.proposedBy !== undefined && typeof draft.proposedBy !== 'string') {
    throw new RangeError('proposedBy is text');
  }
  if (draft.date !== undefined) checkDate('The proposal date', draft.date);
  for (const link of draft.items ?? []) {
    if (!ID_PATTERN.test(link.group) || !ID_PATTERN.test(link.item)) {
      throw new RangeError(`Invalid item link: ${JSON.stringify(link)}`);
    }
  }
}

/** The links without repeats (the same group and item twice), in their order; copies, not the caller's objects. */
function uniqueLinks(links: readonly ItemLink[]): ItemLink[] {
  const seen = new Set<string>();
  const result: ItemLink[] = [];
  for (const link of links) {
    const key = `${link.group}\u0000${link.item}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ group: link.group, item: link.item, ...(link.text === undefined ? {} : { text: link.text }) });
  }
  return result;
}

/** The smallest `proposal-N` (N ≥ 1) no proposal has. */
function freeId(proposals: readonly Proposal[]): string {
  const used = new Set(proposals.map((p) => p.id));
  let n = 1;
  while (used.has(`proposal-${n}`)) n += 1;
  return `proposal-${n}`;
}

/** Records a new proposal, pending and not carried out, at the end of the register. */
export function addProposal(
  data: PrinciplesData,
  draft: ProposalDraft,
  now: Date = new Date(),
): { data: PrinciplesData; id: string } {
  checkDraft(draft);
  if (draft.text === undefined || draft.date === undefined || draft.proposedBy === undefined) {
    throw new RangeError('A proposal needs a text, its author and a date');
  }
  const id = freeId(data.proposals);
  const proposal: Proposal = {
    id,
    text: draft.text,
    proposedBy: draft.proposedBy,
    date: draft.date,
    decision: 'proposed',
    done: false,
    ...(draft.items?.length ? { items: uniqueLinks(draft.items) } : {}),
    updatedAt: now.toISOString(),
  };
  return { data: { ...data, proposals: [...data.proposals, proposal] }, id };
}

function replaceProposal(data: PrinciplesData, id: string, change: (proposal: Proposal) => Proposal): PrinciplesData {
  const index = data.proposals.findIndex((p) => p.id === id);
  const current = data.proposals[index];
  if (!current) return data;
  const proposals = [...data.proposals];
  proposals[index] = change(current);
  return { ...data, proposals };
}

/**
 * Changes what a proposal says, who made it, when, or the grid items it answers (an empty list removes its
 * links); keys left out keep their value.
 */
export function updateProposal(
  data: PrinciplesData,
  id: string,
  patch: ProposalPatch,
  now: Date = new Date(),
): PrinciplesData {
  checkDraft(patch);
  return replaceProposal(data, id, ({ items: old, ...proposal }) => {
    const items = patch.items === undefined ? old : patch.items.length ? uniqueLinks(patch.items) : undefined;
    return {
      ...proposal,
      ...(patch.text === undefined ? {} : { text: patch.text }),
      ...(patch.proposedBy === undefined ? {} : { proposedBy: patch.proposedBy }),
      ...(patch.date === undefined ? {} : { date: patch.date }),
      ...(items ? { items } : {}),
      updatedAt: now.toISOString(),
    };
  });
}

/**
 * Records how a carried-out proposal worked on the items it answers (`evaluation.date`, YYYY-MM-DD, defaults to
 * the local date of `now`), or removes the evaluation (`undefined`). Throws a RangeError for a proposal that is
 * not carried out, an unknown effect or a malformed date.
 */
export function evaluateProposal(
  data: PrinciplesData,
  id: string,
  evaluation: Evaluation | undefined,
  now: Date = new Date(),
): PrinciplesData {
  if (evaluation) {
    if (!EVALUATION_EFFECTS.includes(evaluation.effect)) {
      throw new RangeError(`Unknown effect: ${JSON.stringify(evaluation.effect)}`);
    }
    if (evaluation.date !== undefined) checkDate('The evaluation date', evaluation.date);
  }
  return replaceProposal(data, id, (proposal) => {
    const { evaluation: _old, ...rest } = proposal;
    if (!evaluation) return { ...rest, updatedAt: now.toISOString() };
    if (!(proposal.decision === 'accepted' && proposal.done)) {
      throw new RangeError(`Only a proposal carried out can be evaluated; ${id} is not`);
    }
    const note = evaluation.note?.trim();
    return {
      ...rest,
      evaluation: { effect: evaluation.effect, ...(note ? { note } : {}), date: evaluation.date ?? localDate(now) },
      updatedAt: now.toISOString(),
    };
  });
}

/**
 * Records a decision. Rejecting needs a non-blank reason (a RangeError otherwise, even for an unknown id),
 * owed to those who made the proposal. A proposal that is no longer accepted is no longer carried out
 * (`done` false, `doneDate` removed); one that is no longer rejected loses its rejection reason.
 */
export function decideProposal(
  data: PrinciplesData,
  id: string,
  decision: Decision,
  reason?: string,
  now: Date = new Date(),
): PrinciplesData {
  if (!DECISIONS.includes(decision)) throw new RangeError(`Unknown decision: ${JSON.stringify(decision)}`);
  if (decision === 'rejected' && !reason?.trim()) throw new RangeError('Rejecting a proposal needs a reason');
  return replaceProposal(data, id, (proposal) => {
    const { rejectionReason: _reason, doneDate: _doneDate, ...rest } = proposal;
    const next: Proposal = { ...rest, decision, updatedAt: now.toISOString() };
    if (decision === 'rejected' && reason) next.rejectionReason = reason;
    if (decision === 'accepted') {
      if (proposal.doneDate !== undefined) next.doneDate = proposal.doneDate;
    } else {
      next.done = false;
    }
    return next;
  });
}

/**
 * Marks an accepted proposal carried out (on `date`, YYYY-MM-DD, by default the local date of `now`) or not
 * carried out (its date removed). Throws a RangeError for a proposal that is not accepted.
 */
export function setProposalDone(
  data: PrinciplesData,
  id: string,
  done: boolean,
  date?: string,
  now: Date = new Date(),
): PrinciplesData {
  if (date !== undefined) checkDate('The date carried out', date);
  return replaceProposal(data, id, (proposal) => {
    if (proposal.decision !== 'accepted') {
      throw new RangeError(`Only an accepted proposal can be carried out; ${id} is ${proposal.decision}`);
    }
    const { doneDate: _old, ...rest } = proposal;
    return done
      ? { ...rest, done: true, doneDate: date ?? localDate(now), updatedAt: now.toISOString() }
      : { ...rest, done: false, updatedAt: now.toISOString() };
  });
}

/** Removes a proposal from the register. */
export function removeProposal(data: PrinciplesData, id: string): PrinciplesData {
  const proposals = data.proposals.filter((p) => p.id !== id);
  return proposals.length === data.proposals.length ? data : { ...data, proposals };
}
