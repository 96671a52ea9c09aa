/**
 * The core without the widgets' default content: what the elements and the embed bundle need at first paint.
 * The default content (each widget's JSON in both languages) is exported by `index.ts` only, so that a bundle
 * exporting this module never pulls it in; the elements load it with import() when a page gives no config.
 */
export { parseQuestionnaireConfig, parseResponses, migrateConfig } from './config/parse.js';
export type { ParseOptions, ResponsesParseResult } from './config/parse.js';
export { formatPath } from './config/issues.js';
export type { ConfigIssue, IssueCode, ParseResult, PathKey } from './config/issues.js';
export {
  QUESTIONNAIRE_SCHEMA_VERSION,
  QuestionnaireConfigSchema,
  ResponsesSchema,
  ID_PATTERN,
} from './config/schema.js';
export type {
  Answer,
  AnswerValue,
  Band,
  CapRule,
  NonScoredOption,
  Orphan,
  Question,
  QuestionnaireConfig,
  QuestionnaireConfigInput,
  Responses,
  ResponsesInput,
  Scale,
  ScaleLevel,
  Section,
  Subsection,
} from './config/schema.js';
export { scoreQuestionnaire, bandFor } from './questionnaire/score.js';
export type {
  BandResult,
  CapHit,
  GlobalResult,
  PartResult,
  QuestionnaireResult,
  Recommendation,
  SectionResult,
} from './questionnaire/score.js';
export { migrateResponses } from './questionnaire/migrate.js';
export {
  answerLabel,
  classifyValue,
  createResponses,
  findQuestion,
  listQuestions,
  scaleOf,
  setAnswer,
  setComment,
} from './questionnaire/model.js';
export type { QuestionRef, ValueKind } from './questionnaire/model.js';
export {
  getStrings,
  hasCatalog,
  loadCatalog,
  localeTag,
  registerCatalog,
  resolveLocale,
  toLocale,
  fr,
  LOCALES,
} from './i18n/index.js';
export type { Locale, Strings } from './i18n/index.js';
export { StorageError, classifyStorageError } from './storage/adapter.js';
export type { StorageAdapter, StorageErrorReason } from './storage/adapter.js';
export { createMemoryStorage } from './storage/memory.js';
export type { MemoryStorage } from './storage/memory.js';
export { createWebStorageAdapter } from './storage/web-storage.js';
export * from './project/index.js';
export type {
  KeyValueStore,
  StorageChangeEvent,
  StorageEventSource,
  WebStorageAdapterOptions,
} from './storage/web-storage.js';
export {
  QUESTIONNAIRE_STEPS,
  SAVED_QUESTIONNAIRE_FORMAT,
  SavedQuestionnaireSchema,
  parseSaved,
  quarantineKey,
  questionnaireStorageKey,
  serializeSaved,
} from './storage/saved.js';
export type { QuestionnaireStep, SavedParseResult, SavedQuestionnaire } from './storage/saved.js';
export { mergeResponses } from './questionnaire/merge.js';
export { reopenResponses, validateResponses } from './questionnaire/validate.js';
export type { Validator } from './questionnaire/validate.js';
export { exportDocument, responsesToCsv } from './questionnaire/export.js';
export type { CsvLabels, CsvOptions, QuestionnaireExport } from './questionnaire/export.js';
export * from './atp/index.js';
export * from './principles/index.js';
