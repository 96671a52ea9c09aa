import type { ProjectStrings } from './project.js';

/** English. */
export const projectEn: ProjectStrings = {
  projectIssueNotProject: (expected) =>
    `This file is not a coop-widgets project: a project file contains "format": "${expected}".`,
  projectIssueQuestionnaireFile:
    'This file is a questionnaire export, not a coop-widgets project: import it into the questionnaire.',
  projectIssueAtpFile: 'This file is an ATP grid export, not a coop-widgets project: import it into the ATP grid.',
  projectIssuePrinciplesFile:
    'This file is a principles checklist export, not a coop-widgets project: import it into the principles checklist.',
  projectIssueNewerFormat: (found, supported) =>
    `This project file (format ${found}) was made by a newer version of the library; this version reads only format ${supported}. Update the library to open it.`,
};
