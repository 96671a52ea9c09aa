/** Validation of the principles config and data: the same contract and issue format as the questionnaire's. */
import type * as v from 'valibot';
import { formatPath, type ConfigIssue, type IssueList, type ParseResult, type PathKey } from '../shared/issues.js';
import { parseDocument, refuseNewerVersion, type ParseOptions } from '../shared/parse.js';
import { fromValibot } from '../shared/valibot-issues.js';
import { getStrings } from '../i18n/index.js';
import {
  defaultGroups,
  defaultStatuses,
  PRINCIPLES_SCHEMA_VERSION,
  PrinciplesConfigSchema,
  PrinciplesDataSchema,
  type PrinciplesConfig,
  type PrinciplesData,
} from './schema.js';
import {
  checkPrinciplesConfig,
  checkPrinciplesData,
  crossCheckPrinciplesConfig,
  crossCheckPrinciplesData,
} from './semantic.js';

export type PrinciplesDataParseResult = { ok: true; data: PrinciplesData } | { ok: false; issues: ConfigIssue[] };

type AnyIssue = v.BaseIssue<unknown>;

/**
 * Valibot's issues as ours. Dates get their own sentence ("YYYY-MM-DD expected"): the generic mapping would
 * call a malformed date "out of range".
 */
export function principlesIssues(found: readonly AnyIssue[], issues: IssueList): ConfigIssue[] {
  const s = issues.strings;
  const dates = found.filter((issue) => issue.type === 'iso_date' || issue.type === 'iso_timestamp');
  const out = fromValibot(
    found.filter((issue) => !dates.includes(issue)),
    s,
  );
  for (const issue of dates) {
    const keys: PathKey[] = (issue.path ?? []).map((item) => {
      const key = (item as { key?: unknown }).key;
      return typeof key === 'number' ? key : String(key);
    });
    out.push({
      path: formatPath(keys),
      code: 'invalid_value',
      message:
        issue.type === 'iso_date'
          ? s.principlesIssueInvalidDate(issue.received)
          : s.principlesIssueInvalidDateTime(issue.received),
    });
  }
  return out;
}

/**
 * Validates a principles config given as JSON text or as an object. Never throws: either the config with
 * defaults applied, or every problem found, each with its JSON path and a message in `options.locale`.
 * Statuses and groups left out get default labels in the config's `locale`, else in `options.locale`.
 */
export function parsePrinciplesConfig(
  input: string | object,
  options: ParseOptions = {},
): ParseResult<PrinciplesConfig> {
  return parseDocument(input, options, {
    schema: PrinciplesConfigSchema,
    migrate: (value, issues) => refuseNewerVersion(value, issues, PRINCIPLES_SCHEMA_VERSION),
    shapeIssues: principlesIssues,
    crossChecks: crossCheckPrinciplesConfig,
    semantics: ({ statuses, groups, ...rest }, issues) => {
      // Default statuses and groups are content: labelled in the config's language when it states one.
      const labels = rest.locale && rest.locale !== (options.locale ?? 'fr') ? getStrings(rest.locale) : issues.strings;
      const config: PrinciplesConfig = {
        ...rest,
        statuses: statuses ?? defaultStatuses(labels),
        groups: groups ?? defaultGroups(labels),
      };
      checkPrinciplesConfig(config, issues);
      return config;
    },
  });
}

/**
 * Validates principles data (each principle's state and the proposals register), JSON text or object, with
 * the same contract as parsePrinciplesConfig. Beyond the shape: proposal ids are unique, a rejected proposal
 * gives its reason, only an accepted one is carried out. Status ids are not checked against a config: an
 * unknown one reads as not assessed yet (principleStatus), so data outlives a config's edits.
 */
export function parsePrinciplesData(input: string | object, options: ParseOptions = {}): PrinciplesDataParseResult {
  const parsed = parseDocument(input, options, {
    schema: PrinciplesDataSchema,
    shapeIssues: principlesIssues,
    crossChecks: (data, issues) => crossCheckPrinciplesData(data, issues),
    semantics: (data, issues) => {
      checkPrinciplesData(data, issues);
      return data;
    },
  });
  return parsed.ok ? { ok: true, data: parsed.config } : parsed;
}
