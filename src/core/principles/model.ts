/**
 * The working data of the principles checklist and the pure functions that edit it. Each editing function
 * returns new data and leaves its input untouched; given an unknown principle or proposal id it returns the
 * input itself, so `next === data` tells that nothing changed. Arguments that would make the data invalid
 * (an empty text, a malformed date, a rejection without a reason) throw a RangeError: that is a programming
 * error — the element checks what the user typed first.
 */
import { ID_PATTERN } from '../shared/schema.js';
import { EVALUATION_EFFECTS, type Evaluation, type ItemLink } from '../atp/links.js';
import type {
  Decision,
  PrincipleState,
  PrincipleStatus,
  PrinciplesConfig,
  PrinciplesData,
  Proposal,
} from './schema.js';
import { DECISIONS } from './schema.js';

/**
 * Whether a proposal counts as carried out: `done` only counts when it is accepted. Here rather than in
 * register.ts, so that the CSV writer (a part the element loads on demand) does not pull the register's
 * filters into the first paint shared by every widget.
 */
export const isDone = (proposal: Proposal): boolean => proposal.decision === 'accepted' && proposal.done;

/** Empty data: every principle not assessed yet, no proposal. */
export function createPrinciplesData(): PrinciplesData {
  return { principles: {}, proposals: [] };
}

/**
 * Where a principle stands: its stored status, or `null` while it is not assessed yet — no state, a state with
 * no status (evidence typed first), or a status id the config no longer has (someone must look again). A
 * principle nobody has looked at is never counted as "not started".
 */
export function principleStatus(
  config: PrinciplesConfig,
  data: PrinciplesData,
  principleId: string,
): PrincipleStatus | null {
  const stored = Object.hasOwn(data.principles, principleId) ? data.principles[principleId]?.status : undefined;
  if (stored === undefined) return null;
  return config.statuses.find((status) => status.id === stored) ?? null;
}

/**
 * The status a principle has, a not-assessed one read as the first status of kind not-started. Kept for the
 * callers of 0.1; principleStatus() tells a principle nobody has assessed from one that is not started.
 */
export function statusOf(config: PrinciplesConfig, data: PrinciplesData, principleId: string): PrincipleStatus {
  const found =
    principleStatus(config, data, principleId) ||
    config.statuses.find((status) => status.kind === 'not-started') ||
    config.statuses[0];
  // A validated config has a status of each kind.
  if (!found) throw new RangeError('The config has no status');
  return found;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The local calendar date of `now`, YYYY-MM-DD: what the user calls today. */
export function localDate(now: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function checkDate(what: string, value: string): void {
  if (!isCalendarDate(value))
    throw new RangeError(`${what} is not a date written YYYY-MM-DD: ${JSON.stringify(value)}`);
}

function checkPrincipleId(principleId: string): void {
  if (!ID_PATTERN.test(principleId)) throw new RangeError(`Invalid principle id: ${JSON.stringify(principleId)}`);
}

function stateOf(data: PrinciplesData, principleId: string): PrincipleState | undefined {
  return Object.hasOwn(data.principles, principleId) ? data.principles[principleId] : undefined;
}

function withState(data: PrinciplesData, principleId: string, state: PrincipleState): PrinciplesData {
  return { ...data, principles: { ...data.principles, [principleId]: state } };
}

/** Sets a principle's status (a status id of the config); clearPrincipleStatus() takes it back to not assessed. */
export function setPrincipleStatus(
  data: PrinciplesData,
  principleId: string,
  statusId: string,
  now: Date = new Date(),
): PrinciplesData {
  checkPrincipleId(principleId);
  if (!statusId) throw new RangeError('A status id is required');
  return withState(data, principleId, {
    ...stateOf(data, principleId),
    status: statusId,
    updatedAt: now.toISOString(),
  });
}

/**
 * Takes a principle back to "not assessed yet": its status removed, its evidence, owner and due date kept; a
 * principle left with nothing is removed from the data. The input itself when it was not assessed.
 */
export function clearPrincipleStatus(
  data: PrinciplesData,
  principleId: string,
  now: Date = new Date(),
): PrinciplesData {
  checkPrincipleId(principleId);
  const current = stateOf(data, principleId);
  if (current?.status === undefined) return data;
  const { status: _status, updatedAt: _updatedAt, ...rest } = current;
  if (Object.keys(rest).length === 0) {
    const { [principleId]: _removed, ...others } = data.principles;
    return { ...data, principles: others };
  }
  return withState(data, principleId, { ...rest, updatedAt: now.toISOString() });
}

export type PrincipleField = 'evidence' | 'owner' | 'dueDate';

/**
 * Sets a principle's evidence, owner or due date (YYYY-MM-DD); an empty or blank value removes the field.
 * A principle with no state yet gets one with no status: typing evidence does not assess it.
 */
export function setPrincipleField(
  data: PrinciplesData,
  principleId: string,
  field: PrincipleField,
  value: string,
  now: Date = new Date(),
): PrinciplesData {
  checkPrincipleId(principleId);
  if (field !== 'evidence' && field !== 'owner' && field !== 'dueDate') {
    throw new RangeError(`Unknown field: ${JSON.stringify(field)}`);
  }
  const remove = value.trim() === '';
  if (field === 'dueDate' && !remove) checkDate('The due date', value);
  const { [field]: _old, updatedAt: _updatedAt, ...rest } = stateOf(data, principleId) ?? {};
  const state: PrincipleState = { ...rest, ...(remove ? {} : { [field]: value }), updatedAt: now.toISOString() };
  return withState(data, principleId, state);
}

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
