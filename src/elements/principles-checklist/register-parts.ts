/**
 * Names and values the register's views and controllers share: decision labels, the page size, the "other
 * group" choice and today's date.
 */
import type { Decision, Strings } from '../../core/runtime.js';

/** The value of the "other group" choice: a group the list does not have, typed in beside it. */
export const OTHER = '__other';

/** Rows of the register drawn at first, and added by "show more". */
export const PAGE = 100;

export const DECISION_LABEL: Record<Decision, keyof Strings> = {
  proposed: 'principlesDecisionProposed',
  accepted: 'principlesDecisionAccepted',
  rejected: 'principlesDecisionRejected',
};

/** Today as `YYYY-MM-DD` in the user's time zone (what `<input type="date">` shows). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
