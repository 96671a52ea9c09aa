import type { CoopProjectStrings } from './coop-project.js';
import { pluralEn } from './plural-en.js';

/** English. */
export const coopProjectEn: CoopProjectStrings = {
  cpToolbarLabel: 'Cooperation project',
  cpExport: 'Export the project (JSON)',
  cpImport: 'Import a project…',
  cpImported: 'The project was imported.',
  cpReplaceTitle: 'Replace the current project?',
  cpReplaceText: (file) =>
    `What the tools on this page hold will be replaced by the content of the file “${file}”. Export the project first if you want to keep a copy.`,
  cpReplaceConfirm: 'Replace',
  cpImportFailedTitle: (file) => `The file “${file}” cannot be imported`,
  cpAtpCompleteness: (complete, total) =>
    `ATP grid: ${complete} of ${total} ${pluralEn(total, 'group has', 'groups have')} attractions, fears and temptations.`,
  cpPlans: (objectives, risks, charter) =>
    `Plans: ${objectives} ${pluralEn(objectives, 'objective', 'objectives')}, ${risks} ${pluralEn(risks, 'risk', 'risks')}, ${charter} charter ${pluralEn(charter, 'rule', 'rules')}.`,
  cpOpenGrid: 'Open the ATP grid',
  cpSectionScore: (section, score) => `Questionnaire — ${section}: ${score}`,
  cpSectionNoScore: (section) => `Questionnaire — ${section}: no score yet`,
  cpSeeSection: (section) => `See the section “${section}”`,
  cpSeePrinciple: (n) => `See principle ${n}`,
  cpGroupAdded: (group) => `The group “${group}” was added to the ATP grid.`,
};
