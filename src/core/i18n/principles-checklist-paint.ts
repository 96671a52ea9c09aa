import { pluralFr } from './plural.js';
import type { PrinciplesChecklistStrings } from './principles-checklist.js';
import type { PrinciplesChecklistPartsKey } from './principles-checklist-parts.js';

/**
 * The checklist's French that its first paint shows: the principles, the commitment, the register's form, filters
 * and counts (its table, drawn only once there are proposals, is a part: principles-checklist-parts.ts).
 */
export const principlesChecklistPaintFr: Omit<PrinciplesChecklistStrings, PrinciplesChecklistPartsKey> = {
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
  pcEmptyRegister: 'Aucune proposition pour le moment\u202f: enregistrez la première ci-dessus.',
  pcNoMatch: 'Aucune proposition ne correspond aux filtres.',
  pcExportCsv: 'Exporter le registre (CSV)',
  pcAnnounceStatus: (n, status) => `Principe ${n}\u202f: ${status}.`,
  pcReadonly: 'Lecture seule\u202f: vous ne pouvez pas modifier cette liste ici.',
};
