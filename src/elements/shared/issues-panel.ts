/**
 * The panel of a config's or a project file's problems, for whoever edits the page: loaded on demand
 * (error-panel.ts's loadIssuesPanel), its styles are error-panel.ts's. It brings the wording of the problems
 * (the code that says them and their French): loaded with the first problem, which is then parsed again to be
 * worded (configurable.ts).
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { addConfigIssueWording } from '../../core/catalogs/config-issues.js';
import type { ConfigIssue, Strings } from '../../core/runtime.js';

addConfigIssueWording();

/** A path, URL or file name quoted in a message: a long run without spaces, with a bracket, dot or slash. */
const LONG_TOKEN = /\S*[[./]\S*/g;

/**
 * A message as text, its quoted paths and URLs in spans that may break anywhere (the prose breaks only between
 * words): at 320 px, or in a host's flex row where the widget shrinks to its narrowest, no word is cut.
 */
function messageText(message: string): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  for (const match of message.matchAll(LONG_TOKEN)) {
    if (match[0].length < 16) continue;
    out.push(message.slice(at, match.index), html`<span class="error-token">${match[0]}</span>`);
    at = match.index + match[0].length;
  }
  out.push(message.slice(at));
  return out;
}

/**
 * The panel every widget shows instead of its content when its config is invalid and the page is being edited
 * (`show-config-errors`): what is wrong and where — in plain words first when the issue names its place
 * (`where`), then the JSON path on a line of its own for developers — announced at once (`role="alert"`).
 * Issue texts are bound as text, never as HTML. `lang` (the interface's) lets the browser hyphenate the prose.
 */
/** What the panel says above the problems: a config's (the default) or, say, a file's that cannot be imported. */
export interface IssuesHead {
  title: string;
  lead: string;
}

export function renderIssues(
  issues: readonly ConfigIssue[],
  strings: Strings,
  lang?: string,
  head: IssuesHead = { title: strings.configErrorTitle(issues.length), lead: strings.configErrorLead },
): TemplateResult {
  return html`
    <div class="error-panel" part="error" role="alert" lang=${ifDefined(lang)}>
      <p class="error-title"><strong>${head.title}</strong></p>
      <p>${head.lead}</p>
      <ul class="error-list">
        ${issues.map((issue) =>
          issue.where
            ? html`<li part="error-item">
                <span class="error-message"
                  ><strong class="error-where">${issue.where}</strong>${' '}${messageText(issue.message)}</span
                >
                <span class="error-path error-path--details"
                  >${`${strings.configErrorPath} `}<code>${issue.path}</code></span
                >
              </li>`
            : html`<li part="error-item">
                <span class="error-path"
                  >${`${strings.configErrorPath} `}<code>${issue.path || strings.configErrorRoot}</code></span
                >
                <span class="error-message">${messageText(issue.message)}</span>
              </li>`,
        )}
      </ul>
    </div>
  `;
}
