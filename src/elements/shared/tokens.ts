import { css } from 'lit';

/**
 * The neutral theme. Every value is a `--coop-*` custom property with a fallback, so a host page themes the
 * widgets by setting the properties (e.g. mapping DSFR tokens) and never needs to reach inside.
 * `all: initial`-style resets on the host page do not cross the shadow root; inherited font and colour do,
 * on purpose, so the widget reads like the rest of the page unless told otherwise.
 */
export const tokens = css`
  :host {
    --_accent: var(--coop-color-accent, #000091);
    --_text: var(--coop-color-text, #161616);
    --_muted: var(--coop-color-muted, #3a3a3a);
    --_surface: var(--coop-color-surface, #ffffff);
    --_border: var(--coop-color-border, #929292);
    --_error: var(--coop-color-error, #ce0500);
    --_error-surface: var(--coop-color-error-surface, #ffe9e9);
    --_focus: var(--coop-color-focus, #0a76f6);
    --_radius: var(--coop-radius, 0.25rem);
    --_space: var(--coop-space, 1rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--coop-font-family, inherit);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* Set on every element, not inherited from :host: a host page's rule on the tag itself (\`all: unset\`)
     beats :host, and fields at width 100% would then overflow in content-box. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Small shared helpers: text only for screen readers, buttons that look like links. */
export const utilities = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .loading {
    color: var(--_muted);
  }
`;
