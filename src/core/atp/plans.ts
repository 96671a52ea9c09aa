/**
 * Principle 6: the grid turns into three plans. Attractions feed the objectives management plan, fears the
 * risk management plan, temptations the charter of good relational practice. The same wording raised by
 * several groups (compared by normaliseText) is one entry that names them all.
 */
import type { ParseOptions } from '../shared/parse.js';
import { getStrings, localeTag, type Locale, type Strings } from '../i18n/index.js';
import { normaliseText } from './model.js';
import type { AtpCategory, AtpConfig, AtpData } from './schema.js';

export type AtpPlanKind = 'objectives' | 'risks' | 'charter';

/** Which plan each column feeds. */
export const ATP_PLAN_OF: Readonly<Record<AtpCategory, AtpPlanKind>> = {
  attractions: 'objectives',
  fears: 'risks',
  temptations: 'charter',
};

export interface PlanEntry {
  /** The normalised text under which the groups' items were merged. */
  key: string;
  /** The wording as first written (first group, first item). */
  text: string;
  category: AtpCategory;
  /** The highest intensity among its groups. */
  intensity: number;
  /** Each group that raised it, once, with its highest intensity for it. */
  groups: { id: string; label: string; intensity: number }[];
  /** The items' notes, each once, in grid order. */
  notes: string[];
  /** A draft action line in the locale, to be reworded by the project team. */
  action: string;
}

export type AtpPlans = Record<AtpPlanKind, PlanEntry[]>;

/** "A, B et C" / "A, B and C". */
export function joinNames(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(localeTag(locale), { style: 'long', type: 'conjunction' }).format(names);
}

function actionFor(kind: AtpPlanKind, text: string, groups: string, s: Strings): string {
  if (kind === 'objectives') return s.atpActionObjective(text, groups);
  if (kind === 'risks') return s.atpActionRisk(text, groups);
  return s.atpActionCharter(text, groups);
}

/**
 * The three plans drafted from a grid. Entries are sorted by intensity (highest first), then by the number
 * of groups that raised them, then by text in the locale's order; items of intensity 0 are kept, last.
 * The plans' titles and descriptions are the config's (`categories.*.plan`); the entries need only the grid.
 */
export function buildPlans(_config: AtpConfig, data: AtpData, options: ParseOptions = {}): AtpPlans {
  const locale = options.locale ?? 'fr';
  const s = getStrings(locale, options.strings);
  const byKey = new Map<string, PlanEntry>();
  for (const group of data.groups) {
    for (const item of group.items) {
      if (!Object.hasOwn(ATP_PLAN_OF, item.category)) continue;
      const key = normaliseText(item.text);
      const mapKey = `${item.category}\u0000${key}`;
      let entry = byKey.get(mapKey);
      if (!entry) {
        entry = {
          key,
          text: item.text,
          category: item.category,
          intensity: item.intensity,
          groups: [],
          notes: [],
          action: '',
        };
        byKey.set(mapKey, entry);
      }
      entry.intensity = Math.max(entry.intensity, item.intensity);
      const raisedBy = entry.groups.find((g) => g.id === group.id);
      if (raisedBy) raisedBy.intensity = Math.max(raisedBy.intensity, item.intensity);
      else entry.groups.push({ id: group.id, label: group.label, intensity: item.intensity });
      const note = item.note?.trim();
      if (note && !entry.notes.includes(note)) entry.notes.push(note);
    }
  }

  const plans: AtpPlans = { objectives: [], risks: [], charter: [] };
  for (const entry of byKey.values()) {
    const kind = ATP_PLAN_OF[entry.category];
    entry.action = actionFor(
      kind,
      entry.text,
      joinNames(
        entry.groups.map((g) => g.label),
        locale,
      ),
      s,
    );
    plans[kind].push(entry);
  }
  const collator = new Intl.Collator(localeTag(locale));
  for (const list of Object.values(plans)) {
    list.sort(
      (x, y) => y.intensity - x.intensity || y.groups.length - x.groups.length || collator.compare(x.text, y.text),
    );
  }
  return plans;
}
