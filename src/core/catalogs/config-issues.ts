/**
 * The wording of the problems a parse finds (src/core/shared/issue-wording.ts): the code that says them and
 * their French. Registered at once by `coop-widgets/core` (src/core/index.ts); the elements register it when
 * their first problem shows (src/elements/shared/issues-panel.ts, loaded then), <coop-project> with its project
 * file's code, the config editor with its entry. English has these sentences in its whole catalog.
 */
import { configIssuesFr } from '../i18n/config-issues.js';
import { extendCatalog } from '../i18n/index.js';
import { withPlaces } from '../shared/issue-place.js';
import { registerIssueWording } from '../shared/issue-wording.js';
import { describeJsonError } from '../shared/json-syntax.js';
import { wordValibotIssue } from '../shared/valibot-wording.js';

export function addConfigIssueWording(): void {
  extendCatalog('fr', configIssuesFr);
  registerIssueWording({
    valibot: wordValibotIssue,
    withPlaces,
    jsonSyntax: (text, message, s) => {
      const found = describeJsonError(text, message);
      return s.issueJsonSyntax(found.reason, found.line, found.column, found.detail);
    },
  });
}
