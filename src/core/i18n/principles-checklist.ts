import { pluralFr } from './plural-fr.js';
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

export const principlesChecklistFr: PrinciplesChecklistStrings = {
  pcProgressHeading: 'Où en êtes-vous\u202f?',
  pcProgressText: (inPlace, total, inProgress, notStarted, notAssessed) =>
    total > 0 && notAssessed >= total
      ? `Aucun des ${total} ${pluralFr(total, 'principe', 'principes')} n’est encore évalué.`
      : `${inPlace} ${pluralFr(inPlace, 'principe', 'principes')} sur ${total} en place, ${inProgress} en cours, ${notStarted} pas encore ${pluralFr(notStarted, 'commencé', 'commencés')}.` +
        (notAssessed
          ? ` ${notAssessed} ${pluralFr(notAssessed, 'principe pas encore évalué', 'principes pas encore évalués')}.`
          : ''),
  pcPrinciplesHeading: (count) => `Les ${count} principes`,
  pcPrincipleNumber: (n) => `Principe ${n}`,
  pcStatusLegend: (n) => `Où en est le principe ${n}\u202f?`,
  pcDetails: 'Éléments de preuve, responsable et échéance',
  pcEvidence: 'Éléments de preuve',
  pcOwner: 'Responsable',
  pcDueDate: 'Échéance',
  pcFilterStatus: 'Afficher les principes',
  pcAllStatuses: 'Tous',
  pcStatusesHelp: 'Ce que signifient les statuts',
  pcNoPrincipleMatch: 'Aucun principe n’a ce statut.',
  pcPrerequisiteHeading: (threshold) =>
    `Prérequis\u202f: mettre en œuvre au moins ${threshold} des propositions d’actions`,
  pcGaugeLabel: 'Engagement pris\u202f: part des propositions retenues pour mise en œuvre',
  pcGaugeKeptLabel: 'Engagement tenu\u202f: part des propositions réalisées',
  pcThreshold: (threshold) => `Seuil\u202f: ${threshold}`,
  pcNoRate: 'aucune proposition',
  pcRegisterHeading: 'Registre des propositions d’actions',
  pcAddHeading: 'Enregistrer une proposition',
  pcProposalText: 'Proposition',
  pcProposedBy: 'Proposée par',
  pcOtherGroup: 'Autre groupe…',
  pcOtherGroupName: 'Nom du groupe',
  pcProposalDate: 'Date de la proposition',
  pcAddProposal: 'Ajouter au registre',
  pcTextRequired: 'Saisissez le texte de la proposition.',
  pcGroupRequired: 'Indiquez le groupe qui fait la proposition.',
  pcFiltersLabel: 'Filtrer le registre',
  pcFilterDecision: 'Décision',
  pcFilterAll: 'Toutes',
  pcFilterDone: 'Réalisation',
  pcDoneYes: 'Réalisées',
  pcDoneNo: 'Non réalisées',
  pcFilterGroup: 'Proposée par',
  pcAllGroups: 'Tous les groupes',
  pcShowMore: (count, remaining) =>
    `Afficher ${count} ${pluralFr(count, 'proposition', 'propositions')} de plus (${remaining} ${pluralFr(remaining, 'restante', 'restantes')})`,
  pcShown: (shown, total) =>
    `${shown} ${pluralFr(shown, 'proposition affichée', 'propositions affichées')} sur ${total}.`,
  pcRegisterCaption: 'Propositions d’actions et décisions',
  pcColumnDate: 'Date',
  pcColumnText: 'Proposition',
  pcColumnProposedBy: 'Proposée par',
  pcColumnDecision: 'Décision',
  pcColumnDone: 'Réalisée',
  pcColumnActions: 'Actions',
  pcDecisionOf: (text) => `Décision sur «\u202f${text}\u202f»`,
  pcDoneOf: (text) => `Proposition «\u202f${text}\u202f» réalisée`,
  pcDoneOn: (date) => `le ${date}`,
  pcEdit: 'Modifier',
  pcSave: 'Enregistrer',
  pcRemove: 'Supprimer',
  pcRejectTitle: 'Indiquer pourquoi la proposition n’est pas retenue',
  pcRejectText: (text) =>
    `Ceux qui ont fait la proposition «\u202f${text}\u202f» doivent savoir pourquoi elle n’est pas retenue. Indiquez le motif.`,
  pcRejectReason: 'Motif',
  pcRejectConfirm: 'Ne pas retenir la proposition',
  pcReasonRequired: 'Indiquez le motif\u202f: ceux qui ont fait la proposition ont droit à une réponse.',
  pcRejectedBecause: (reason) => `Motif\u202f: ${reason}`,
  pcRemoveTitle: 'Supprimer cette proposition\u202f?',
  pcRemoveText: (text) => `La proposition «\u202f${text}\u202f» sera supprimée du registre.`,
  pcEmptyRegister: 'Aucune proposition pour le moment\u202f: enregistrez la première ci-dessus.',
  pcNoMatch: 'Aucune proposition ne correspond aux filtres.',
  pcExportCsv: 'Exporter le registre (CSV)',
  pcAnnounceAdded: 'Proposition ajoutée au registre.',
  pcAnnounceDecided: (decision) => `Décision enregistrée\u202f: ${decision}.`,
  pcAnnounceRemoved: 'Proposition supprimée.',
  pcAnnounceStatus: (n, status) => `Principe ${n}\u202f: ${status}.`,
  pcAnnounceDone: (done) => (done ? 'Proposition marquée comme réalisée.' : 'Proposition marquée comme non réalisée.'),
  pcReadonly: 'Lecture seule\u202f: vous ne pouvez pas modifier cette liste ici.',
  pcItemsLegend: 'Éléments de la grille ATP auxquels elle répond (facultatif)',
  pcItemsHint: 'L’attrait qu’elle sert, la peur qu’elle réduit, la tentation qu’elle freine.',
  pcAnswers: 'Répond à\u202f:',
  pcItemRemoved: 'élément supprimé de la grille',
  pcEvaluate: 'Évaluer le résultat',
  pcEvaluateAgain: 'Modifier l’évaluation',
  pcEvaluationLegend: (text) =>
    `Une fois «\u202f${text}\u202f» réalisée, qu’est-ce qui a changé pour les éléments auxquels elle répond\u202f?`,
  pcEvaluationNote: 'Ce qui a été observé (facultatif)',
  pcEvaluationDate: 'Date de l’évaluation',
  pcEvaluationSave: 'Enregistrer le résultat',
  pcEvaluationRequired: 'Choisissez ce qui a changé.',
  pcEvaluationShown: (effect, date) => `Résultat\u202f: ${effect} (évalué le ${date})`,
  pcAnnounceEvaluated: 'Résultat enregistré.',
};
