/** The grid and its plans as spreadsheets (CSV), in the dialect of every export of the library. */
import { getStrings, type Locale, type Strings } from '../i18n/index.js';
import { toCsv, type CsvCell } from '../shared/csv.js';
import type { AtpPlanKind, AtpPlans } from './plans.js';
import { ATP_CATEGORIES, type AtpConfig, type AtpData } from './schema.js';

export interface AtpCsvOptions {
  locale: Locale;
  /** A site's string overrides (the column headings are strings `atpCsv…`). */
  strings?: Partial<Strings>;
}

/**
 * The grid as CSV, one row per item: group, column label, text, intensity (a number), the intensity's level
 * label (empty when the value is not a level, e.g. a synthesis mean), note. Groups in grid order, then the
 * columns in the method's order (attractions, fears, temptations), then items in order. UTF-8 with a BOM,
 * `;` and decimal commas in French, formulas guarded (see toCsv).
 */
export function atpToCsv(config: AtpConfig, data: AtpData, options: AtpCsvOptions): string {
  const s = getStrings(options.locale, options.strings);
  const rows: CsvCell[][] = [
    [s.atpCsvGroup, s.atpCsvCategory, s.atpCsvText, s.atpCsvIntensity, s.atpCsvIntensityLabel, s.atpCsvNote],
  ];
  for (const group of data.groups) {
    for (const category of ATP_CATEGORIES) {
      for (const item of group.items) {
        if (item.category !== category) continue;
        const level = config.intensity.levels.find((l) => l.value === item.intensity);
        rows.push([
          group.label,
          config.categories[category].label,
          item.text,
          item.intensity,
          level?.label ?? '',
          item.note ?? '',
        ]);
      }
    }
  }
  return toCsv(rows, options.locale);
}

const PLAN_ORDER: readonly AtpPlanKind[] = ['objectives', 'risks', 'charter'];

/**
 * The three plans as one CSV: plan title, text, groups (names joined with ", "), intensity, draft action.
 * Objectives first, then risks, then the charter, each in its plan's order.
 */
export function plansToCsv(config: AtpConfig, plans: AtpPlans, options: AtpCsvOptions): string {
  const s = getStrings(options.locale, options.strings);
  const rows: CsvCell[][] = [[s.atpCsvPlan, s.atpCsvText, s.atpCsvGroups, s.atpCsvIntensity, s.atpCsvAction]];
  for (const kind of PLAN_ORDER) {
    for (const entry of plans[kind]) {
      rows.push([
        config.categories[entry.category].plan.title,
        entry.text,
        entry.groups.map((g) => g.label).join(', '),
        entry.intensity,
        entry.action,
      ]);
    }
  }
  return toCsv(rows, options.locale);
}
