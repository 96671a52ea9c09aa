/**
 * What an ATP element keeps under its storage key. Stored data is input like any other (another
 * version of the library, a hand edit, a half-written value): it is validated with the same schema and issue
 * format as configs, and never trusted.
 */
import * as v from 'valibot';
import { decode, guarded } from '../shared/input.js';
import { IssueList, type ConfigIssue } from '../shared/issues.js';
import type { ParseOptions } from '../questionnaire/parse.js';
import { fromValibot } from '../shared/valibot-issues.js';
import { getStrings } from '../i18n/index.js';
import { AtpDataSchema, type AtpData } from './schema.js';
import { checkAtpDataSemantics } from './semantic.js';

/** The format tag of the stored text; a future layout gets a new tag and a migration. */
export const SAVED_ATP_FORMAT = 'coop-atp/1';

export const SavedAtpSchema = v.strictObject({
  format: v.literal(SAVED_ATP_FORMAT),
  data: AtpDataSchema,
});
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
  const issues = new IssueList(getStrings(options.locale ?? 'fr', options.strings));
  const parsed = guarded<AtpData>(issues, () => {
    const decoded = decode(String(text), issues);
    if (!decoded.ok) return { ok: false, issues: issues.items };
    const result = v.safeParse(SavedAtpSchema, decoded.value, { abortEarly: false });
    if (!result.success) return { ok: false, issues: fromValibot(result.issues, issues.strings) };
    checkAtpDataSemantics(result.output.data, ['data'], issues);
    return issues.items.length ? { ok: false, issues: issues.items } : { ok: true, config: result.output.data };
  });
  return parsed.ok ? { ok: true, data: parsed.config } : parsed;
}

/**
 * The default storage key of an ATP grid: `coop-widgets:atp:${configId}`, plus `:${namespace}` when a
 * namespace is given and not empty, so that two grids of the same config on one site keep apart.
 */
export function atpStorageKey(configId: string, namespace?: string): string {
  const base = `coop-widgets:atp:${configId}`;
  return namespace ? `${base}:${namespace}` : base;
}
