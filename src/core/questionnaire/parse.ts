import * as v from 'valibot';
import { getStrings, type Locale, type Strings } from '../i18n/index.js';
import { IssueList, type ConfigIssue, type ParseResult } from '../shared/issues.js';
import {
  QUESTIONNAIRE_SCHEMA_VERSION,
  QuestionnaireConfigSchema,
  ResponsesSchema,
  type QuestionnaireConfig,
  type Responses,
} from './schema.js';
import { decode, guarded } from '../shared/input.js';
import { checkSemantics } from './semantic.js';
import { fromValibot } from '../shared/valibot-issues.js';

export interface ParseOptions {
  /** Language of the messages (default `fr`). */
  locale?: Locale;
  /** A site's string overrides, applied to the messages too. */
  strings?: Partial<Strings>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Brings a config written for an older `schemaVersion` (or with since-renamed keys) to the current format.
 * Version 1 is the first format, so today this only reports versions newer than the library knows; each
 * future format change adds a step here, and documents stay readable forever.
 */
export function migrateConfig(input: unknown, issues: IssueList): unknown {
  if (!isRecord(input)) return input;
  const version = input.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > QUESTIONNAIRE_SCHEMA_VERSION) {
    issues.add(
      ['schemaVersion'],
      'unsupported_schema_version',
      issues.strings.issueUnsupportedSchemaVersion(String(version), QUESTIONNAIRE_SCHEMA_VERSION),
    );
    return undefined;
  }
  return input;
}

/**
 * Validates a questionnaire config given as JSON text or as an object. Never throws: either the config with
 * defaults applied, or every problem found, each with its JSON path and a message in `options.locale`.
 */
export function parseQuestionnaireConfig(
  input: string | object,
  options: ParseOptions = {},
): ParseResult<QuestionnaireConfig> {
  const issues = new IssueList(getStrings(options.locale ?? 'fr', options.strings));
  return guarded(issues, () => {
    const decoded = decode(input, issues);
    if (!decoded.ok) return { ok: false, issues: issues.items };
    const migrated = migrateConfig(decoded.value, issues);
    if (issues.items.length) return { ok: false, issues: issues.items };
    const result = v.safeParse(QuestionnaireConfigSchema, migrated, { abortEarly: false });
    if (!result.success) return { ok: false, issues: fromValibot(result.issues, issues.strings) };
    checkSemantics(result.output, issues);
    return issues.items.length ? { ok: false, issues: issues.items } : { ok: true, config: result.output };
  });
}

/**
 * Validates stored or imported responses (JSON text or object), with the same contract as
 * parseQuestionnaireConfig. It checks their shape only; migrateResponses() fits them to a config.
 */
export function parseResponses(input: string | object, options: ParseOptions = {}): ResponsesParseResult {
  const issues = new IssueList(getStrings(options.locale ?? 'fr', options.strings));
  const parsed = guarded<Responses>(issues, () => {
    const decoded = decode(input, issues);
    if (!decoded.ok) return { ok: false, issues: issues.items };
    const result = v.safeParse(ResponsesSchema, decoded.value, { abortEarly: false });
    return result.success
      ? { ok: true, config: result.output }
      : { ok: false, issues: fromValibot(result.issues, issues.strings) };
  });
  return parsed.ok ? { ok: true, responses: parsed.config } : parsed;
}

export type ResponsesParseResult = { ok: true; responses: Responses } | { ok: false; issues: ConfigIssue[] };

export type { ConfigIssue };
