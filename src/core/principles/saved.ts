/**
 * The document a principles checklist keeps under its storage key. Stored data is input like any other:
 * validated with the same schema, rules and issue format as imported data, and never trusted.
 */
import type * as v from 'valibot';
import type { ParseOptions } from '../shared/parse.js';
import { parseSavedData, savedEnvelope, widgetStorageKey } from '../shared/saved.js';
import { principlesIssues, type PrinciplesDataParseResult } from './parse.js';
import { PrinciplesDataSchema, type PrinciplesData } from './schema.js';
import { checkPrinciplesData } from './semantic.js';

/** The format tag of the stored document; a future layout gets a new tag and a migration. */
export const SAVED_PRINCIPLES_FORMAT = 'coop-principles/1';

export const SavedPrinciplesSchema = savedEnvelope(SAVED_PRINCIPLES_FORMAT, PrinciplesDataSchema);
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
  const parsed = parseSavedData(text, options, {
    schema: SavedPrinciplesSchema,
    shapeIssues: principlesIssues,
    checkData: (data, at, issues) => checkPrinciplesData(data, issues, at),
  });
  return parsed.ok ? { ok: true, data: parsed.config } : parsed;
}

/**
 * The default storage key of a checklist: `coop-widgets:principles:${configId}`, plus `:${namespace}` when a
 * namespace (the element's `storage-key` attribute) is given and not empty.
 */
export function principlesStorageKey(configId: string, namespace?: string): string {
  return widgetStorageKey('principles', configId, namespace);
}
