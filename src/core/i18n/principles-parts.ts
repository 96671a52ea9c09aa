import type { PrinciplesStrings } from './principles.js';

/** The keys of this area. */
export type PrinciplesPartsKey =
  | 'principlesEvaluationBetter'
  | 'principlesEvaluationUnchanged'
  | 'principlesEvaluationWorse'
  | 'principlesItemLink'
  | 'principlesItemRemoved'
  | 'principlesCsvId'
  | 'principlesCsvText'
  | 'principlesCsvProposedBy'
  | 'principlesCsvDate'
  | 'principlesCsvDecision'
  | 'principlesCsvRejectionReason'
  | 'principlesCsvDone'
  | 'principlesCsvDoneDate'
  | 'principlesCsvItems'
  | 'principlesCsvEvaluation'
  | 'principlesCsvEvaluationNote'
  | 'principlesCsvEvaluationDate'
  | 'principlesCsvNumber'
  | 'principlesCsvPrinciple'
  | 'principlesCsvStatus'
  | 'principlesCsvEvidence'
  | 'principlesCsvOwner'
  | 'principlesCsvDueDate'
  | 'principlesYes'
  | 'principlesNo';

/**
 * The principles' French that only parts loaded on first use show: a proposal's grid items and evaluation, the
 * CSV's headings, whether a proposal is carried out (the register's table, the CSV); added to the catalog when one of those parts loads (src/core/catalogs/principles-checklist-parts.ts).
 */
export const principlesPartsFr: Pick<PrinciplesStrings, PrinciplesPartsKey> = {
  principlesEvaluationBetter: 'Mieux',
  principlesEvaluationUnchanged: 'Pas de changement',
  principlesEvaluationWorse: 'Moins bien',
  principlesItemLink: (group, item) => `${group} › ${item}`,
  principlesItemRemoved: (item) => `${item} (élément supprimé de la grille)`,
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
  principlesYes: 'Oui',
  principlesNo: 'Non',
};
