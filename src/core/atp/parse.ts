/** Reading ATP configs and grids: JSON text or objects in, validated documents or located issues out. */
import * as v from 'valibot';
import { decode, guarded } from '../shared/input.js';
import { IssueList, type ConfigIssue, type ParseResult } from '../shared/issues.js';
import type { ParseOptions } from '../questionnaire/parse.js';
import { fromValibot } from '../shared/valibot-issues.js';
import { getStrings } from '../i18n/index.js';
import { ATP_SCHEMA_VERSION, AtpConfigSchema, AtpDataSchema, type AtpConfig, type AtpData } from './schema.js';
import { checkAtpDataSemantics, checkAtpSemantics } from './semantic.js';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Brings an ATP config written for an older `schemaVersion` to the current format. Version 1 is the first,
 * so today this only reports versions newer than the library knows (returning undefined).
 */
export function migrateAtpConfig(input: unknown, issues: IssueList): unknown {
  if (!isRecord(input)) return input;
  const version = input.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > ATP_SCHEMA_VERSION) {
    issues.add(
      ['schemaVersion'],
      'unsupported_schema_version',
      issues.strings.issueUnsupportedSchemaVersion(String(version), ATP_SCHEMA_VERSION),
    );
    return undefined;
  }
  return input;
}

/**
 * Validates an ATP config given as JSON text or as an object. Never throws: either the config with defaults
 * applied, or every problem found, each with its JSON path and a message in `options.locale`.
 */
export function parseAtpConfig(input: string | object, options: ParseOptions = {}): ParseResult<AtpConfig> {
  const issues = new IssueList(getStrings(options.locale ?? 'fr', options.strings));
  return guarded(issues, () => {
    const decoded = decode(input, issues);
    if (!decoded.ok) return { ok: false, issues: issues.items };
    const migrated = migrateAtpConfig(decoded.value, issues);
    if (issues.items.length) return { ok: false, issues: issues.items };
    const result = v.safeParse(AtpConfigSchema, migrated, { abortEarly: false });
    if (!result.success) return { ok: false, issues: fromValibot(result.issues, issues.strings) };
    checkAtpSemantics(result.output, issues);
    return issues.items.length ? { ok: false, issues: issues.items } : { ok: true, config: result.output };
  });
}

export type AtpDataParseResult = { ok: true; data: AtpData } | { ok: false; issues: ConfigIssue[] };

/**
 * Validates a grid (stored, imported or sent by a participant), with the same contract as parseAtpConfig:
 * its shape, unique group ids, unique item ids within each group. It does not check the grid against a
 * config: fitAtpData() does that.
 */
export function parseAtpData(input: string | object, options: ParseOptions = {}): AtpDataParseResult {
  const issues = new IssueList(getStrings(options.locale ?? 'fr', options.strings));
  const parsed = guarded<AtpData>(issues, () => {
    const decoded = decode(input, issues);
    if (!decoded.ok) return { ok: false, issues: issues.items };
    const result = v.safeParse(AtpDataSchema, decoded.value, { abortEarly: false });
    if (!result.success) return { ok: false, issues: fromValibot(result.issues, issues.strings) };
    checkAtpDataSemantics(result.output, [], issues);
    return issues.items.length ? { ok: false, issues: issues.items } : { ok: true, config: result.output };
  });
  return parsed.ok ? { ok: true, data: parsed.config } : parsed;
}
