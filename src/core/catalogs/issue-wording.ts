/**
 * Whether the wording of config problems is registered (config-issues.ts): an element that found problems
 * without it loads it, parses again, and only then reports them (src/elements/shared/configurable.ts). Its
 * `configIssueStrings(s)` words a problem the element finds itself (a config that could not be fetched) as a
 * parse does: empty until then.
 */
import { issueStrings, issueWording } from '../shared/issue-wording.js';

export { issueStrings as configIssueStrings };

export function hasConfigIssueWording(): boolean {
  return issueWording() !== undefined;
}
