import { atpMatrixEn } from './atp-matrix.en.js';
import { configIssuesEn } from './config-issues.en.js';
import { configNoticeEn } from './config-notice.en.js';
import { coopProjectEn } from './coop-project.en.js';
import { coopProjectImportEn } from './coop-project-import.en.js';
import { atpEn } from './atp.en.js';
import { principlesChecklistEn } from './principles-checklist.en.js';
import { principlesEn } from './principles.en.js';
import { projectEn } from './project.en.js';
import { questionnaireEn } from './questionnaire.en.js';
import { questionnairePartsEn } from './questionnaire-parts.en.js';
import type { Strings } from './strings.js';
import { storageFaultsEn } from './storage-faults.en.js';
import { widgetEn } from './widget.en.js';

/** English. */
export const en: Strings = {
  ...widgetEn,
  ...storageFaultsEn,
  ...configNoticeEn,
  ...configIssuesEn,
  ...coopProjectEn,
  ...coopProjectImportEn,
  ...projectEn,
  ...questionnaireEn,
  ...questionnairePartsEn,
  ...atpEn,
  ...atpMatrixEn,
  ...principlesEn,
  ...principlesChecklistEn,
  loading: 'Loading the questionnaire…',
  cancel: 'Cancel',
  savedAt: (date, time) => `Saved on ${date} at ${time}`,

  exportJson: 'Export the result (JSON)',
  print: 'Print',
  erased: 'Your answers have been erased.',

  storageRecovered: 'Saving works again.',
  remoteUpdate: 'Your answers were updated from another tab.',
};
