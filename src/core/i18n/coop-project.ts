import { pluralFr } from './plural-fr.js';
/**
 * Strings of <coop-project> and of the links it makes between widgets. Part of `Strings`: a site overrides any
 * of them.
 */
export interface CoopProjectStrings {
  cpToolbarLabel: string;
  cpExport: string;
  cpImport: string;
  cpImported: string;
  cpReplaceTitle: string;
  cpReplaceText: (file: string) => string;
  cpReplaceConfirm: string;
  cpImportFailedTitle: (file: string) => string;
  cpAtpCompleteness: (complete: number, total: number) => string;
  cpPlans: (objectives: number, risks: number, charter: number) => string;
  cpOpenGrid: string;
  cpSectionScore: (section: string, score: string) => string;
  cpSectionNoScore: (section: string) => string;
  cpSeeSection: (section: string) => string;
  cpSeePrinciple: (n: number) => string;
  cpGroupAdded: (group: string) => string;
}

export const coopProjectFr: CoopProjectStrings = {
  cpToolbarLabel: 'Projet de coopération',
  cpExport: 'Exporter le projet (JSON)',
  cpImport: 'Importer un projet…',
  cpImported: 'Le projet a été importé.',
  cpReplaceTitle: 'Remplacer le projet en cours ?',
  cpReplaceText: (file) =>
    `Ce que contiennent les outils de cette page sera remplacé par le contenu du fichier « ${file} ». Exportez d’abord le projet si vous voulez en garder une copie.`,
  cpReplaceConfirm: 'Remplacer',
  cpImportFailedTitle: (file) => `Le fichier « ${file} » ne peut pas être importé`,
  cpAtpCompleteness: (complete, total) =>
    `Grille ATP : ${complete} ${pluralFr(complete, 'groupe', 'groupes')} sur ${total} ${pluralFr(complete, 'a', 'ont')} des attraits, des peurs et des tentations.`,
  cpPlans: (objectives, risks, charter) =>
    `Plans : ${objectives} ${pluralFr(objectives, 'objectif', 'objectifs')}, ${risks} ${pluralFr(risks, 'risque', 'risques')}, ${charter} ${pluralFr(charter, 'règle', 'règles')} de la charte.`,
  cpOpenGrid: 'Ouvrir la grille ATP',
  cpSectionScore: (section, score) => `Questionnaire — ${section} : ${score}`,
  cpSectionNoScore: (section) => `Questionnaire — ${section} : pas encore de score`,
  cpSeeSection: (section) => `Voir la section « ${section} »`,
  cpSeePrinciple: (n) => `Voir le principe ${n}`,
  cpGroupAdded: (group) => `Le groupe « ${group} » a été ajouté à la grille ATP.`,
};
