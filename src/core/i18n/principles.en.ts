import type { PrinciplesStrings } from './principles.js';
import { pluralEn } from './plural.js';

/** English. */
export const principlesEn: PrinciplesStrings = {
  principlesIssueDuplicateNumber: (number, firstPath) => `The number ${number} is already used (${firstPath}).`,
  principlesIssueMissingStatusKind: (kind) =>
    `No status is of kind “${kind}”: the list needs at least one status of each kind (not-started, in-progress, in-place).`,
  principlesIssueInvalidDate: (received) => `A date written YYYY-MM-DD is expected; received ${received}.`,
  principlesIssueInvalidDateTime: (received) => `An ISO 8601 date and time is expected; received ${received}.`,
  principlesIssueRejectionReasonRequired:
    'A declined proposal needs its reason (“rejectionReason”): those who made it are owed a reasoned reply.',
  principlesIssueDoneNotAccepted: (decision) =>
    `Only an accepted proposal can be marked as carried out; this one is “${decision}”.`,

  principlesStatusNotAssessed: 'Not assessed yet',
  principlesStatusNotStarted: 'Not started',
  principlesStatusInProgress: 'In progress',
  principlesStatusInPlace: 'In place',

  principlesGroupProviders: 'Service providers',
  principlesGroupDeputyDirectors: 'Deputy directors',
  principlesGroupMiddleManagers: 'Middle managers',
  principlesGroupStaff: 'Staff',
  principlesGroupBeneficiaries: 'Beneficiaries',
  principlesGroupUsers: 'Patients and users',

  principlesDecisionProposed: 'Pending',
  principlesDecisionAccepted: 'Accepted',
  principlesDecisionRejected: 'Declined',
  principlesEvaluationBetter: 'Better',
  principlesEvaluationUnchanged: 'No change',
  principlesEvaluationWorse: 'Worse',
  principlesItemLink: (group, item) => `${group} › ${item}`,
  principlesItemRemoved: (item) => `${item} (item removed from the grid)`,
  principlesYes: 'Yes',
  principlesNo: 'No',

  principlesCsvId: 'ID',
  principlesCsvText: 'Proposal',
  principlesCsvProposedBy: 'Proposed by',
  principlesCsvDate: 'Date',
  principlesCsvDecision: 'Decision',
  principlesCsvRejectionReason: 'Reason for declining',
  principlesCsvDone: 'Carried out',
  principlesCsvDoneDate: 'Date carried out',
  principlesCsvItems: 'Grid items it answers',
  principlesCsvEvaluation: 'Result',
  principlesCsvEvaluationNote: 'Note on the result',
  principlesCsvEvaluationDate: 'Date assessed',
  principlesCsvNumber: 'No.',
  principlesCsvPrinciple: 'Principle',
  principlesCsvStatus: 'Status',
  principlesCsvEvidence: 'Evidence',
  principlesCsvOwner: 'Owner',
  principlesCsvDueDate: 'Due date',

  principlesCommitmentNone: 'No action proposal recorded yet.',
  principlesCommitmentRetained: (retained, proposals, rate) =>
    `${retained} of ${proposals} ${pluralEn(proposals, 'proposal', 'proposals')} accepted for implementation: ${rate}%`,
  principlesCommitmentMade: (threshold) => `the ${threshold}% commitment is made`,
  principlesCommitmentNotMade: (threshold, missing, pending) => {
    const base = `the ${threshold}% commitment is not made yet: ${missing} more ${pluralEn(missing, 'proposal', 'proposals')} to accept`;
    if (missing <= pending) return base;
    return pending === 0
      ? `${base}, with no proposal pending`
      : `${base}, with only ${pending} ${pluralEn(pending, 'proposal', 'proposals')} pending`;
  },
  principlesCommitmentCarriedOut: (done, proposals, rate) =>
    `${done} of ${proposals} ${pluralEn(proposals, 'proposal', 'proposals')} carried out: ${rate}%`,
  principlesCommitmentKept: () => 'the commitment is kept',
  principlesCommitmentNotKept: (_threshold, missing, open, notCarriedOut) => {
    const base = `the commitment is not kept yet: ${missing} more ${pluralEn(missing, 'proposal', 'proposals')} to carry out`;
    const retained =
      notCarriedOut === 0
        ? ''
        : ` (${notCarriedOut} accepted ${pluralEn(notCarriedOut, 'proposal is', 'proposals are')} not carried out yet)`;
    if (missing <= open) return base + retained;
    return `${base}${retained}, with only ${open} ${pluralEn(open, 'proposal', 'proposals')} still open`;
  },
  principlesCommitmentSentence: (made, kept) => `${made}. ${kept}.`,
};
