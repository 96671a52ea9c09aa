import { principlesPaintFr } from './principles-paint.js';
import { principlesPartsFr } from './principles-parts.js';
/**
 * Strings of core messages of the principles checklist (src/core/principles): config and data issues, the
 * default labels of statuses and stakeholder groups, decision words, CSV headings, the commitment sentence.
 * Part of `Strings`: a site overrides any of them.
 */
export interface PrinciplesStrings {
  // Issues found by parsePrinciplesConfig / parsePrinciplesData (JSON paths say where).
  /** Two principles carry the same number; `firstPath` is where it first appears. */
  principlesIssueDuplicateNumber: (number: number, firstPath: string) => string;
  /** No status of this kind (`not-started`, `in-progress`, `in-place`) is declared. */
  principlesIssueMissingStatusKind: (kind: string) => string;
  /** A date that is not written YYYY-MM-DD (or a date-time that is not ISO 8601). */
  principlesIssueInvalidDate: (received: string) => string;
  principlesIssueInvalidDateTime: (received: string) => string;
  /** A rejected proposal without the reason given to those who made it. */
  principlesIssueRejectionReasonRequired: string;
  /** A proposal marked carried out while it is not accepted; `decision` is the decision's word. */
  principlesIssueDoneNotAccepted: (decision: string) => string;

  /**
   * A principle nobody has assessed yet (no status stored): the library's own state, before any of the config's
   * statuses, never counted as not started.
   */
  principlesStatusNotAssessed: string;
  /** Labels of the default statuses, used when a config gives none. */
  principlesStatusNotStarted: string;
  principlesStatusInProgress: string;
  principlesStatusInPlace: string;

  /** Labels of the default stakeholder groups (ids shared with the ATP grid), used when a config gives none. */
  principlesGroupProviders: string;
  principlesGroupDeputyDirectors: string;
  principlesGroupMiddleManagers: string;
  principlesGroupStaff: string;
  principlesGroupBeneficiaries: string;
  principlesGroupUsers: string;

  /** What became of an action proposal. */
  principlesDecisionProposed: string;
  principlesDecisionAccepted: string;
  principlesDecisionRejected: string;
  /** The effect seen once a proposal is carried out, on the grid items it answers. */
  principlesEvaluationBetter: string;
  principlesEvaluationUnchanged: string;
  principlesEvaluationWorse: string;
  /** A link to a grid item: its group, then its wording. */
  principlesItemLink: (group: string, item: string) => string;
  /** A link to an item since removed from the grid, still named by the wording it had. */
  principlesItemRemoved: (item: string) => string;
  principlesYes: string;
  principlesNo: string;

  /** Column headings of the proposals CSV. */
  principlesCsvId: string;
  principlesCsvText: string;
  principlesCsvProposedBy: string;
  principlesCsvDate: string;
  principlesCsvDecision: string;
  principlesCsvRejectionReason: string;
  principlesCsvDone: string;
  principlesCsvDoneDate: string;
  /** The grid items a proposal answers (principle 5), one a line. */
  principlesCsvItems: string;
  /** How a carried-out proposal worked: its effect, the note, the date it was assessed. */
  principlesCsvEvaluation: string;
  principlesCsvEvaluationNote: string;
  principlesCsvEvaluationDate: string;
  /** Column headings of the principles CSV. */
  principlesCsvNumber: string;
  principlesCsvPrinciple: string;
  principlesCsvStatus: string;
  principlesCsvEvidence: string;
  principlesCsvOwner: string;
  principlesCsvDueDate: string;

  // The commitment's two halves (describeCommitment); percentages arrive formatted for the locale ("62", "59,9").
  /** No proposal recorded: the whole sentence. */
  principlesCommitmentNone: string;
  /** "31 of 50 proposals retained: 62%" — the figure of the commitment made. */
  principlesCommitmentRetained: (retained: number, proposals: number, rate: string) => string;
  /** "the 60% commitment is made". */
  principlesCommitmentMade: (threshold: string) => string;
  /**
   * "the 60% commitment is not made yet: 2 more proposals to retain", saying so when fewer proposals are pending
   * than are missing (it can then no longer be made).
   */
  principlesCommitmentNotMade: (threshold: string, missing: number, pending: number) => string;
  /** "12 of 50 carried out: 24%" — the figure of the commitment kept. */
  principlesCommitmentCarriedOut: (done: number, proposals: number, rate: string) => string;
  /** "it is kept". */
  principlesCommitmentKept: (threshold: string) => string;
  /**
   * "it is not kept yet: 18 more to carry out", with the retained proposals not carried out yet
   * (`notCarriedOut`), and saying so when the proposals still open (`open`) cannot make up what is missing.
   */
  principlesCommitmentNotKept: (threshold: string, missing: number, open: number, notCarriedOut: number) => string;
  /** Joins the two halves, each a clause of its own. */
  principlesCommitmentSentence: (made: string, kept: string) => string;
}

/** The French of the whole area: the first paint's and the parts' (each in its own module, see src/core/catalogs/). */
export const principlesFr: PrinciplesStrings = { ...principlesPaintFr, ...principlesPartsFr };
