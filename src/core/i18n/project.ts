/**
 * Strings of the project file (src/core/project): why an imported file is not a project this library can
 * open. Keys are prefixed `project`; a site overrides any of them.
 */
export interface ProjectStrings {
  /** The file is JSON but no project file: `expected` is the format tag a project file starts with. */
  projectIssueNotProject: (expected: string) => string;
  /** The file is a questionnaire export (or its saved state), not a project. */
  projectIssueQuestionnaireFile: string;
  /** The file is an ATP grid export (or its saved state), not a project. */
  projectIssueAtpFile: string;
  /** The file is a principles checklist export (or its saved state), not a project. */
  projectIssuePrinciplesFile: string;
  /** A project file of a later format: `found` and `supported` are format tags (`coop-project/2`). */
  projectIssueNewerFormat: (found: string, supported: string) => string;
}

export const projectFr: ProjectStrings = {
  projectIssueNotProject: (expected) =>
    `Ce fichier n’est pas un projet exporté depuis ces outils\u202f: un fichier de projet contient "format": "${expected}".`,
  projectIssueQuestionnaireFile:
    'Ce fichier est un export du questionnaire, pas un projet complet\u202f: importez-le dans le questionnaire.',
  projectIssueAtpFile:
    'Ce fichier est un export de la grille ATP, pas un projet complet\u202f: importez-le dans la grille ATP.',
  projectIssuePrinciplesFile:
    'Ce fichier est un export de la liste des principes, pas un projet complet\u202f: importez-le dans la liste des principes.',
  projectIssueNewerFormat: (found, supported) =>
    `Ce fichier de projet (format ${found}) a été créé avec une version plus récente de ces outils\u202f; celle-ci ne lit que le format ${supported}. Pour l’ouvrir, demandez au responsable du site de mettre les outils à jour.`,
};
