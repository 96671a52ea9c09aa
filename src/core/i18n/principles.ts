import { pluralFr } from './plural-fr.js';
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
  /** Column headings of the principles CSV. */
  principlesCsvNumber: string;
  principlesCsvPrinciple: string;
  principlesCsvStatus: string;
  principlesCsvEvidence: string;
  principlesCsvOwner: string;
  principlesCsvDueDate: string;

  // The commitment sentence (describeCommitment); percentages arrive formatted for the locale ("62", "59,9").
  /** No proposal recorded: the whole sentence. */
  principlesCommitmentNone: string;
  /** "31 of 50 proposals accepted: 62%". */
  principlesCommitmentAccepted: (accepted: number, proposals: number, rate: string) => string;
  /** "the 60% commitment is met". */
  principlesCommitmentMet: (threshold: string) => string;
  /**
   * "the 60% commitment is not met: 2 more acceptances needed", saying so when fewer proposals are pending
   * than acceptances are missing (the threshold can then no longer be reached).
   */
  principlesCommitmentNotMet: (threshold: string, missing: number, pending: number) => string;
  /** "12 of them carried out", of the `accepted` proposals. */
  principlesCommitmentDone: (done: number, accepted: number) => string;
  /** Joins the parts; `delivery` is null when nothing is accepted. */
  principlesCommitmentSentence: (accepted: string, verdict: string, delivery: string | null) => string;
}

export const principlesFr: PrinciplesStrings = {
  principlesIssueDuplicateNumber: (number, firstPath) => `Le numéro ${number} est déjà attribué (${firstPath}).`,
  principlesIssueMissingStatusKind: (kind) =>
    `Aucun statut n’est de type « ${kind} » : la liste doit compter au moins un statut de chaque type (not-started, in-progress, in-place).`,
  principlesIssueInvalidDate: (received) => `Date attendue au format AAAA-MM-JJ ; reçu : ${received}.`,
  principlesIssueInvalidDateTime: (received) => `Date et heure attendues au format ISO 8601 ; reçu : ${received}.`,
  principlesIssueRejectionReasonRequired:
    'Une proposition rejetée doit indiquer le motif du rejet (« rejectionReason »), pour la réponse due à ceux qui l’ont faite.',
  principlesIssueDoneNotAccepted: (decision) =>
    `Seule une proposition acceptée peut être réalisée ; celle-ci est « ${decision} ».`,

  principlesStatusNotStarted: 'Non engagé',
  principlesStatusInProgress: 'En cours',
  principlesStatusInPlace: 'En place',

  principlesGroupProviders: 'Offreurs de service',
  principlesGroupDeputyDirectors: 'Directeurs adjoints',
  principlesGroupMiddleManagers: 'Cadres intermédiaires',
  principlesGroupStaff: 'Personnels',
  principlesGroupBeneficiaries: 'Bénéficiaires',
  principlesGroupUsers: 'Usagers',

  principlesDecisionProposed: 'Proposée',
  principlesDecisionAccepted: 'Acceptée',
  principlesDecisionRejected: 'Rejetée',
  principlesYes: 'Oui',
  principlesNo: 'Non',

  principlesCsvId: 'Identifiant',
  principlesCsvText: 'Proposition',
  principlesCsvProposedBy: 'Proposée par',
  principlesCsvDate: 'Date',
  principlesCsvDecision: 'Décision',
  principlesCsvRejectionReason: 'Motif du rejet',
  principlesCsvDone: 'Réalisée',
  principlesCsvDoneDate: 'Date de réalisation',
  principlesCsvNumber: 'N°',
  principlesCsvPrinciple: 'Principe',
  principlesCsvStatus: 'Statut',
  principlesCsvEvidence: 'Éléments de preuve',
  principlesCsvOwner: 'Responsable',
  principlesCsvDueDate: 'Échéance',

  principlesCommitmentNone: 'Aucune proposition d’action enregistrée pour l’instant.',
  principlesCommitmentAccepted: (accepted, proposals, rate) =>
    `${accepted} ${pluralFr(accepted, 'proposition acceptée', 'propositions acceptées')} sur ${proposals}\u00a0: ${rate}\u00a0%`,
  principlesCommitmentMet: (threshold) => `l’engagement de ${threshold}\u00a0% est tenu`,
  principlesCommitmentNotMet: (threshold, missing, pending) => {
    const base = `l’engagement de ${threshold}\u00a0% n’est pas tenu\u00a0: il manque ${missing} ${pluralFr(missing, 'acceptation', 'acceptations')}`;
    if (missing <= pending) return base;
    return pending === 0
      ? `${base}, et aucune proposition n’est en attente`
      : pending === 1
        ? `${base}, alors qu’il ne reste qu’une proposition en attente`
        : `${base}, alors qu’il ne reste que ${pending} propositions en attente`;
  },
  principlesCommitmentDone: (done, accepted) => {
    if (accepted === 1) return done === 0 ? 'elle n’est pas encore réalisée' : 'elle est réalisée';
    if (done === 0) return 'aucune n’est encore réalisée';
    if (done === accepted) return 'toutes sont réalisées';
    return `${done} d’entre elles ${pluralFr(done, 'est réalisée', 'sont réalisées')}`;
  },
  principlesCommitmentSentence: (accepted, verdict, delivery) =>
    `${accepted} — ${verdict}${delivery === null ? '' : `\u00a0; ${delivery}`}.`,
};
