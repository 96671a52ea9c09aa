/** What every view of the report reads: the report's data, its strings, and the locale's date formats. */
import { localeTag, type CoopReport, type ReportText } from '../../core/index.js';

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
