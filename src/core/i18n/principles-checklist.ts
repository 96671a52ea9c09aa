import { pluralFr } from './plural-fr.js';
/** Strings of the interface of <coop-principles-checklist>. Part of `Strings`: a site overrides any of them. */
export interface PrinciplesChecklistStrings {
  pcProgressHeading: string;
  /** "3 principes sur 9 en place, 2 en cours, 4 non engagés." */
  pcProgressText: (inPlace: number, total: number, inProgress: number, notStarted: number) => string;
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
}

export const principlesChecklistFr: PrinciplesChecklistStrings = {
  pcProgressHeading: 'Où en êtes-vous ?',
  pcProgressText: (inPlace, total, inProgress, notStarted) =>
    `${inPlace} ${pluralFr(inPlace, 'principe', 'principes')} sur ${total} en place, ${inProgress} en cours, ${notStarted} non ${pluralFr(notStarted, 'engagé', 'engagés')}.`,
  pcPrinciplesHeading: (count) => `Les ${count} principes`,
  pcPrincipleNumber: (n) => `Principe ${n}`,
  pcStatusLegend: (n) => `Où en est le principe ${n} ?`,
  pcDetails: 'Éléments de preuve, responsable et échéance',
  pcEvidence: 'Éléments de preuve',
  pcOwner: 'Responsable',
  pcDueDate: 'Échéance',
  pcFilterStatus: 'Afficher les principes',
  pcAllStatuses: 'Tous',
  pcStatusesHelp: 'Ce que signifient les statuts',
  pcNoPrincipleMatch: 'Aucun principe n’a ce statut.',
  pcPrerequisiteHeading: (threshold) => `Prérequis : l’engagement de ${threshold}`,
  pcGaugeLabel: 'Engagement pris : part des propositions retenues pour mise en œuvre',
  pcGaugeKeptLabel: 'Engagement tenu : part des propositions réalisées',
  pcThreshold: (threshold) => `Seuil : ${threshold}`,
  pcNoRate: 'aucune proposition',
  pcRegisterHeading: 'Registre des propositions d’action',
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
  pcRegisterCaption: 'Propositions d’action et décisions',
  pcColumnDate: 'Date',
  pcColumnText: 'Proposition',
  pcColumnProposedBy: 'Proposée par',
  pcColumnDecision: 'Décision',
  pcColumnDone: 'Réalisée',
  pcColumnActions: 'Actions',
  pcDecisionOf: (text) => `Décision sur « ${text} »`,
  pcDoneOf: (text) => `« ${text} » est réalisée`,
  pcDoneOn: (date) => `le ${date}`,
  pcEdit: 'Modifier',
  pcSave: 'Enregistrer',
  pcRemove: 'Supprimer',
  pcRejectTitle: 'Motiver le refus',
  pcRejectText: (text) =>
    `Les parties prenantes doivent savoir pourquoi « ${text} » n’est pas retenue. Indiquez le motif du refus.`,
  pcRejectReason: 'Motif du refus',
  pcRejectConfirm: 'Refuser la proposition',
  pcReasonRequired: 'Un refus doit être motivé : indiquez le motif.',
  pcRejectedBecause: (reason) => `Motif : ${reason}`,
  pcRemoveTitle: 'Supprimer cette proposition ?',
  pcRemoveText: (text) => `« ${text} » sera retirée du registre.`,
  pcEmptyRegister: 'Aucune proposition pour le moment : enregistrez la première ci-dessus.',
  pcNoMatch: 'Aucune proposition ne correspond aux filtres.',
  pcExportCsv: 'Exporter le registre (CSV)',
  pcAnnounceAdded: 'Proposition ajoutée au registre.',
  pcAnnounceDecided: (decision) => `Décision enregistrée : ${decision}.`,
  pcAnnounceRemoved: 'Proposition supprimée.',
  pcAnnounceStatus: (n, status) => `Principe ${n} : ${status}.`,
  pcAnnounceDone: (done) => (done ? 'Proposition marquée comme réalisée.' : 'Proposition marquée comme non réalisée.'),
  pcReadonly: 'Consultation seule : les modifications sont désactivées.',
};
