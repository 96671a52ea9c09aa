import type { ProjectStrings } from './project.js';

/** English. */
export const projectEn: ProjectStrings = {
  projectIssueNotProject: (expected) =>
    `This file is not a project exported from these tools: a project file contains "format": "${expected}".`,
  projectIssueQuestionnaireFile:
    'This file is a questionnaire export, not a whole project: import it into the questionnaire.',
  projectIssueAtpFile: 'This file is an ATP grid export, not a whole project: import it into the ATP grid.',
  projectIssuePrinciplesFile:
    'This file is a principles checklist export, not a whole project: import it into the principles checklist.',
  projectIssueNewerFormat: (found, supported) =>
    `This project file (format ${found}) was made with a newer version of these tools; this version only reads format ${supported}. To open it, ask the site’s administrator to update the tools.`,
};
