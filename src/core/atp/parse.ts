/** Reading ATP configs and grids: JSON text or objects in, validated documents or located issues out. */
import type { ConfigIssue, IssueList, ParseResult } from '../shared/issues.js';
import { parseDocument, refuseNewerVersion, type ParseOptions } from '../shared/parse.js';
import { ATP_SCHEMA_VERSION, AtpConfigSchema, AtpDataSchema, type AtpConfig, type AtpData } from './schema.js';
import { checkAtpDataSemantics, checkAtpSemantics, crossCheckAtpConfig } from './semantic.js';

/**
 * Brings an ATP config written for an older `schemaVersion` to the current format. Version 1 is the first,
 * so today this only reports versions newer than the library knows (returning undefined).
 */
export function migrateAtpConfig(input: unknown, issues: IssueList): unknown {
  return refuseNewerVersion(input, issues, ATP_SCHEMA_VERSION);
}

/**
 * Validates an ATP config given as JSON text or as an object. Never throws: either the config with defaults
 * applied, or every problem found, each with its JSON path and a message in `options.locale`.
 */
export function parseAtpConfig(input: string | object, options: ParseOptions = {}): ParseResult<AtpConfig> {
  return parseDocument(input, options, {
    schema: AtpConfigSchema,
    migrate: migrateAtpConfig,
    crossChecks: crossCheckAtpConfig,
    semantics: (config, issues) => {
      checkAtpSemantics(config, issues);
      return config;
    },
  });
}

export type AtpDataParseResult = { ok: true; data: AtpData } | { ok: false; issues: ConfigIssue[] };

/**
 * Validates a grid (stored, imported or sent by a participant), with the same contract as parseAtpConfig:
 * its shape, unique group ids, unique item ids within each group. It does not check the grid against a
 * config: fitAtpData() does that.
 */
export function parseAtpData(input: string | object, options: ParseOptions = {}): AtpDataParseResult {
  const parsed = parseDocument(input, options, {
    schema: AtpDataSchema,
    crossChecks: (data, issues) => checkAtpDataSemantics(data, [], issues),
    semantics: (data, issues) => {
      checkAtpDataSemantics(data, [], issues);
      return data;
    },
  });
  return parsed.ok ? { ok: true, data: parsed.config } : parsed;
}
