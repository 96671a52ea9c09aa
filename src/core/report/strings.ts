/**
 * The report's own strings (headings, captions, the cover, the changes), outside the `Strings` catalog so
 * that they never weigh on the widgets' first paint: the core's report and the report's views read them here,
 * in both languages, with a site's overrides (from the same `strings` object as the other keys) laid over.
 */
import { getStrings, type Locale, type Strings } from '../i18n/index.js';
import { reportEn } from '../i18n/report.en.js';
import { reportFr, type ReportStrings } from '../i18n/report.js';

/** What a site may pass as `strings` to a report: any key of the catalog or of the report. */
export type ReportStringOverrides = Partial<Strings> & Partial<ReportStrings>;

/** The report's strings in `locale`, a site's overrides of the same kind laid over (text for text, function for function). */
export function getReportStrings(locale: Locale, overrides?: ReportStringOverrides): ReportStrings {
  const base = locale === 'en' ? reportEn : reportFr;
  if (!overrides) return base;
  const merged: ReportStrings = { ...base };
  for (const key of Object.keys(base) as (keyof ReportStrings)[]) {
    const value = (overrides as Partial<ReportStrings>)[key];
    if (value !== undefined && typeof value === typeof base[key]) {
      (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}

/** Every string a report reads: the catalog's and the report's own. */
export type ReportText = Strings & ReportStrings;

/** The catalog and the report's strings in `locale`, with a site's overrides. */
export function reportText(locale: Locale, overrides?: ReportStringOverrides): ReportText {
  return { ...getStrings(locale, overrides), ...getReportStrings(locale, overrides) };
}
