/**
 * The document a principles checklist keeps under its storage key. Stored data is input like any other:
 * validated with the same schema, rules and issue format as imported data, and never trusted.
 */
import * as v from 'valibot';
import { decode, guarded } from '../shared/input.js';
import { IssueList } from '../shared/issues.js';
import type { ParseOptions } from '../questionnaire/parse.js';
import { getStrings } from '../i18n/index.js';
import { principlesIssues, type PrinciplesDataParseResult } from './parse.js';
import { PrinciplesDataSchema, type PrinciplesData } from './schema.js';
import { checkPrinciplesData } from './semantic.js';

/** The format tag of the stored document; a future layout gets a new tag and a migration. */
export const SAVED_PRINCIPLES_FORMAT = 'coop-principles/1';

export const SavedPrinciplesSchema = v.strictObject({
  format: v.literal(SAVED_PRINCIPLES_FORMAT),
  data: PrinciplesDataSchema,
});
export type SavedPrinciples = v.InferOutput<typeof SavedPrinciplesSchema>;

/** The text to store: `{"format":"coop-principles/1","data":…}`. */
export function serializeSavedPrinciples(data: PrinciplesData): string {
  const saved: SavedPrinciples = { format: SAVED_PRINCIPLES_FORMAT, data };
  return JSON.stringify(saved);
}

/**
 * Reads what serializeSavedPrinciples() wrote. Never throws: either the data (defaults applied), or every
 * problem with its JSON path (`data.proposals[3].date`) and a message in `options.locale`; text that is not
 * JSON gives one `invalid_json` issue at the root. On failure the caller sets the text aside (quarantineKey)
 * rather than overwrite it.
 */
export function parseSavedPrinciples(text: string, options: ParseOptions = {}): PrinciplesDataParseResult {
  const issues = new IssueList(getStrings(options.locale ?? 'fr', options.strings));
  const parsed = guarded<PrinciplesData>(issues, () => {
    const decoded = decode(String(text), issues);
    if (!decoded.ok) return { ok: false, issues: issues.items };
    const result = v.safeParse(SavedPrinciplesSchema, decoded.value, { abortEarly: false });
    if (!result.success) return { ok: false, issues: principlesIssues(result.issues, issues) };
    checkPrinciplesData(result.output.data, issues, ['data']);
    return issues.items.length ? { ok: false, issues: issues.items } : { ok: true, config: result.output.data };
  });
  return parsed.ok ? { ok: true, data: parsed.config } : parsed;
}

/**
 * The default storage key of a checklist: `coop-widgets:principles:${configId}`, plus `:${namespace}` when a
 * namespace (the element's `storage-key` attribute) is given and not empty.
 */
export function principlesStorageKey(configId: string, namespace?: string): string {
  const base = `coop-widgets:principles:${configId}`;
  return namespace ? `${base}:${namespace}` : base;
}
