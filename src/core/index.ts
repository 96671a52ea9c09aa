/**
 * coop-widgets/core — the DOM-free heart of the library: config validation, scoring, migration, strings.
 * Side-effect free and importable from Node (a portal's back end can recompute scores with it).
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
  classifyValue,
  createResponses,
  findQuestion,
  listQuestions,
  scaleOf,
  setAnswer,
  setComment,
} from './questionnaire/model.js';
export type { QuestionRef, ValueKind } from './questionnaire/model.js';
export { defaultQuestionnaire } from './questionnaire/default.js';
export { getStrings, resolveLocale, toLocale, fr, en, LOCALES } from './i18n/index.js';
export type { Locale, Strings } from './i18n/index.js';
