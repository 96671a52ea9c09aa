/** The config editor's layout: outline and JSON side by side on wide screens, stacked below 60rem. */
import { css } from 'lit';

export const configEditorStyles = css`
  .editor {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .panes {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 60rem) {
    .panes {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  section.pane {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2);
    min-width: 0;
  }
  .toolbar,
  .actions,
  .node-tools,
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .field {
    display: grid;
    gap: 0.125rem;
    margin-block: calc(var(--_space) / 4);
  }
  .field.inline {
    grid-template-columns: minmax(0, 1fr);
  }
  input:not([type='radio']):not([type='checkbox']):not([type='file']),
  textarea,
  select {
    font: inherit;
    box-sizing: border-box;
    max-width: 100%;
    width: 100%;
  }
  textarea {
    font-family: var(--coop-font-family-mono, ui-monospace, monospace);
  }
  .root-fields,
  .node-fields {
    display: grid;
    gap: calc(var(--_space) / 2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  ol.tree,
  ol.children {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  ol.children {
    margin-block: calc(var(--_space) / 2);
  }
  .list,
  details.part,
  fieldset.column {
    margin-block: calc(var(--_space) / 2);
  }
  .list h4 {
    font-size: 1rem;
    margin-block: calc(var(--_space) / 2);
  }
  details.part > summary {
    font-weight: 600;
    cursor: pointer;
    padding-block: calc(var(--_space) / 4);
  }
  .hint {
    margin-block: calc(var(--_space) / 4);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .notice {
    border-inline-start: 0.25rem solid var(--_accent);
    padding-inline-start: calc(var(--_space) / 2);
  }
  .problem {
    color: var(--_error);
  }
  .problem::before {
    content: '⚠ ';
  }
  .issues ul {
    padding-inline-start: 1.25rem;
  }
  .issues button.path {
    font-family: var(--coop-font-family-mono, ui-monospace, monospace);
  }
  .json-host {
    min-height: 12rem;
    max-height: 32rem;
    overflow: auto;
    border: 1px solid var(--_border);
  }
  .json-host .cm-scroller {
    overflow: visible;
  }
  .json-host .cm-editor.cm-focused {
    outline: 3px solid var(--_focus);
  }
  .cm-coop-hover {
    max-width: 28rem;
    padding: 0.25rem 0.5rem;
  }
  /* The frame keeps the chosen width; a narrower screen scrolls it sideways. */
  .preview-scroll {
    max-width: 100%;
    overflow: auto;
    margin-block-start: calc(var(--_space) / 2);
  }
  .preview-frame {
    box-sizing: content-box;
    border: 1px dashed var(--_border);
  }
  .preview-frame--1280 {
    width: 1280px;
  }
  .preview-frame--768 {
    width: 768px;
  }
  .preview-frame--320 {
    width: 320px;
  }
  .choice {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  /* A field of checkboxes (a principle's widgets): its legend reads like the other fields' labels. */
  fieldset.choices {
    border: 0;
    margin-inline: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  fieldset.choices > legend {
    padding: 0;
    margin-block-end: 0.125rem;
  }
  code {
    overflow-wrap: anywhere;
  }
  dialog {
    max-width: min(32rem, 90vw);
  }
  .button.small {
    min-height: 2rem;
    padding: 0.25rem 0.5rem;
  }
  .button[disabled] {
    cursor: not-allowed;
    border-style: dashed;
    opacity: 0.6;
  }
  .button.path {
    min-height: 1.5rem;
    padding: 0 0.25rem;
  }
  .add {
    margin-block-start: calc(var(--_space) / 2);
  }
`;
