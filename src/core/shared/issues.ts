/** Where a problem is and what it is: the issue format of every document, its codes and its JSON paths. */
import type { Strings } from '../i18n/index.js';
import { issueStrings } from './issue-wording.js';

/** Stable machine-readable codes of config and data problems; `message` is their localised sentence. */
export type IssueCode =
  | 'invalid_json'
  | 'fetch_failed'
  | 'invalid_input'
  | 'required'
  | 'unknown_key'
  | 'invalid_type'
  | 'too_short'
  | 'out_of_range'
  | 'not_integer'
  | 'invalid_value'
  | 'invalid_id'
  | 'unsupported_schema_version'
  | 'duplicate_id'
  | 'bands_not_from_zero'
  | 'bands_not_increasing'
  | 'empty_section'
  | 'empty_subsection'
  | 'scale_too_small'
  | 'scale_not_increasing'
  | 'duplicate_scale_value'
  | 'unknown_principle'
  | 'unknown_scale'
  | 'unknown_band'
  /** An id that refers to nothing declared (a status, a group, a category). */
  | 'unknown_reference'
  /** Thresholds or bounds that contradict each other or the scale they apply to. */
  | 'invalid_range';

/** One problem in a document: where (a JSON path such as `sections[1].subsections[0].questions[3].weight`), what. */
export interface ConfigIssue {
  path: string;
  code: IssueCode;
  message: string;
  /**
   * The place in plain words, when the path runs through named elements: « Principe 3 « Bâtir la confiance » ›
   * propriété « number » ». Left out when nothing there has a name (the path alone then says where).
   */
  where?: string;
}

export type ParseResult<T> = { ok: true; config: T } | { ok: false; issues: ConfigIssue[] };

export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['sections', 1, 'questions', 3, 'weight']` → `sections[1].questions[3].weight`; odd keys are quoted. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Builds issues in one locale; `add()` takes a path as keys. Its `strings` give empty sentences for the problems
 * until their wording is registered (issue-wording.ts): the same issues are found, unworded.
 */
export class IssueList {
  readonly items: ConfigIssue[] = [];
  readonly strings: Strings;
  constructor(strings: Strings) {
    this.strings = issueStrings(strings);
  }
  add(path: readonly PathKey[] | string, code: IssueCode, message: string): void {
    this.items.push({ path: typeof path === 'string' ? path : formatPath(path), code, message });
  }
}
