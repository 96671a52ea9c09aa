/**
 * A table cell's column name, written at the start of the cell and shown only where the table is drawn as cards
 * (cards.styles.ts): hidden from screen readers, which hear the column header instead. `labelledCell` is a data
 * cell with it; an empty one is marked so that a card leaves it out (a name over nothing says nothing).
 */
import { html, type TemplateResult } from 'lit';

export const cellLabel = (text: string): TemplateResult =>
  html`<span class="cell-label" aria-hidden="true">${text}</span>`;

export const labelledCell = (label: string, value: string | TemplateResult | undefined): TemplateResult =>
  html`<td class=${value === undefined || value === '' ? 'cell-empty' : ''}>${cellLabel(label)}${value ?? ''}</td>`;
