/**
 * What an ATP element keeps under its storage key, read like every widget's stored document (shared/saved.ts):
 * validated with the grid's schema and rules, never trusted.
 */
import type * as v from 'valibot';
import type { ConfigIssue } from '../shared/issues.js';
import type { ParseOptions } from '../shared/parse.js';
import { parseSavedData, savedEnvelope, widgetStorageKey } from '../shared/saved.js';
import { AtpDataSchema, type AtpData } from './schema.js';
import { checkAtpDataSemantics } from './semantic.js';

/** The format tag of the stored text; a future layout gets a new tag and a migration. */
export const SAVED_ATP_FORMAT = 'coop-atp/1';

export const SavedAtpSchema = savedEnvelope(SAVED_ATP_FORMAT, AtpDataSchema);
export type SavedAtp = v.InferOutput<typeof SavedAtpSchema>;

export type SavedAtpParseResult = { ok: true; data: AtpData } | { ok: false; issues: ConfigIssue[] };

/** The text to store for this grid: `{"format":"coop-atp/1","data":…}`. */
export function serializeSavedAtp(data: AtpData): string {
  const saved: SavedAtp = { format: SAVED_ATP_FORMAT, data };
  return JSON.stringify(saved);
}

/**
 * Reads what serializeSavedAtp() wrote. Never throws: either the grid, or every problem with its JSON path
 * (`data.groups[0].items[1].intensity`) and a message in `options.locale`; text that is not JSON gives one
 * `invalid_json` issue at the root. On failure the caller sets the text aside (quarantineKey) rather than
 * overwrite it.
 */
export function parseSavedAtp(text: string, options: ParseOptions = {}): SavedAtpParseResult {
  const parsed = parseSavedData(text, options, { schema: SavedAtpSchema, checkData: checkAtpDataSemantics });
  return parsed.ok ? { ok: true, data: parsed.config } : parsed;
}

/**
 * The default storage key of an ATP grid: `coop-widgets:atp:${configId}`, plus `:${namespace}` when a
 * namespace is given and not empty, so that two grids of the same config on one site keep apart.
 */
export function atpStorageKey(configId: string, namespace?: string): string {
  return widgetStorageKey('atp', configId, namespace);
}
