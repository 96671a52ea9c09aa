import type { CoopProjectStrings } from './coop-project.js';
import { pluralEn } from './plural.js';

/** English. */
export const coopProjectEn: CoopProjectStrings = {
  cpToolbarLabel: 'Cooperation project',
  cpExport: 'Export the project (JSON)',
  cpImport: 'Import a project…',
  cpAtpCompleteness: (complete, total) =>
    `ATP grid: ${complete} of ${total} ${pluralEn(total, 'group', 'groups')} ${pluralEn(complete, 'has', 'have')} at least one attraction, one fear and one temptation.`,
  cpPlans: (objectives, risks, charter) =>
    `The three plans: ${objectives} ${pluralEn(objectives, 'objective', 'objectives')} in the objectives management plan, ${risks} ${pluralEn(risks, 'risk', 'risks')} in the risk management plan, ${charter} ${pluralEn(charter, 'rule', 'rules')} in the charter of good relational practice.`,
  cpOpenGrid: 'Open the grid',
  cpSectionScore: (section, score) => `Questionnaire, section “${section}”: ${score}`,
  cpSectionNoScore: (section) => `Questionnaire, section “${section}”: no score yet`,
  cpSeeSection: (section) => `See the section “${section}”`,
  cpSeePrinciple: (n) => `See principle ${n}`,
  cpGroupAdded: (group) => `The group “${group}” was added to the attractions, fears and temptations grid.`,
  cpReport: 'Report',
  cpReportPrint: 'Print the report',
  cpReportHtml: 'Download the report (HTML)',
  cpReportJson: 'Download the report (JSON)',
  cpReportFailed: (detail) => `The report could not be drawn up: ${detail}`,
};
