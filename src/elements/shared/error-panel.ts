import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Strings } from '../../core/runtime.js';

/** How the panel's module is fetched: replaced by tests to play a page that cannot load it. */
export const issuesPanelModule = { load: () => import('./issues-panel.js') };

/**
 * The developer's list of problems (`show-config-errors`, a project file that cannot be imported) and the wording
 * of every problem: their own module, loaded with the first problem (a page whose configs are right never needs
 * it). A widget shows the visitor's notice meanwhile, announced at once as the list will be.
 */
let issuesPanel: Promise<typeof import('./issues-panel.js')> | undefined;
export function loadIssuesPanel(): Promise<typeof import('./issues-panel.js')> {
  return (issuesPanel ??= issuesPanelModule.load().catch((error: unknown) => {
    issuesPanel = undefined; // a later broken config may try again
    throw error;
  }));
}

/**
 * What a visitor of a published page sees instead of a widget whose config is broken: one neutral sentence,
 * announced at once. The problems themselves go to the `coop-config-error` event and the console.
 */
export function renderConfigNotice(strings: Strings, lang?: string): TemplateResult {
  return html`<div class="error-panel error-panel--notice" part="error" role="alert" lang=${ifDefined(lang)}>
    <p>${strings.configNotice}</p>
  </div>`;
}

export const errorPanelStyles = css`
  .error-panel {
    border: 2px solid var(--_error);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_error-surface);
    color: var(--_text);
    padding: var(--_space);
    /* Prose breaks between words (and hyphenates where the browser knows the language); a word too long for
       the line, such as a path quoted in a message, still breaks rather than overflowing. Only paths and code
       may break anywhere. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .error-panel--notice {
    border-color: var(--_border);
    background: var(--_surface);
  }
  .error-panel--notice p {
    margin: 0;
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
  code,
  .error-token {
    overflow-wrap: anywhere;
    hyphens: none;
  }
`;
