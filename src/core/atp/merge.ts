/**
 * A workshop's synthesis: the grids of several participants merged into one, to see where they agree and
 * where they diverge. Groups are matched by id, then by normalised label (a participant who added
 * "Cadres de santé" meets another's "cadres de sante"); items by normalised text within a group's column.
 */
import type { ParseOptions } from '../shared/parse.js';
import { clean, normaliseText } from './model.js';
import { ATP_CATEGORIES, type AtpCategory, type AtpConfig, type AtpData, type AtpItem } from './schema.js';

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
  /** The synthesis as a grid (intensity and trust = means), so that analyseAtp() and buildPlans() run on it. */
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
          const { mean, min, max } = stats(intensities);
          const spread = clean(max - min);
          return {
            key: cell.key,
            text: cell.text,
            citedBy: intensities.length,
            intensities,
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

  const data: AtpData = {
    groups: groups.map((g) => {
      const items: AtpItem[] = [];
      for (const category of ATP_CATEGORIES) {
        for (const item of g.cells[category]) {
          items.push({ id: `item-${items.length + 1}`, category, text: item.text, intensity: item.mean });
        }
      }
      return { id: g.id, label: g.label, trust: g.trust.mean, items };
    }),
  };

  return { participants: participants.length, groups, data };
}
