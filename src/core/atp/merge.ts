/**
 * A workshop's synthesis: the grids of several participants merged into one, to see where they agree and
 * where they diverge. Groups are matched by id, then by normalised label (a participant who added
 * "Cadres de santé" meets another's "cadres de sante"); items by normalised text within a group's column.
 */
import type { ParseOptions } from '../shared/parse.js';
import { clean, normaliseText } from './model.js';
import type { ItemLink } from './link-schema.js';
import {
  ATP_CATEGORIES,
  type AtpCategory,
  type AtpConfig,
  type AtpData,
  type AtpItem,
  type PlanAction,
} from './schema.js';

/** One item as several participants wrote it. */
export interface MergedItem {
  /** The normalised text under which the participants' items were merged. */
  key: string;
  /** The wording as first written. */
  text: string;
  /** How many participants wrote it. */
  citedBy: number;
  /** Each citing participant's intensity, in participant order (one per participant: the highest if they wrote it twice). */
  intensities: number[];
  /** Who cited it: each citing participant's index in the list merged, in the same order as `intensities`. */
  citedByIndex: number[];
  mean: number;
  min: number;
  max: number;
  /** max − min. */
  spread: number;
  /** True when the spread reaches the config's `divergenceSpread`: worth discussing. */
  divergent: boolean;
}

export interface SynthesisGroup {
  id: string;
  label: string;
  /** Over the participants who rated it; all `null` when none did. */
  trust: { mean: number | null; min: number | null; max: number | null };
  cells: Record<AtpCategory, MergedItem[]>;
  /** How many participants have this group in their grid. */
  citedBy: number;
}

export interface AtpSynthesis {
  participants: number;
  groups: SynthesisGroup[];
  /**
   * The synthesis as a grid (intensity and trust = means), so that analyseAtp() and buildPlans() run on it; its
   * `actions` are the participants' actions, their links pointing at the merged items.
   */
  data: AtpData;
}

interface Cell {
  key: string;
  text: string;
  /** Participant index → their intensity. */
  values: Map<number, number>;
}

interface Pending {
  id: string;
  label: string;
  participants: Set<number>;
  trusts: Map<number, number>;
  cells: Record<AtpCategory, Map<string, Cell>>;
}

const stats = (values: readonly number[]) => {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { mean: clean(values.reduce((sum, x) => sum + x, 0) / values.length), min, max };
};

/**
 * Merges participants' grids. Group order: the first participant's, then groups met later in the order met.
 * Cells are sorted by how many participants cited the item, then by mean intensity (highest first). The
 * participants' data are not changed. `options` is accepted for symmetry with the other functions.
 */
