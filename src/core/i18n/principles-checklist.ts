import { principlesChecklistPaintFr } from './principles-checklist-paint.js';
import { principlesChecklistPartsFr } from './principles-checklist-parts.js';
/** Strings of the interface of <coop-principles-checklist>. Part of `Strings`: a site overrides any of them. */
export interface PrinciplesChecklistStrings {
  pcProgressHeading: string;
  /**
   * "3 principes sur 9 en place, 2 en cours, 1 pas encore commencé. 3 principes pas encore évalués." Principles
   * nobody has assessed yet are counted apart; when none is assessed, the sentence says only that.
   */
  pcProgressText: (
    inPlace: number,
    total: number,
    inProgress: number,
    notStarted: number,
    notAssessed: number,
  ) => string;
  pcPrinciplesHeading: (count: number) => string;
  pcPrincipleNumber: (n: number) => string;
  pcStatusLegend: (n: number) => string;
  pcDetails: string;
  pcEvidence: string;
  pcOwner: string;
  pcDueDate: string;
  pcFilterStatus: string;
  pcAllStatuses: string;
  /** Opens what the config says each status means. */
  pcStatusesHelp: string;
  pcNoPrincipleMatch: string;
  pcPrerequisiteHeading: (threshold: string) => string;
  /** The gauge of the commitment made (proposals retained for implementation). */
  pcGaugeLabel: string;
  /** The gauge of the commitment kept (proposals carried out). */
  pcGaugeKeptLabel: string;
  pcThreshold: (threshold: string) => string;
  pcNoRate: string;
  pcRegisterHeading: string;
  pcAddHeading: string;
  pcProposalText: string;
  pcProposedBy: string;
  pcOtherGroup: string;
  pcOtherGroupName: string;
  pcProposalDate: string;
  pcAddProposal: string;
  pcTextRequired: string;
  pcGroupRequired: string;
  pcFiltersLabel: string;
  pcFilterDecision: string;
  pcFilterAll: string;
  pcFilterDone: string;
  pcDoneYes: string;
  pcDoneNo: string;
  pcFilterGroup: string;
  pcAllGroups: string;
  pcShown: (shown: number, total: number) => string;
  pcShowMore: (count: number, remaining: number) => string;
  pcRegisterCaption: string;
  pcColumnDate: string;
  pcColumnText: string;
  pcColumnProposedBy: string;
  pcColumnDecision: string;
  pcColumnDone: string;
  pcColumnActions: string;
  pcDecisionOf: (text: string) => string;
  pcDoneOf: (text: string) => string;
  pcDoneOn: (date: string) => string;
  pcEdit: string;
  pcSave: string;
  pcRemove: string;
  pcRejectTitle: string;
  pcRejectText: (text: string) => string;
  pcRejectReason: string;
  pcRejectConfirm: string;
  pcReasonRequired: string;
  pcRejectedBecause: (reason: string) => string;
  pcRemoveTitle: string;
  pcRemoveText: (text: string) => string;
  pcEmptyRegister: string;
  pcNoMatch: string;
  pcExportCsv: string;
  pcAnnounceAdded: string;
  pcAnnounceDecided: (decision: string) => string;
  pcAnnounceRemoved: string;
  pcAnnounceStatus: (n: number, status: string) => string;
  pcAnnounceDone: (done: boolean) => string;
  pcReadonly: string;
  /** The picker of the grid items a proposal answers (principle 5), in a project with a grid. */
  pcItemsLegend: string;
  pcItemsHint: string;
  /** Before the list of the grid items a proposal answers. */
  pcAnswers: string;
  /** The visible mark of a link to an item since removed from the grid. */
  pcItemRemoved: string;
  /** Opens the form that records how a carried-out proposal worked. */
  pcEvaluate: string;
  pcEvaluateAgain: string;
  pcEvaluationLegend: (text: string) => string;
  pcEvaluationNote: string;
  pcEvaluationDate: string;
  pcEvaluationSave: string;
  pcEvaluationRequired: string;
  /** The evaluation recorded: its effect, and the date it was assessed. */
  pcEvaluationShown: (effect: string, date: string) => string;
  pcAnnounceEvaluated: string;
}

/** The French of the whole area: the first paint's and the parts' (each in its own module, see src/core/catalogs/). */
export const principlesChecklistFr: PrinciplesChecklistStrings = {
  ...principlesChecklistPaintFr,
  ...principlesChecklistPartsFr,
};
