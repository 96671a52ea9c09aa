/**
 * The CSV files <coop-atp-matrix> offers: the grid, and the three plans — the actions decided first in each plan,
 * then the ideas drafted from the grid. Loaded right after the first paint (a lazy part), with the CSV writers and
 * the plans' builder: the buttons run at once when it is here, else once it is. The JSON export needs none of
 * this (document-export.ts).
 */
import {
  atpToCsv,
  buildPlans,
  plansToCsv,
  type AtpConfig,
  type AtpData,
  type AtpPlans,
  type Locale,
  type Strings,
} from '../../core/runtime.js';
import { addAtpPartsStrings } from '../../core/catalogs/atp-parts.js';
import type { DocumentController } from '../shared/document-controller.js';
import { downloadCsv } from '../shared/document-export.js';

// The CSV headings and the plans' draft actions, with this code: out of the first paint.
addAtpPartsStrings();
/** The plans come from the element's memo, which builds them with this module's `buildPlans` once per document. */
export { buildPlans };

export interface AtpExportsSource {
  plans: (build: typeof buildPlans) => AtpPlans | undefined;
  locale: () => Locale;
  strings: () => Partial<Strings> | undefined;
}

export function downloadGridCsv(doc: DocumentController<AtpConfig, AtpData>, source: AtpExportsSource): void {
  const options = { locale: source.locale(), strings: source.strings() };
  downloadCsv(doc, '', (model, data) => atpToCsv(model, data, options));
}

export function downloadPlansCsv(doc: DocumentController<AtpConfig, AtpData>, source: AtpExportsSource): void {
  const options = { locale: source.locale(), strings: source.strings() };
  downloadCsv(doc, '-plans', (model, data) => {
    const plans = source.plans(buildPlans);
    return plans && plansToCsv(model, plans, options, data);
  });
}
