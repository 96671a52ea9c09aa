/**
 * The problems the core finds in the draft, with the same messages the widgets show: each names its JSON path,
 * a button that selects that place in the JSON pane.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigEditorStrings, ConfigIssue } from '../../core/index.js';

export interface IssuesViewContext {
  strings: ConfigEditorStrings;
  issues: ConfigIssue[];
  onReveal(path: string): void;
}

export function renderIssues(ctx: IssuesViewContext): TemplateResult {
  const s = ctx.strings;
  const { issues } = ctx;
  return html`<div class="issues" part="issues">
    <h4>${issues.length ? s.ceIssues(issues.length) : s.ceNoIssue}</h4>
    ${
      issues.length
        ? html`<ul>
            ${issues.map(
              (issue) =>
                html`<li>
                  ${issue.message}
                  <button type="button" class="button path" part="button" @click=${() => ctx.onReveal(issue.path)}>
                    <span class="visually-hidden">${s.ceIssueAt}</span> ${issue.path || s.ceRoot}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}
