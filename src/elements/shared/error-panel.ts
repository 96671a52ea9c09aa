import { css, html, type TemplateResult } from 'lit';
import type { ConfigIssue, Strings } from '../../core/runtime.js';

/**
 * The panel every widget shows instead of its content when its config is invalid: what is wrong and where —
 * in plain words first when the issue names its place (`where`), then the JSON path on a line of its own for
 * developers — announced at once (`role="alert"`). Issue texts are bound as text, never as HTML.
 */
export function renderIssues(issues: readonly ConfigIssue[], strings: Strings): TemplateResult {
  return html`
    <div class="error-panel" part="error" role="alert">
      <p class="error-title"><strong>${strings.configErrorTitle(issues.length)}</strong></p>
      <p>${strings.configErrorLead}</p>
      <ul class="error-list">
        ${issues.map((issue) =>
          issue.where
            ? html`<li part="error-item">
                <span class="error-message"><strong class="error-where">${issue.where}</strong> ${issue.message}</span>
                <span class="error-path error-path--details"
                  >${strings.configErrorPath} <code>${issue.path}</code></span
                >
              </li>`
            : html`<li part="error-item">
                <span class="error-path"
                  >${strings.configErrorPath} <code>${issue.path || strings.configErrorRoot}</code></span
                >
                <span class="error-message">${issue.message}</span>
              </li>`,
        )}
      </ul>
    </div>
  `;
}

export const errorPanelStyles = css`
  .error-panel {
    border: 2px solid var(--_error);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_error-surface);
    color: var(--_text);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .error-title {
    margin-block-start: 0;
    color: var(--_error);
  }
  .error-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-list li + li {
    margin-block-start: 0.5rem;
  }
  .error-path,
  .error-message {
    display: block;
  }
  /* The JSON path under a problem said in plain words: for the developer, quieter. */
  .error-path--details {
    font-size: 0.875em;
  }
  code {
    font-family: var(--coop-font-family-mono, ui-monospace, monospace);
  }
`;
