import { pluralFr } from './plural.js';
import type { PrinciplesStrings } from './principles.js';
import type { PrinciplesPartsKey } from './principles-parts.js';

/**
 * The principles' French that the checklist's first paint needs: config and data issues, statuses, groups,
 * decisions, the commitment.
 */
export const principlesPaintFr: Omit<PrinciplesStrings, PrinciplesPartsKey> = {
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
