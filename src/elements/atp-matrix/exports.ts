/**
 * The files <coop-atp-matrix> offers: its JSON (the grid with its actions and their links), the grid as CSV, and
 * the three plans as CSV — the actions decided first in each plan, then the ideas drafted from the grid.
 */
import {
  atpToCsv,
  plansToCsv,
  type AtpConfig,
  type AtpData,
  type AtpPlans,
  type Locale,
  type Strings,
} from '../../core/runtime.js';
import type { DocumentController } from '../shared/document-controller.js';
import { downloadCsv, downloadJson } from '../shared/document-export.js';

export interface AtpExportsSource {
  plans: () => AtpPlans | undefined;
  locale: () => Locale;
  strings: () => Partial<Strings> | undefined;
}

export function atpExports(doc: DocumentController<AtpConfig, AtpData>, source: AtpExportsSource) {
  const options = () => ({ locale: source.locale(), strings: source.strings() });
  return {
    json: (): void => downloadJson(doc),
    csv: (): void => downloadCsv(doc, '', (model, data) => atpToCsv(model, data, options())),
    plans: (): void =>
      downloadCsv(doc, '-plans', (model, data) => {
        const plans = source.plans();
        return plans && plansToCsv(model, plans, options(), data);
      }),
  };
}
