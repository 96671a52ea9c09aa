import { pluralFr } from './plural.js';
/**
 * Strings of <coop-project> and of the links it makes between widgets. Part of `Strings`: a site overrides any
 * of them.
 */
export interface CoopProjectStrings {
  cpToolbarLabel: string;
  cpExport: string;
  cpImport: string;
  cpAtpCompleteness: (complete: number, total: number) => string;
  cpPlans: (objectives: number, risks: number, charter: number) => string;
  cpOpenGrid: string;
  cpSectionScore: (section: string, score: string) => string;
  cpSectionNoScore: (section: string) => string;
  cpSeeSection: (section: string) => string;
  cpSeePrinciple: (n: number) => string;
  cpGroupAdded: (group: string) => string;
  /** The label of the toolbar's group of report buttons. */
  cpReport: string;
  cpReportPrint: string;
  cpReportHtml: string;
  cpReportJson: string;
  /** The report could not be drawn up (its module did not load, say). */
  cpReportFailed: (detail: string) => string;
}

export const coopProjectFr: CoopProjectStrings = {
  cpToolbarLabel: 'Projet de coopération',
  cpExport: 'Exporter le projet (JSON)',
  cpImport: 'Importer un projet…',
  cpAtpCompleteness: (complete, total) =>
    `Grille ATP\u202f: ${complete} ${pluralFr(complete, 'groupe', 'groupes')} sur ${total} ${pluralFr(complete, 'a', 'ont')} au moins un attrait, une peur et une tentation.`,
  cpPlans: (objectives, risks, charter) =>
    `Les trois plans\u202f: ${objectives} ${pluralFr(objectives, 'objectif', 'objectifs')} au plan de management des objectifs, ${risks} ${pluralFr(risks, 'risque', 'risques')} au plan de gestion des risques, ${charter} ${pluralFr(charter, 'règle', 'règles')} dans la charte des bonnes pratiques relationnelles.`,
  cpOpenGrid: 'Ouvrir la grille',
  cpSectionScore: (section, score) => `Questionnaire, section «\u202f${section}\u202f»\u202f: ${score}`,
  cpSectionNoScore: (section) => `Questionnaire, section «\u202f${section}\u202f»\u202f: pas encore de score`,
  cpSeeSection: (section) => `Voir la section «\u202f${section}\u202f»`,
  cpSeePrinciple: (n) => `Voir le principe ${n}`,
  cpGroupAdded: (group) =>
    `Le groupe «\u202f${group}\u202f» a été ajouté à la grille des attraits, peurs et tentations.`,
  cpReport: 'Rapport',
  cpReportPrint: 'Imprimer le rapport',
  cpReportHtml: 'Télécharger le rapport (HTML)',
  cpReportJson: 'Télécharger le rapport (JSON)',
  cpReportFailed: (detail) => `Le rapport n’a pas pu être établi\u202f: ${detail}`,
};
