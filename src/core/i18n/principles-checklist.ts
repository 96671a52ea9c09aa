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
  pcNoPrincipleMatch: string;
  pcPrerequisiteHeading: (threshold: string) => string;
  pcGaugeLabel: string;
  pcThreshold: (threshold: string) => string;
  pcNoRate: string;
  /** The warning when the commitment is not met. */
  pcNotMetWarning: (missing: number, reachable: boolean) => string;
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

const plural = (n: number, one: string, other: string) => (n <= 1 ? one : other);

export const principlesChecklistFr: PrinciplesChecklistStrings = {
  pcProgressHeading: 'Où en êtes-vous ?',
  pcProgressText: (inPlace, total, inProgress, notStarted) =>
    `${inPlace} ${plural(inPlace, 'principe', 'principes')} sur ${total} en place, ${inProgress} en cours, ${notStarted} non ${plural(notStarted, 'engagé', 'engagés')}.`,
  pcPrinciplesHeading: (count) => `Les ${count} principes`,
  pcPrincipleNumber: (n) => `Principe ${n}`,
  pcStatusLegend: (n) => `Où en est le principe ${n} ?`,
  pcDetails: 'Éléments de preuve, responsable et échéance',
  pcEvidence: 'Éléments de preuve',
  pcOwner: 'Responsable',
  pcDueDate: 'Échéance',
  pcFilterStatus: 'Afficher les principes',
  pcAllStatuses: 'Tous',
  pcNoPrincipleMatch: 'Aucun principe n’a ce statut.',
  pcPrerequisiteHeading: (threshold) => `Prérequis : l’engagement de ${threshold}`,
  pcGaugeLabel: 'Part des propositions acceptées',
  pcThreshold: (threshold) => `Seuil : ${threshold}`,
  pcNoRate: 'aucune proposition',
  pcNotMetWarning: (missing, reachable) =>
    reachable
      ? `L’engagement n’est pas tenu : il faut accepter encore ${missing} ${plural(missing, 'proposition', 'propositions')} parmi celles en attente.`
      : `L’engagement n’est pas tenu : il faudrait accepter encore ${missing} ${plural(missing, 'proposition', 'propositions')}, plus qu’il n’en reste en attente.`,
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
    `Afficher ${count} ${plural(count, 'proposition', 'propositions')} de plus (${remaining} ${plural(remaining, 'restante', 'restantes')})`,
  pcShown: (shown, total) =>
    `${shown} ${plural(shown, 'proposition affichée', 'propositions affichées')} sur ${total}.`,
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

export const principlesChecklistEn: PrinciplesChecklistStrings = {
  pcProgressHeading: 'Where do you stand?',
  pcProgressText: (inPlace, total, inProgress, notStarted) =>
    `${inPlace} of ${total} ${plural(total, 'principle', 'principles')} in place, ${inProgress} in progress, ${notStarted} not started.`,
  pcPrinciplesHeading: (count) => `The ${count} principles`,
  pcPrincipleNumber: (n) => `Principle ${n}`,
  pcStatusLegend: (n) => `Where does principle ${n} stand?`,
  pcDetails: 'Evidence, owner and due date',
  pcEvidence: 'Evidence',
  pcOwner: 'Owner',
  pcDueDate: 'Due date',
  pcFilterStatus: 'Show principles',
  pcAllStatuses: 'All',
  pcNoPrincipleMatch: 'No principle has this status.',
  pcPrerequisiteHeading: (threshold) => `Prerequisite: the ${threshold} commitment`,
  pcGaugeLabel: 'Share of proposals accepted',
  pcThreshold: (threshold) => `Threshold: ${threshold}`,
  pcNoRate: 'no proposal',
  pcNotMetWarning: (missing, reachable) =>
    reachable
      ? `The commitment is not met: ${missing} more ${plural(missing, 'proposal', 'proposals')} among those pending must be accepted.`
      : `The commitment is not met: ${missing} more ${plural(missing, 'proposal', 'proposals')} would have to be accepted, more than are pending.`,
  pcRegisterHeading: 'Register of action proposals',
  pcAddHeading: 'Record a proposal',
  pcProposalText: 'Proposal',
  pcProposedBy: 'Proposed by',
  pcOtherGroup: 'Another group…',
  pcOtherGroupName: 'Name of the group',
  pcProposalDate: 'Date of the proposal',
  pcAddProposal: 'Add to the register',
  pcTextRequired: 'Enter the text of the proposal.',
  pcGroupRequired: 'Say which group makes the proposal.',
  pcFiltersLabel: 'Filter the register',
  pcFilterDecision: 'Decision',
  pcFilterAll: 'All',
  pcFilterDone: 'Carried out',
  pcDoneYes: 'Carried out',
  pcDoneNo: 'Not carried out',
  pcFilterGroup: 'Proposed by',
  pcAllGroups: 'All groups',
  pcShowMore: (count, remaining) =>
    `Show ${count} more ${plural(count, 'proposal', 'proposals')} (${remaining} remaining)`,
  pcShown: (shown, total) => `${shown} of ${total} ${plural(total, 'proposal', 'proposals')} shown.`,
  pcRegisterCaption: 'Action proposals and decisions',
  pcColumnDate: 'Date',
  pcColumnText: 'Proposal',
  pcColumnProposedBy: 'Proposed by',
  pcColumnDecision: 'Decision',
  pcColumnDone: 'Carried out',
  pcColumnActions: 'Actions',
  pcDecisionOf: (text) => `Decision on “${text}”`,
  pcDoneOf: (text) => `“${text}” is carried out`,
  pcDoneOn: (date) => `on ${date}`,
  pcEdit: 'Edit',
  pcSave: 'Save',
  pcRemove: 'Remove',
  pcRejectTitle: 'Give the reason for the rejection',
  pcRejectText: (text) =>
    `The stakeholders must know why “${text}” is not taken up. Give the reason for the rejection.`,
  pcRejectReason: 'Reason for the rejection',
  pcRejectConfirm: 'Reject the proposal',
  pcReasonRequired: 'A rejection needs a reason: enter it.',
  pcRejectedBecause: (reason) => `Reason: ${reason}`,
  pcRemoveTitle: 'Remove this proposal?',
  pcRemoveText: (text) => `“${text}” will be removed from the register.`,
  pcEmptyRegister: 'No proposal yet: record the first one above.',
  pcNoMatch: 'No proposal matches the filters.',
  pcExportCsv: 'Export the register (CSV)',
  pcAnnounceAdded: 'Proposal added to the register.',
  pcAnnounceDecided: (decision) => `Decision recorded: ${decision}.`,
  pcAnnounceRemoved: 'Proposal removed.',
  pcAnnounceStatus: (n, status) => `Principle ${n}: ${status}.`,
  pcAnnounceDone: (done) => (done ? 'Proposal marked as carried out.' : 'Proposal marked as not carried out.'),
  pcReadonly: 'Read only: changes are disabled.',
};
