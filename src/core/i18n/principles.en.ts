import type { PrinciplesStrings } from './principles.js';
import { pluralEn } from './plural-en.js';

/** English. */
export const principlesEn: PrinciplesStrings = {
  principlesIssueDuplicateNumber: (number, firstPath) => `The number ${number} is already used (${firstPath}).`,
  principlesIssueMissingStatusKind: (kind) =>
    `No status is of kind “${kind}”: the list needs at least one status of each kind (not-started, in-progress, in-place).`,
  principlesIssueInvalidDate: (received) => `A date written YYYY-MM-DD is expected; received ${received}.`,
  principlesIssueInvalidDateTime: (received) => `An ISO 8601 date and time is expected; received ${received}.`,
  principlesIssueRejectionReasonRequired:
    'A rejected proposal needs the reason for the rejection (“rejectionReason”), owed to those who made it.',
  principlesIssueDoneNotAccepted: (decision) =>
    `Only an accepted proposal can be carried out; this one is “${decision}”.`,

  principlesStatusNotStarted: 'Not started',
  principlesStatusInProgress: 'In progress',
  principlesStatusInPlace: 'In place',

  principlesGroupProviders: 'Service providers',
  principlesGroupDeputyDirectors: 'Deputy directors',
  principlesGroupMiddleManagers: 'Middle managers',
  principlesGroupStaff: 'Staff',
  principlesGroupBeneficiaries: 'Beneficiaries',
  principlesGroupUsers: 'Patients and users',

  principlesDecisionProposed: 'Proposed',
  principlesDecisionAccepted: 'Accepted',
  principlesDecisionRejected: 'Rejected',
  principlesYes: 'Yes',
  principlesNo: 'No',

  principlesCsvId: 'Id',
  principlesCsvText: 'Proposal',
  principlesCsvProposedBy: 'Proposed by',
  principlesCsvDate: 'Date',
  principlesCsvDecision: 'Decision',
  principlesCsvRejectionReason: 'Reason for rejection',
  principlesCsvDone: 'Carried out',
  principlesCsvDoneDate: 'Date carried out',
  principlesCsvNumber: 'No.',
  principlesCsvPrinciple: 'Principle',
  principlesCsvStatus: 'Status',
  principlesCsvEvidence: 'Evidence',
  principlesCsvOwner: 'Owner',
  principlesCsvDueDate: 'Due date',

  principlesCommitmentNone: 'No action proposal recorded yet.',
  principlesCommitmentAccepted: (accepted, proposals, rate) =>
    `${accepted} of ${proposals} ${pluralEn(proposals, 'proposal', 'proposals')} accepted: ${rate}%`,
  principlesCommitmentMet: (threshold) => `the ${threshold}% commitment is met`,
  principlesCommitmentNotMet: (threshold, missing, pending) => {
    const base = `the ${threshold}% commitment is not met: ${missing} more ${pluralEn(missing, 'acceptance', 'acceptances')} needed`;
    if (missing <= pending) return base;
    return pending === 0
      ? `${base}, with no proposal pending`
      : `${base}, with only ${pending} ${pluralEn(pending, 'proposal', 'proposals')} pending`;
  },
  principlesCommitmentDone: (done, accepted) => {
    if (accepted === 1)
      return done === 0 ? 'the accepted one is not carried out yet' : 'the accepted one is carried out';
    if (done === 0) return 'none of them carried out yet';
    if (done === accepted) return 'all of them carried out';
    return `${done} of them carried out`;
  },
  principlesCommitmentSentence: (accepted, verdict, delivery) =>
    `${accepted} — ${verdict}${delivery === null ? '' : `; ${delivery}`}.`,
};
