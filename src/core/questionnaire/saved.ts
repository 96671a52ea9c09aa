/**
 * The document a questionnaire element keeps under its storage key: where the user was, and the answers.
 * Stored data is input like any other (another version of the library, a hand edit, a half-written value):
 * it is validated with the same schema and issue format as configs, and never trusted.
 */
import * as v from 'valibot';
import { decode, guarded } from '../shared/input.js';
import { IssueList, type ConfigIssue } from '../shared/issues.js';
import type { ParseOptions } from './parse.js';
import { ResponsesSchema, type Responses } from './schema.js';
import { fromValibot } from '../shared/valibot-issues.js';
import { getStrings } from '../i18n/index.js';

/** The format tag of the stored document; a future layout gets a new tag and a migration. */
export const SAVED_QUESTIONNAIRE_FORMAT = 'coop-questionnaire/1';

/** The element's steps, in order: fill in the questionnaire, see the result, validate it. */
export const QUESTIONNAIRE_STEPS = ['fill', 'result', 'validate'] as const;
export type QuestionnaireStep = (typeof QUESTIONNAIRE_STEPS)[number];

export const SavedQuestionnaireSchema = v.strictObject({
  format: v.literal(SAVED_QUESTIONNAIRE_FORMAT),
  step: v.picklist(QUESTIONNAIRE_STEPS),
  responses: ResponsesSchema,
});
export type SavedQuestionnaire = v.InferOutput<typeof SavedQuestionnaireSchema>;

export type SavedParseResult = { ok: true; saved: SavedQuestionnaire } | { ok: false; issues: ConfigIssue[] };

/** The text to store for this step and these responses. */
export function serializeSaved(step: QuestionnaireStep, responses: Responses): string {
  const saved: SavedQuestionnaire = { format: SAVED_QUESTIONNAIRE_FORMAT, step, responses };
  return JSON.stringify(saved);
}

/**
 * Reads what serializeSaved() wrote. Never throws: either the document (defaults applied), or every problem
 * with its JSON path (`responses.answers.q1.value`) and a message in `options.locale`; text that is not JSON
 * gives one `invalid_json` issue at the root. On failure the caller sets the text aside (quarantineKey) rather
 * than overwrite it.
 */
export function parseSaved(text: string, options: ParseOptions = {}): SavedParseResult {
  const issues = new IssueList(getStrings(options.locale ?? 'fr', options.strings));
  const parsed = guarded<SavedQuestionnaire>(issues, () => {
    const decoded = decode(String(text), issues);
    if (!decoded.ok) return { ok: false, issues: issues.items };
    const result = v.safeParse(SavedQuestionnaireSchema, decoded.value, { abortEarly: false });
    return result.success
      ? { ok: true, config: result.output }
      : { ok: false, issues: fromValibot(result.issues, issues.strings) };
  });
  return parsed.ok ? { ok: true, saved: parsed.config } : parsed;
}

/**
 * The key under which corrupt data found at `key` is set aside, so that it is never overwritten:
 * `${key}:corrupt:${ISO timestamp}`.
 */
export function quarantineKey(key: string, now: Date = new Date()): string {
  return `${key}:corrupt:${now.toISOString()}`;
}

/**
 * The default storage key of a questionnaire: `coop-widgets:questionnaire:${questionnaireId}`, plus
 * `:${namespace}` when a namespace (the element's `storage-key` attribute) is given and not empty, so that
 * two assessments of the same questionnaire on one site keep apart.
 */
export function questionnaireStorageKey(questionnaireId: string, namespace?: string): string {
  const base = `coop-widgets:questionnaire:${questionnaireId}`;
  return namespace ? `${base}:${namespace}` : base;
}
