/**
 * What every widget keeps under its storage key is read the same way: stored data is input like any other
 * (another version of the library, a hand edit, a half-written value), validated with the document's schema and
 * rules, and never trusted. Here: the `{format, data}` envelope, the key corrupt text is set aside under, and
 * the default storage keys.
 */
import * as v from 'valibot';
import type { IssueList, ParseResult, PathKey } from './issues.js';
import { parseDocument, type ParseOptions, type ParseSteps, type ShapeIssues } from './parse.js';

/** The stored envelope of a widget whose document is one data object: `{"format":"coop-…/1","data":…}`. */
export function savedEnvelope<F extends string, S extends v.GenericSchema>(format: F, data: S) {
  return v.strictObject({ format: v.literal(format), data });
}

/**
 * Reads stored text. Never throws: either what `steps` make of it, or every problem with its JSON path; text
 * that is not JSON gives one `invalid_json` issue at the root. On failure the caller sets the text aside
 * (quarantineKey) rather than overwrite it.
 */
export function parseSavedText<S extends v.GenericSchema, T = v.InferOutput<S>>(
  text: string,
  options: ParseOptions,
  steps: ParseSteps<S, T>,
): ParseResult<T> {
  return parseDocument(String(text), options, steps);
}

/**
 * Reads a `{format, data}` envelope (savedEnvelope): the data's own rules run at `data.…` paths, and the data
 * alone is handed back.
 */
export function parseSavedData<D>(
  text: string,
  options: ParseOptions,
  steps: {
    schema: v.GenericSchema<unknown, { format: string; data: D }>;
    checkData: (data: D, at: PathKey[], issues: IssueList) => void;
    shapeIssues?: ShapeIssues | undefined;
  },
): ParseResult<D> {
  return parseSavedText(text, options, {
    schema: steps.schema,
    shapeIssues: steps.shapeIssues,
    semantics: (saved, issues) => {
      steps.checkData(saved.data, ['data'], issues);
      return saved.data;
    },
  });
}

/**
 * The key under which corrupt data found at `key` is set aside, so that it is never overwritten:
 * `${key}:corrupt:${ISO timestamp}`.
 */
export function quarantineKey(key: string, now: Date = new Date()): string {
  return `${key}:corrupt:${now.toISOString()}`;
}

/**
 * The default storage key of a widget's document: `coop-widgets:${kind}:${id}`, plus `:${namespace}` when a
 * namespace (the element's `storage-key` attribute) is given and not empty, so that two copies of one config
 * on a site keep apart.
 */
export function widgetStorageKey(kind: string, id: string, namespace?: string): string {
  const base = `coop-widgets:${kind}:${id}`;
  return namespace ? `${base}:${namespace}` : base;
}
