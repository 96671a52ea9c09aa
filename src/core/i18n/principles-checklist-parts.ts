import type { PrinciplesChecklistStrings } from './principles-checklist.js';

/** The keys of this area. */
export type PrinciplesChecklistPartsKey =
  | 'pcTextRequired'
  | 'pcGroupRequired'
  | 'pcRejectTitle'
  | 'pcRejectText'
  | 'pcRejectReason'
  | 'pcRejectConfirm'
  | 'pcReasonRequired'
  | 'pcRemoveTitle'
  | 'pcRemoveText'
  | 'pcAnnounceAdded'
  | 'pcAnnounceDecided'
  | 'pcAnnounceRemoved'
  | 'pcAnnounceDone'
  | 'pcAnnounceEvaluated'
  | 'pcItemsLegend'
  | 'pcItemsHint'
  | 'pcAnswers'
  | 'pcItemRemoved'
  | 'pcEvaluate'
  | 'pcEvaluateAgain'
  | 'pcEvaluationLegend'
  | 'pcEvaluationNote'
  | 'pcEvaluationDate'
  | 'pcEvaluationSave'
  | 'pcEvaluationRequired'
  | 'pcEvaluationShown'
  | 'pcRegisterCaption'
  | 'pcColumnDate'
  | 'pcColumnText'
  | 'pcColumnProposedBy'
  | 'pcColumnDecision'
  | 'pcColumnDone'
  | 'pcColumnActions'
  | 'pcDecisionOf'
  | 'pcDoneOf'
  | 'pcDoneOn'
  | 'pcEdit'
  | 'pcSave'
  | 'pcRemove'
  | 'pcRejectedBecause';

/**
 * The checklist's French that only its register's parts loaded on first use show (the table of the proposals, a
 * row being edited, the actions' errors and announcements, the dialogs, the grid items and evaluation of a
 * proposal): added to the
 * catalog when one of those parts loads (src/core/catalogs/principles-checklist-parts.ts).
 */
export const principlesChecklistPartsFr: Pick<PrinciplesChecklistStrings, PrinciplesChecklistPartsKey> = {
  pcTextRequired: 'Saisissez le texte de la proposition.',
  pcGroupRequired: 'Indiquez le groupe qui fait la proposition.',
  pcRejectTitle: 'Indiquer pourquoi la proposition n’est pas retenue',
  pcRejectText: (text) =>
    `Ceux qui ont fait la proposition «\u202f${text}\u202f» doivent savoir pourquoi elle n’est pas retenue. Indiquez le motif.`,
  pcRejectReason: 'Motif',
  pcRejectConfirm: 'Ne pas retenir la proposition',
  pcReasonRequired: 'Indiquez le motif\u202f: ceux qui ont fait la proposition ont droit à une réponse.',
  pcRemoveTitle: 'Supprimer cette proposition\u202f?',
  pcRemoveText: (text) => `La proposition «\u202f${text}\u202f» sera supprimée du registre.`,
  pcAnnounceAdded: 'Proposition ajoutée au registre.',
  pcAnnounceDecided: (decision) => `Décision enregistrée\u202f: ${decision}.`,
  pcAnnounceRemoved: 'Proposition supprimée.',
  pcAnnounceDone: (done) => (done ? 'Proposition marquée comme réalisée.' : 'Proposition marquée comme non réalisée.'),
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
  pcRejectedBecause: (reason) => `Motif\u202f: ${reason}`,
};
