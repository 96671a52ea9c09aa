/**
 * Rules of the principles config and data that need the whole config. The cross-checks (unique ids and
 * numbers) read any input, so they also run when its shape is wrong; the other rules once the shape is right.
 */
import type { IssueList, PathKey } from '../shared/issues.js';
import { checkUnique, listAt } from '../shared/cross-checks.js';
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

/** The config's cross-checks, on any input: ids unique in each list, principle numbers unique. */
export function crossCheckPrinciplesConfig(config: unknown, issues: IssueList): void {
  const s = issues.strings;
  const principles = listAt(config, 'principles');
  checkUnique(principles, ['principles'], issues);
  const message = (value: string | number, firstPath: string) =>
    s.principlesIssueDuplicateNumber(Number(value), firstPath);
  checkUnique(principles, ['principles'], issues, { key: 'number', message });
  checkUnique(listAt(config, 'statuses'), ['statuses'], issues);
  checkUnique(listAt(config, 'groups'), ['groups'], issues);
}

/** The data's cross-checks, on any input: proposal ids are unique. `at` is where the data sits. */
export function crossCheckPrinciplesData(data: unknown, issues: IssueList, at: PathKey[] = []): void {
  checkUnique(listAt(data, 'proposals'), [...at, 'proposals'], issues);
}

export function checkPrinciplesConfig(config: PrinciplesConfig, issues: IssueList): void {
  const s = issues.strings;
  crossCheckPrinciplesConfig(config, issues);
  // Every principle absent from the data is "not started", and the assessment counts the other two kinds:
  // a config without one of them could not say where a principle stands.
  for (const kind of STATUS_KINDS) {
    if (!config.statuses.some((status) => status.kind === kind)) {
      issues.add(['statuses'], 'unknown_reference', s.principlesIssueMissingStatusKind(kind));
    }
  }
}

/** `at` is where the data sits in the saved file (`['data']`). */
export function checkPrinciplesData(data: PrinciplesData, issues: IssueList, at: PathKey[] = []): void {
  const s = issues.strings;
  const proposalsAt = [...at, 'proposals'];
  crossCheckPrinciplesData(data, issues, at);
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
