/**
 * The questionnaire's core: config and responses validation, editing, scoring, migration of answers to a new
 * version of the content, merging, validation by a referent, exports and storage.
 */
export { parseQuestionnaireConfig, parseResponses, migrateConfig } from './parse.js';
export type { ResponsesParseResult } from './parse.js';
export { QUESTIONNAIRE_SCHEMA_VERSION, QuestionnaireConfigSchema, ResponsesSchema } from './schema.js';
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
  ValidationRecord,
} from './schema.js';
export { scoreQuestionnaire, bandFor } from './score.js';
export type {
  BandResult,
  CapHit,
  GlobalResult,
  PartResult,
  QuestionnaireResult,
  Recommendation,
  SectionResult,
} from './score.js';
export { migrateResponses } from './migrate.js';
export {
  answerLabel,
  classifyValue,
  createResponses,
  findQuestion,
  listQuestions,
  scaleOf,
  setAnswer,
  setComment,
} from './model.js';
export type { QuestionRef, ValueKind } from './model.js';
export {
  QUESTIONNAIRE_STEPS,
  SAVED_QUESTIONNAIRE_FORMAT,
  SavedQuestionnaireSchema,
  parseSaved,
  questionnaireStorageKey,
  serializeSaved,
} from './saved.js';
export type { QuestionnaireStep, SavedParseResult, SavedQuestionnaire } from './saved.js';
export { mergeResponses } from './merge.js';
export { reopenResponses, validateResponses } from './validate.js';
export type { Validator } from './validate.js';
export { exportDocument, responsesToCsv } from './export.js';
export type { CsvLabels, CsvOptions, QuestionnaireExport } from './export.js';
