/**
 * A table cell's column name, written at the start of the cell and shown only where the table is drawn as cards
 * (cards.styles.ts): hidden from screen readers, which hear the column header instead. (The report's cells, which
 * may be empty, use labelledCell in report/context.ts: it stays out of the first paint.)
 */
import { html, type TemplateResult } from 'lit';

export const cellLabel = (text: string): TemplateResult =>
  html`<span class="cell-label" aria-hidden="true">${text}</span>`;
