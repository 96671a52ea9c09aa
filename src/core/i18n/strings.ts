import type { AtpMatrixStrings } from './atp-matrix.js';
import type { ConfigIssueStrings } from './config-issues.js';
import type { ConfigNoticeStrings } from './config-notice.js';
import type { CoopProjectStrings } from './coop-project.js';
import type { CoopProjectImportStrings } from './coop-project-import.js';
import type { AtpStrings } from './atp.js';
import type { QuestionnaireResultStrings } from './questionnaire-result.js';
import type { QuestionnaireValidateStrings } from './questionnaire-validate.js';
import type { ReportStrings } from './report.js';
import type { WorkshopStrings } from './workshop.js';
import type { PrinciplesChecklistStrings } from './principles-checklist.js';
import type { PrinciplesStrings } from './principles.js';
import type { ProjectStrings } from './project.js';
import type { StorageFaultStrings } from './storage-faults.js';
import type { QuestionnaireStrings } from './questionnaire.js';
import type { QuestionnairePartsStrings } from './questionnaire-parts.js';
import type { WidgetStrings } from './widget.js';

/**
 * The library's own interface strings (content — questions, bands, recommendations — lives in each config).
 * Flat camelCase keys; entries that take parameters or need plurals are functions, so each language can build
 * its sentence in its own word order. A site overrides any subset with a partial object.
 */
export interface Strings
  extends
    WidgetStrings,
    ConfigNoticeStrings,
    ConfigIssueStrings,
    CoopProjectStrings,
    CoopProjectImportStrings,
    ProjectStrings,
    QuestionnaireStrings,
    QuestionnairePartsStrings,
    AtpStrings,
    AtpMatrixStrings,
    PrinciplesStrings,
    PrinciplesChecklistStrings,
    StorageFaultStrings {
  // <coop-questionnaire>, what the shared views and the other widgets read too (its own: questionnaire.ts)
  loading: string;
  cancel: string;
  /** Last save, with the date and time already formatted for the locale. */
  savedAt: (date: string, time: string) => string;

  exportJson: string;
  print: string;
  erased: string;

  storageRecovered: string;
  remoteUpdate: string;
}

/**
 * The keys every widget's page carries in French from the start (src/core/i18n/fr.ts's `commonFr`): all but the
 * areas a widget adds when it is registered (src/core/catalogs.ts), the storage warnings' sentences, added
 * when a warning is shown (storage-faults.ts), and the wording of config problems, added with the first problem
 * (config-issues.ts).
 */
export type CommonStrings = Omit<
  Strings,
  keyof (ProjectStrings &
    CoopProjectStrings &
    CoopProjectImportStrings &
    QuestionnaireStrings &
    QuestionnairePartsStrings &
    AtpStrings &
    AtpMatrixStrings &
    PrinciplesStrings &
    PrinciplesChecklistStrings &
    StorageFaultStrings &
    ConfigIssueStrings)
>;

/**
 * What a site may pass as a widget's or `<coop-project>`'s `strings`: any subset of every interface string,
 * those of the catalog (`Strings`) and those kept apart to load with the part that shows them (the
 * questionnaire's result and validate steps, the report, the workshop). Each part takes its own keys from it.
 */
export type CoopStringOverrides = Partial<
  Strings & QuestionnaireResultStrings & QuestionnaireValidateStrings & ReportStrings & WorkshopStrings
>;

export type Locale = 'fr' | 'en';

export const LOCALES: readonly Locale[] = ['fr', 'en'];
