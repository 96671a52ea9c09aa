/**
 * French, every area at once: for `coop-widgets/core` (Node, bundlers), the all-in-one bundle and tests. A module
 * of its own, imported by none of the per-widget embeds' modules: each of those adds only its own areas
 * (src/core/catalogs/).
 */
import { atpMatrixFr } from './atp-matrix.js';
import { atpFr } from './atp.js';
import { commonFr } from './fr.js';
import { configIssuesFr } from './config-issues.js';
import { coopProjectFr } from './coop-project.js';
import { coopProjectImportFr } from './coop-project-import.js';
import { principlesChecklistFr } from './principles-checklist.js';
import { principlesFr } from './principles.js';
import { projectFr } from './project.js';
import { storageFaultsFr } from './storage-faults.js';
import { questionnaireFr } from './questionnaire.js';
import { questionnairePartsFr } from './questionnaire-parts.js';
import type { Strings } from './strings.js';

/** French, every area at once (`coop-widgets/core`, the all-in-one bundle, tests). */
export const fr: Strings = {
  ...commonFr,
  ...configIssuesFr,
  ...coopProjectFr,
  ...coopProjectImportFr,
  ...projectFr,
  ...questionnaireFr,
  ...questionnairePartsFr,
  ...atpFr,
  ...atpMatrixFr,
  ...principlesFr,
  ...principlesChecklistFr,
  ...storageFaultsFr,
};