export function mergeAtp(
  config: AtpConfig,
  participants: readonly AtpData[],
  _options: ParseOptions = {},
): AtpSynthesis {
  const pending: Pending[] = [];
  const byId = new Map<string, Pending>();
  const byLabel = new Map<string, Pending>();
  /** Per participant, their group id → the merged group (their actions' links follow it). */
  const groupOf: Map<string, Pending>[] = participants.map(() => new Map());

  participants.forEach((grid, p) => {
    for (const group of grid.groups) {
      const labelKey = normaliseText(group.label);
      let target = byId.get(group.id) ?? byLabel.get(labelKey);
      if (!target) {
        target = {
          id: group.id,
          label: group.label,
          participants: new Set(),
          trusts: new Map(),
          cells: { attractions: new Map(), fears: new Map(), temptations: new Map() },
        };
        pending.push(target);
      }
      // Later participants may name the same group by either of its ids or labels.
      if (!byId.has(group.id)) byId.set(group.id, target);
      if (!byLabel.has(labelKey)) byLabel.set(labelKey, target);
      target.participants.add(p);
      groupOf[p]?.set(group.id, target);
      if (group.trust !== null && !target.trusts.has(p)) target.trusts.set(p, group.trust);
      for (const item of group.items) {
        if (!Object.hasOwn(target.cells, item.category)) continue;
        const cells = target.cells[item.category];
        const key = normaliseText(item.text);
        let cell = cells.get(key);
        if (!cell) {
          cell = { key, text: item.text, values: new Map() };
          cells.set(key, cell);
        }
        cell.values.set(p, Math.max(cell.values.get(p) ?? -Infinity, item.intensity));
      }
    }
  });

  const threshold = clean(config.divergenceSpread);
  const groups: SynthesisGroup[] = pending.map((g) => {
    const trusts = [...g.trusts.values()];
    const trust = trusts.length ? stats(trusts) : { mean: null, min: null, max: null };
    const cells = Object.fromEntries(
      ATP_CATEGORIES.map((category) => {
        const merged = [...g.cells[category].values()].map((cell): MergedItem => {
          const intensities = [...cell.values.values()];
          const citedByIndex = [...cell.values.keys()];
          const { mean, min, max } = stats(intensities);
          const spread = clean(max - min);
          return {
            key: cell.key,
            text: cell.text,
            citedBy: intensities.length,
            intensities,
            citedByIndex,
            mean,
            min,
            max,
            spread,
            divergent: spread >= threshold,
          };
        });
        merged.sort((x, y) => y.citedBy - x.citedBy || y.mean - x.mean);
        return [category, merged];
      }),
    ) as Record<AtpCategory, MergedItem[]>;
    return { id: g.id, label: g.label, trust, cells, citedBy: g.participants.size };
  });

  /** Merged group id → category + key → merged item. */
  const mergedItems = new Map<string, Map<string, AtpItem>>();
  const data: AtpData = {
    groups: groups.map((g) => {
      const items: AtpItem[] = [];
      const byKey = new Map<string, AtpItem>();
      for (const category of ATP_CATEGORIES) {
        for (const item of g.cells[category]) {
          const merged: AtpItem = { id: `item-${items.length + 1}`, category, text: item.text, intensity: item.mean };
          items.push(merged);
          byKey.set(`${category}\u0000${item.key}`, merged);
        }
      }
      mergedItems.set(g.id, byKey);
      return { id: g.id, label: g.label, trust: g.trust.mean, items };
    }),
  };
  const actions = mergeActions(participants, groupOf, mergedItems);
  if (actions.length) data.actions = actions;

  return { participants: participants.length, groups, data };
}

/**
 * The participants' actions, in participant order, each link pointing at the merged item its item became (same
 * column, same normalised wording, in the merged group): links survive the merge. A link whose item is gone keeps
 * its wording (it reads "removed"). An action id met twice gets the participant's number.
 */
function mergeActions(
  participants: readonly AtpData[],
  groupOf: readonly Map<string, Pending>[],
  mergedItems: ReadonlyMap<string, ReadonlyMap<string, AtpItem>>,
): PlanAction[] {
  const out: PlanAction[] = [];
  const ids = new Set<string>();
  participants.forEach((grid, p) => {
    for (const action of grid.actions ?? []) {
      const items = action.items.map((link): ItemLink => {
        const target = groupOf[p]?.get(link.group);
        if (!target) return link;
        const own = grid.groups.find((g) => g.id === link.group)?.items.find((i) => i.id === link.item);
        const wording = own?.text ?? link.text;
        const category = own?.category;
        const key = wording === undefined ? undefined : normaliseText(wording);
        const byKey = mergedItems.get(target.id);
        const merged =
          key === undefined
            ? undefined
            : category
              ? byKey?.get(`${category}\u0000${key}`)
              : [...(byKey?.values() ?? [])].find((i) => normaliseText(i.text) === key);
        if (merged) return { group: target.id, item: merged.id, text: merged.text };
        // Not in the merged grid: an id of its own there, so that it never lands on a merged `item-N`.
        return { group: target.id, item: `gone-${link.item}`, ...(wording === undefined ? {} : { text: wording }) };
      });
      let id = action.id;
      if (ids.has(id)) id = `${action.id}-p${p + 1}`;
      for (let n = 2; ids.has(id); n++) id = `${action.id}-p${p + 1}-${n}`;
      ids.add(id);
      out.push({ ...action, id, items });
    }
  });
  return out;
}
