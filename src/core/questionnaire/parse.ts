/** Reading questionnaire configs and responses: JSON text or objects in, validated documents or located issues out. */
import type { ConfigIssue, IssueList, ParseResult } from '../shared/issues.js';
import { parseDocument, refuseNewerVersion, type ParseOptions } from '../shared/parse.js';
import {
  QUESTIONNAIRE_SCHEMA_VERSION,
  QuestionnaireConfigSchema,
  ResponsesSchema,
  type QuestionnaireConfig,
  type Responses,
} from './schema.js';
import { checkSemantics, crossCheckQuestionnaire } from './semantic.js';

/**
 * Brings a config written for an older `schemaVersion` (or with since-renamed keys) to the current format.
 * Version 1 is the first format, so today this only reports versions newer than the library knows; each
 * future format change adds a step here, and documents stay readable forever.
 */
export function migrateConfig(input: unknown, issues: IssueList): unknown {
  return refuseNewerVersion(input, issues, QUESTIONNAIRE_SCHEMA_VERSION);
}

/**
 * Validates a questionnaire config given as JSON text or as an object. Never throws: either the config with
 * defaults applied, or every problem found, each with its JSON path and a message in `options.locale`.
 */
export function parseQuestionnaireConfig(
  input: string | object,
  options: ParseOptions = {},
): ParseResult<QuestionnaireConfig> {
  return parseDocument(input, options, {
    schema: QuestionnaireConfigSchema,
    migrate: migrateConfig,
    crossChecks: crossCheckQuestionnaire,
    semantics: (config, issues) => {
      checkSemantics(config, issues);
      return config;
    },
  });
}

/**
 * Validates stored or imported responses (JSON text or object), with the same contract as
 * parseQuestionnaireConfig. It checks their shape only; migrateResponses() fits them to a config.
 */
export function parseResponses(input: string | object, options: ParseOptions = {}): ResponsesParseResult {
  const parsed = parseDocument(input, options, { schema: ResponsesSchema });
  return parsed.ok ? { ok: true, responses: parsed.config } : parsed;
}

export type ResponsesParseResult = { ok: true; responses: Responses } | { ok: false; issues: ConfigIssue[] };

export type { ConfigIssue };
