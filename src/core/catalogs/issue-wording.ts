/**
 * Whether the wording of config problems is registered (config-issues.ts): an element that found problems
 * without it loads it, parses again, and only then reports them (src/elements/shared/configurable.ts).
 */
import { issueWording } from '../shared/issue-wording.js';

export function hasConfigIssueWording(): boolean {
  return issueWording() !== undefined;
}
