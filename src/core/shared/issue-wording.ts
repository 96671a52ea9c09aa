/**
 * Who words the problems a parse finds. Finding them (paths, codes, ok or not) is the parser's and always here;
 * saying them — the sentences, the place in plain words, a JSON syntax error's line and column — is a module of
 * its own (src/core/catalogs/config-issues.ts) that fills this registry when it is registered: `coop-widgets/core`
 * does so at once, the elements with the first problem (a page whose configs are right never needs it). Until
 * then every problem is found the same, with an empty message; nothing here throws for want of wording.
 */
import type { BaseIssue } from 'valibot';
import type { ConfigIssueStrings } from '../i18n/config-issues.js';
import type { Strings } from '../i18n/strings.js';
import type { ConfigIssue, IssueCode, PathKey } from './issues.js';

export interface IssueWording {
  /** The sentence of a Valibot issue that valibot-issues.ts classed as `code`; `last` is its path's last key. */
  valibot(code: IssueCode, issue: BaseIssue<unknown>, last: PathKey | undefined, s: Strings): string;
  /** The issues with their place in words added where one can be given (issue-place.ts). */
  withPlaces(issues: readonly ConfigIssue[], document: unknown, s: Strings): ConfigIssue[];
  /** What `JSON.parse(text)` threw (`message`), in the user's words (json-syntax.ts). */
  jsonSyntax(text: string, message: string, s: Strings): string;
}

let wording: IssueWording | undefined;

/** Fills the registry (src/core/catalogs/config-issues.ts does, with the French of the problems). */
export function registerIssueWording(given: IssueWording): void {
  wording = given;
}

/** The wording, once registered. */
export function issueWording(): IssueWording | undefined {
  return wording;
}

type TextKey = {
  [K in keyof ConfigIssueStrings]: ConfigIssueStrings[K] extends string ? K : never;
}[keyof ConfigIssueStrings];
/** The keys of the problems' strings that are text, not functions: '' without wording (the others `() => ''`). */
const TEXTS = [
  'configErrorLead',
  'configErrorPath',
  'configErrorRoot',
  'issueEmptyText',
  'issueEmptySection',
  'issueEmptySubsection',
  'typeString',
  'typeNumber',
  'typeBoolean',
  'typeArray',
  'typeObject',
  'typeNull',
  'typeMissing',
] as const satisfies readonly TextKey[];
type Listed<Missing extends never> = Missing;
/** Every text key is in TEXTS: one left out is a type error here. */
export type TextKeysListed = Listed<Exclude<TextKey, (typeof TEXTS)[number]>>;
/** The problems' keys (ConfigIssueStrings's prefixes). */
const ISSUE_KEY = /^(issue|type|configError)[A-Z]/;
const blank = () => '';

/**
 * The strings a parse words its problems with (IssueList's): `s` itself once the wording is registered, else
 * `s` with every problem's sentence empty, whatever the catalog holds, so that a problem is worded wholly or
 * not at all.
 */
export function issueStrings(s: Strings): Strings {
  if (wording) return s;
  return new Proxy(s, {
    get: (target, key, receiver) =>
      typeof key === 'string' && ISSUE_KEY.test(key)
        ? (TEXTS as readonly string[]).includes(key)
          ? ''
          : blank
        : Reflect.get(target, key, receiver),
  });
}
