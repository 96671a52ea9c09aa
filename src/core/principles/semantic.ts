/** Rules of the principles config and data that need the whole document, checked once the shape is right. */
import type { IssueList, PathKey } from '../shared/issues.js';
import { formatPath } from '../shared/issues.js';
import type { Strings } from '../i18n/index.js';
import { STATUS_KINDS, type Decision, type PrinciplesConfig, type PrinciplesData } from './schema.js';

/** The word for a decision in the user's language. */
export function decisionLabel(decision: Decision, s: Strings): string {
  switch (decision) {
    case 'accepted':
      return s.principlesDecisionAccepted;
    case 'rejected':
      return s.principlesDecisionRejected;
    default:
      return s.principlesDecisionProposed;
  }
}

/** Reports the second and later uses of a value; `message` receives the value and where it was first used. */
function uniques<T>(
  items: readonly T[],
  valueOf: (item: T) => string | number,
  at: PathKey[],
  key: string,
  issues: IssueList,
  message: (value: string | number, firstPath: string) => string,
): void {
  const seen = new Map<string | number, string>();
  items.forEach((item, i) => {
    const value = valueOf(item);
    const firstPath = seen.get(value);
    if (firstPath !== undefined) issues.add([...at, i, key], 'duplicate_id', message(value, firstPath));
    else seen.set(value, formatPath([...at, i, key]));
  });
}

export function checkPrinciplesConfig(config: PrinciplesConfig, issues: IssueList): void {
  const s = issues.strings;
  const duplicateId = (value: string | number, firstPath: string) => s.issueDuplicateId(String(value), firstPath);
  uniques(config.principles, (p) => p.id, ['principles'], 'id', issues, duplicateId);
  uniques(
    config.principles,
    (p) => p.number,
    ['principles'],
    'number',
    issues,
    (value, firstPath) => s.principlesIssueDuplicateNumber(Number(value), firstPath),
  );
  uniques(config.statuses, (status) => status.id, ['statuses'], 'id', issues, duplicateId);
  // Every principle absent from the data is "not started", and the assessment counts the other two kinds:
  // a config without one of them could not say where a principle stands.
  for (const kind of STATUS_KINDS) {
    if (!config.statuses.some((status) => status.kind === kind)) {
      issues.add(['statuses'], 'unknown_reference', s.principlesIssueMissingStatusKind(kind));
    }
  }
  uniques(config.groups, (group) => group.id, ['groups'], 'id', issues, duplicateId);
}

/** `at` is where the data sits in the document (`['data']` in a saved document). */
export function checkPrinciplesData(data: PrinciplesData, issues: IssueList, at: PathKey[] = []): void {
  const s = issues.strings;
  const proposalsAt = [...at, 'proposals'];
  uniques(
    data.proposals,
    (p) => p.id,
    proposalsAt,
    'id',
    issues,
    (value, firstPath) => s.issueDuplicateId(String(value), firstPath),
  );
  data.proposals.forEach((proposal, i) => {
    if (proposal.decision === 'rejected' && !proposal.rejectionReason?.trim()) {
      issues.add([...proposalsAt, i, 'rejectionReason'], 'required', s.principlesIssueRejectionReasonRequired);
    }
    if (proposal.done && proposal.decision !== 'accepted') {
      issues.add(
        [...proposalsAt, i, 'done'],
        'invalid_value',
        s.principlesIssueDoneNotAccepted(decisionLabel(proposal.decision, s)),
      );
    }
  });
}
