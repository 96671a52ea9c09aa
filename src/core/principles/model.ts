/**
 * The working data of the principles checklist and the pure functions that edit its principles (the register's
 * proposals are edited by proposals.ts, which only a user's action on the register needs). Each editing function
 * returns new data and leaves its input untouched; given an unknown principle or proposal id it returns the
 * input itself, so `next === data` tells that nothing changed. Arguments that would make the data invalid
 * (an empty text, a malformed date, a rejection without a reason) throw a RangeError: that is a programming
 * error — the element checks what the user typed first.
 */
import { ID_PATTERN } from '../shared/schema.js';
import type { PrincipleState, PrincipleStatus, PrinciplesConfig, PrinciplesData, Proposal } from './schema.js';

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

/** Throws a RangeError unless `value` is a calendar date written YYYY-MM-DD (`what` names it). */
export function checkDate(what: string, value: string): void {
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
