import type { AtpMatrixStrings } from './atp-matrix.js';
import type { ConfigNoticeStrings } from './config-notice.js';
import type { CoopProjectStrings } from './coop-project.js';
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
    CoopProjectStrings,
    ProjectStrings,
    QuestionnaireStrings,
    QuestionnairePartsStrings,
    AtpStrings,
    AtpMatrixStrings,
    PrinciplesStrings,
    PrinciplesChecklistStrings,
    StorageFaultStrings {
  /** Heading of the panel that lists a config's problems. */
  configErrorTitle: (count: number) => string;
  /** Lead sentence under that heading. */
  configErrorLead: string;
  /** Label before the JSON path of one problem, with its punctuation. */
  configErrorPath: string;
  /** Shown for the root of the document, where the path is empty. */
  configErrorRoot: string;

  // Validation messages (parseQuestionnaireConfig, parseResponses).
  issueInvalidJson: (detail: string) => string;
  /**
   * One step of a problem's place in plain words: the element `index` (from 0) of the list `list` (`sections`,
   * `questions`, `principles`, `groups`, …) and its own title, text or label (`null` without one); `null` for a
   * list the language does not name, left out of the place.
   */
  issuePlace: (list: string, index: number, name: string | null) => string | null;
  /** The last step of a place: the property the problem is about. */
  issuePlaceProperty: (key: string) => string;
  /**
   * JSON text that does not parse, in plain words: what is wrong (a `JsonSyntaxReason` of
   * core/shared/json-syntax.ts) and where (line and column, `null` when unknown); `detail` is the unexpected
   * character, or for a reason we do not know the engine's own message.
   */
  issueJsonSyntax: (reason: string, line: number | null, column: number | null, detail: string) => string;
  issueRequired: (key: string) => string;
  issueUnknownKey: (key: string) => string;
  issueInvalidType: (expected: string, received: string) => string;
  issueEmptyText: string;
  issueTooFewItems: (min: number) => string;
  issueOutOfRange: (expected: string, received: string) => string;
  issueNotInteger: (received: string) => string;
  issueInvalidValue: (expected: string, received: string) => string;
  issueInvalidId: (received: string) => string;
  issueUnsupportedSchemaVersion: (found: string, supported: number) => string;
  issueDuplicateId: (id: string, firstPath: string) => string;
  issueBandsNotFromZero: (min: number) => string;
  issueBandsNotIncreasing: (min: number, previous: number) => string;
  issueEmptySection: string;
  issueEmptySubsection: string;
  issueScaleTooSmall: (count: number) => string;
  issueScaleNotIncreasing: (value: number, previous: number) => string;
  issueDuplicateScaleValue: (value: string) => string;
  issueUnknownPrinciple: (value: string) => string;
  issueUnknownScale: (name: string, known: string) => string;
  issueUnknownBand: (id: string, known: string) => string;

  /** Names of JSON types used in the messages above. */
  typeString: string;
  typeNumber: string;
  typeBoolean: string;
  typeArray: string;
  typeObject: string;
  typeNull: string;
  typeMissing: string;

  /** A config given by URL (`src`) could not be fetched or read. */
  issueFetchFailed: (url: string, detail: string) => string;
  /** The server answered the config's URL with an error status: not found (404, 410) or unavailable. */
  issueFetchStatus: (url: string, status: number) => string;

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
 * areas a widget adds when it is registered (src/core/catalogs.ts), and the storage warnings' sentences, added
 * when a warning is shown (storage-faults.ts).
 */
export type CommonStrings = Omit<
  Strings,
  keyof (ProjectStrings &
    QuestionnaireStrings &
    QuestionnairePartsStrings &
    AtpStrings &
    AtpMatrixStrings &
    PrinciplesStrings &
    PrinciplesChecklistStrings &
    StorageFaultStrings)
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
