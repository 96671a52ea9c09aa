/**
 * The one way every document is read, whichever widget it belongs to: JSON text or object → schema version →
 * shape (Valibot) → the rules that need the whole document → either the document or every issue found, each
 * with its JSON path and a message in the caller's locale. Never throws, so a page can hand it anything.
 */
import * as v from 'valibot';
import { getStrings, type Locale, type Strings } from '../i18n/index.js';
import { decode, guarded } from './input.js';
import { IssueList, type ConfigIssue, type ParseResult } from './issues.js';
import { fromValibot } from './valibot-issues.js';
import { issueWording } from './issue-wording.js';

export interface ParseOptions {
  /** Language of the messages (default `fr`). */
  locale?: Locale;
  /** A site's string overrides, applied to the messages too. */
  strings?: Partial<Strings>;
}

/** Turns Valibot's issues into ours; a widget whose schema has issues of its own (dates) words them itself. */
export type ShapeIssues = (found: readonly v.BaseIssue<unknown>[], issues: IssueList) => ConfigIssue[];

const defaultShapeIssues: ShapeIssues = (found, issues) => fromValibot(found, issues.strings);

/** What sets one document apart from another; the order of the steps is the pipeline's. */
export interface ParseSteps<S extends v.GenericSchema, T> {
  /** The document's shape. */
  schema: S;
  /**
   * Brings a document written for an older format up to date before its shape is checked; an issue it reports
   * (a version newer than the library) stops the reading there.
   */
  migrate?: ((input: unknown, issues: IssueList) => unknown) | undefined;
  shapeIssues?: ShapeIssues | undefined;
  /**
   * The rules that need the whole document, once its shape is right; returns what the caller gets (the
   * document with defaults filled in, or the part of it the caller wants). Without it, the shape's output.
   */
  semantics?: ((output: v.InferOutput<S>, issues: IssueList) => T) | undefined;
  /**
   * The semantics' checks across the document (unique ids, references) written to read any input: run on a
   * document whose shape is wrong too, so that every problem is reported in one pass rather than in rounds.
   * The semantics run them themselves on a document whose shape is right.
   */
  crossChecks?: ((input: unknown, issues: IssueList) => void) | undefined;
}

/** Reads `input` through `steps`; see the module comment for the contract. */
export function parseDocument<S extends v.GenericSchema, T = v.InferOutput<S>>(
  input: unknown,
  options: ParseOptions,
  steps: ParseSteps<S, T>,
): ParseResult<T> {
  const issues = new IssueList(getStrings(options.locale ?? 'fr', options.strings));
  return guarded<T>(issues, () => {
    const decoded = decode(input, issues);
    if (!decoded.ok) return { ok: false, issues: issues.items };
    const migrated = steps.migrate ? steps.migrate(decoded.value, issues) : decoded.value;
    if (issues.items.length) return { ok: false, issues: issues.items };
    const result = v.safeParse(steps.schema, migrated, { abortEarly: false });
    // Each problem is also said where it is in plain words, the named elements on its path (issue-place.ts's
    // withPlaces), once the problems' wording is registered.
    const placed = (found: ConfigIssue[]) => issueWording()?.withPlaces(found, migrated, issues.strings) ?? found;
    if (!result.success) {
      const shape = (steps.shapeIssues ?? defaultShapeIssues)(result.issues, issues);
      const before = issues.items.length;
      try {
        steps.crossChecks?.(migrated, issues);
      } catch {
        issues.items.splice(before); // a hostile document (a getter that throws): the shape's issues alone
      }
      return { ok: false, issues: placed([...shape, ...issues.items]) };
    }
    // Without semantics T is the schema's output (the type parameter's default).
    const value = steps.semantics ? steps.semantics(result.output, issues) : (result.output as T);
    return issues.items.length ? { ok: false, issues: placed(issues.items) } : { ok: true, config: value };
  });
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The migration step of a format at its first version: a document claiming a `schemaVersion` newer than
 * `newest` gets one `unsupported_schema_version` issue (and undefined back); anything else passes unchanged.
 * A future format change adds its step in front of this one, so documents stay readable forever.
 */
export function refuseNewerVersion(input: unknown, issues: IssueList, newest: number): unknown {
  if (!isRecord(input)) return input;
  const version = input.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > newest) {
    issues.add(
      ['schemaVersion'],
      'unsupported_schema_version',
      issues.strings.issueUnsupportedSchemaVersion(String(version), newest),
    );
    return undefined;
  }
  return input;
}
