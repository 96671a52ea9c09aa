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

export const principlesFr: PrinciplesStrings = {
  principlesIssueDuplicateNumber: (number, firstPath) => `Le numéro ${number} est déjà attribué (${firstPath}).`,
  principlesIssueMissingStatusKind: (kind) =>
    `Aucun statut n’est de type «\u202f${kind}\u202f»\u202f: la liste doit compter au moins un statut de chaque type (not-started, in-progress, in-place).`,
  principlesIssueInvalidDate: (received) => `Date attendue au format AAAA-MM-JJ\u202f; reçu\u202f: ${received}.`,
  principlesIssueInvalidDateTime: (received) =>
    `Date et heure attendues au format ISO 8601\u202f; reçu\u202f: ${received}.`,
  principlesIssueRejectionReasonRequired:
    'Une proposition non retenue doit indiquer son motif («\u202frejectionReason\u202f»)\u202f: ceux qui l’ont faite ont droit à une réponse motivée.',
  principlesIssueDoneNotAccepted: (decision) =>
    `Seule une proposition retenue peut être marquée comme réalisée\u202f; celle-ci est «\u202f${decision}\u202f».`,

  principlesStatusNotAssessed: 'Pas encore évalué',
  principlesStatusNotStarted: 'Pas commencé',
  principlesStatusInProgress: 'En cours',
  principlesStatusInPlace: 'En place',

  principlesGroupProviders: 'Offreurs de service',
  principlesGroupDeputyDirectors: 'Directeurs adjoints',
  principlesGroupMiddleManagers: 'Cadres intermédiaires',
  principlesGroupStaff: 'Personnels',
  principlesGroupBeneficiaries: 'Bénéficiaires',
  principlesGroupUsers: 'Usagers',

  principlesDecisionProposed: 'En attente',
  principlesDecisionAccepted: 'Retenue',
  principlesDecisionRejected: 'Non retenue',
  principlesEvaluationBetter: 'Mieux',
  principlesEvaluationUnchanged: 'Pas de changement',
  principlesEvaluationWorse: 'Moins bien',
  principlesItemLink: (group, item) => `${group} › ${item}`,
  principlesItemRemoved: (item) => `${item} (élément supprimé de la grille)`,
  principlesYes: 'Oui',
  principlesNo: 'Non',

  principlesCsvId: 'Identifiant',
  principlesCsvText: 'Proposition',
  principlesCsvProposedBy: 'Proposée par',
  principlesCsvDate: 'Date',
  principlesCsvDecision: 'Décision',
  principlesCsvRejectionReason: 'Motif (proposition non retenue)',
  principlesCsvDone: 'Réalisée',
  principlesCsvDoneDate: 'Date de réalisation',
  principlesCsvItems: 'Éléments de la grille auxquels elle répond',
  principlesCsvEvaluation: 'Résultat',
  principlesCsvEvaluationNote: 'Observation sur le résultat',
  principlesCsvEvaluationDate: 'Date de l’évaluation',
  principlesCsvNumber: 'N°',
  principlesCsvPrinciple: 'Principe',
  principlesCsvStatus: 'Statut',
  principlesCsvEvidence: 'Éléments de preuve',
  principlesCsvOwner: 'Responsable',
  principlesCsvDueDate: 'Échéance',

  principlesCommitmentNone: 'Aucune proposition d’actions enregistrée pour l’instant.',
  principlesCommitmentRetained: (retained, proposals, rate) =>
    `${retained} ${pluralFr(retained, 'proposition retenue', 'propositions retenues')} pour mise en œuvre sur ${proposals}\u202f: ${rate}\u00a0%`,
  principlesCommitmentMade: (threshold) => `l’engagement de ${threshold}\u00a0% est pris`,
  principlesCommitmentNotMade: (threshold, missing, pending) => {
    const base = `l’engagement de ${threshold}\u00a0% n’est pas encore pris\u202f: il reste ${missing} ${pluralFr(missing, 'proposition', 'propositions')} à retenir`;
    if (missing <= pending) return base;
    return pending === 0
      ? `${base}, et aucune proposition n’est en attente`
      : pending === 1
        ? `${base}, alors qu’il ne reste qu’une proposition en attente`
        : `${base}, alors qu’il ne reste que ${pending} propositions en attente`;
  },
  principlesCommitmentCarriedOut: (done, proposals, rate) =>
    `${done} ${pluralFr(done, 'proposition réalisée', 'propositions réalisées')} sur ${proposals}\u202f: ${rate}\u00a0%`,
  principlesCommitmentKept: () => 'l’engagement est tenu',
  principlesCommitmentNotKept: (_threshold, missing, open, notCarriedOut) => {
    const base = `l’engagement n’est pas encore tenu\u202f: il reste ${missing} ${pluralFr(missing, 'proposition', 'propositions')} à réaliser`;
    const retained =
      notCarriedOut === 0
        ? ''
        : notCarriedOut === 1
          ? ' (une proposition retenue n’est pas encore réalisée)'
          : ` (${notCarriedOut} propositions retenues ne sont pas encore réalisées)`;
    if (missing <= open) return base + retained;
    return open === 0
      ? `${base}${retained}, et aucune proposition ne reste ouverte`
      : `${base}${retained}, alors qu’il ne reste que ${open} ${pluralFr(open, 'proposition ouverte', 'propositions ouvertes')}`;
  },
  principlesCommitmentSentence: (made, kept) => `${made}. ${kept}.`,
};
