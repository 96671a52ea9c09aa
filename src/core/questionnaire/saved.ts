/**
 * The document a questionnaire element keeps under its storage key: where the user was, and the answers.
 * It is read like every widget's stored document (shared/saved.ts): validated, never trusted.
 */
import * as v from 'valibot';
import type { ConfigIssue } from '../shared/issues.js';
import type { ParseOptions } from '../shared/parse.js';
import { parseSavedText, widgetStorageKey } from '../shared/saved.js';
import { ResponsesSchema, type Responses } from './schema.js';

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
  const parsed = parseSavedText(text, options, { schema: SavedQuestionnaireSchema });
  return parsed.ok ? { ok: true, saved: parsed.config } : parsed;
}

/**
 * The default storage key of a questionnaire: `coop-widgets:questionnaire:${questionnaireId}`, plus
 * `:${namespace}` when a namespace (the element's `storage-key` attribute) is given and not empty, so that
 * two assessments of the same questionnaire on one site keep apart.
 */
export function questionnaireStorageKey(questionnaireId: string, namespace?: string): string {
  return widgetStorageKey('questionnaire', questionnaireId, namespace);
}
