/** The grid and its plans as spreadsheets (CSV), in the dialect of every export of the library. */
import { getStrings, type Locale, type Strings } from '../i18n/index.js';
import { toCsv, type CsvCell } from '../shared/csv.js';
import { actionsOf } from './actions.js';
import type { EvaluationEffect } from './link-schema.js';
import { resolveItemLinks } from './links.js';
import { ATP_PLAN_OF, type AtpPlanKind, type AtpPlans } from './plans.js';
import { ATP_CATEGORIES, type AtpConfig, type AtpData, type PlanActionState } from './schema.js';

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

/** A state and an evaluation's effect in words (the interface's own). */
export function actionStateText(state: PlanActionState, s: Strings): string {
  return state === 'done' ? s.amStateDone : state === 'doing' ? s.amStateDoing : s.amStateTodo;
}
export function effectText(effect: EvaluationEffect, s: Strings): string {
  return effect === 'better' ? s.amEffectBetter : effect === 'worse' ? s.amEffectWorse : s.amEffectUnchanged;
}

/**
 * The three plans as one CSV. Per plan (objectives, risks, charter), first the actions decided (given `data` with
 * `actions`): the items each answers (a removed one marked so), their groups, their highest intensity, then the
 * action, owner, due date, state, result and what was observed; then the entries drafted from the grid: text,
 * groups (names joined with ", "), intensity and the suggested action, the last six columns empty.
 */
export function plansToCsv(config: AtpConfig, plans: AtpPlans, options: AtpCsvOptions, data?: AtpData): string {
  const s = getStrings(options.locale, options.strings);
  const rows: CsvCell[][] = [
    [
      s.atpCsvPlan,
      s.atpCsvText,
      s.atpCsvGroups,
      s.atpCsvIntensity,
      s.atpCsvAction,
      s.atpCsvDecided,
      s.atpCsvOwner,
      s.atpCsvDue,
      s.atpCsvState,
      s.atpCsvResult,
      s.atpCsvResultNote,
    ],
  ];
  const titleOf = (kind: AtpPlanKind) => {
    const category = ATP_CATEGORIES.find((c) => ATP_PLAN_OF[c] === kind) ?? 'attractions';
    return config.categories[category].plan.title;
  };
  for (const kind of PLAN_ORDER) {
    const grid = data ?? { groups: [] };
    for (const action of actionsOf(grid).filter((a) => a.plan === kind)) {
      const links = resolveItemLinks(grid, action.items);
      const texts = links.map((r) => (r.status === 'found' ? r.item.text : s.amItemRemoved(r.text)));
      const groups = [...new Set(links.flatMap((r) => (r.group ? [r.group.label] : [])))];
      const found = links.flatMap((r) => (r.status === 'found' ? [r.item.intensity] : []));
      rows.push([
        titleOf(kind),
        texts.join(' | '),
        groups.join(', '),
        found.length ? Math.max(...found) : '',
        '',
        action.text,
        action.owner ?? '',
        action.due ?? '',
        actionStateText(action.state, s),
        action.evaluation ? effectText(action.evaluation.effect, s) : '',
        action.evaluation?.note ?? '',
      ]);
    }
    for (const entry of plans[kind]) {
      rows.push([
        config.categories[entry.category].plan.title,
        entry.text,
        entry.groups.map((g) => g.label).join(', '),
        entry.intensity,
        entry.action,
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
    }
  }
  return toCsv(rows, options.locale);
}
