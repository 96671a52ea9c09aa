/** What every view of the report reads: the report's data, its strings, the locale's date formats; its tables' labelled cells. */
import { html, type TemplateResult } from 'lit';
import { localeTag, type CoopReport, type ReportText } from '../../core/index.js';
import { cellLabel } from '../shared/cell-label.js';

export interface ReportViewContext {
  report: CoopReport;
  s: ReportText;
  /** An ISO date or date-time in the report's language ("15 mars 2026"), in UTC so that it reads the same everywhere. */
  date: (iso: string) => string;
}

export function reportContext(report: CoopReport, s: ReportText): ReportViewContext {
  const format = new Intl.DateTimeFormat(localeTag(report.locale), { dateStyle: 'long', timeZone: 'UTC' });
  return {
    report,
    s,
    date: (iso) => {
      const when = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(when.getTime()) ? iso : format.format(when);
    },
  };
}

/** The headings' ids: the table of contents links to them (in the archived file too). */
export const PART_IDS = {
  selfAssessment: 'report-self-assessment',
  representation: 'report-representation',
  principles: 'report-principles',
  changes: 'report-changes',
} as const;

/**
 * A data cell with its column's name for the cards drawn where the view is narrow (cards.styles.ts); an empty one
 * is marked `cell-empty`, so that a card leaves it out (a name over nothing says nothing).
 */
export const labelledCell = (label: string, value: string | TemplateResult | undefined): TemplateResult =>
  html`<td class=${value === undefined || value === '' ? 'cell-empty' : ''}>${cellLabel(label)}${value ?? ''}</td>`;
