/**
 * The lists of an ATP grid config that the config editor's outline edits (groups, each column's suggestions,
 * the levers of each posture, the intensity and trust scales), as ListSpecs for the shared list edits
 * (shared/list-edit.ts). Starting from a valid config, every edit gives a valid config: a group keeps at least
 * one, new groups get an id no other group has, a scale keeps two levels, gains and loses levels at its top
 * only (values stay 0, 1, 2… increasing), and the posture thresholds come back inside a shorter scale.
 */
import { freeListId, isJsonObject, valueAt, type ListSpec } from '../shared/list-edit.js';
import { ATP_CATEGORIES, type AtpCategory } from './schema.js';

type Json = Record<string, unknown>;

/** The levers' lists, as keys from `levers`. */
export const ATP_LEVER_LISTS = [
  ['cooperative', 'stable'],
  ['cooperative', 'fragile'],
  ['opportunist', 'held-back'],
  ['opportunist', 'not-held-back'],
  ['individualist', 'recoverable'],
  ['individualist', 'not-recoverable'],
  ['undetermined'],
] as const;

/** The posture thresholds of each scale, and the value each has when the config leaves it out. */
export const ATP_THRESHOLDS = {
  intensity: { undeterminedBelow: 1, heldBackFrom: 2, recoverableFrom: 2 },
  trust: { stableTrustFrom: 2 },
} as const;

const copyWithId = (entry: unknown, list: readonly unknown[]): unknown => {
  if (!isJsonObject(entry)) return entry;
  const base = typeof entry.id === 'string' ? `${entry.id}-copy` : 'group';
  return { ...entry, id: freeListId(list, base) };
};

export const atpGroupsList: ListSpec = {
  at: ['groups'],
  min: 1,
  create: (list, text) => ({ id: freeListId(list, 'group'), label: text }),
  copy: copyWithId,
  optional: ['description'],
};

const textList = (at: readonly string[]): ListSpec => ({
  at,
  min: 0,
  create: (_list, text) => text,
  copy: (entry) => entry,
});

/** The suggestions offered in one column of the grid. */
export const atpSuggestionsList = (category: AtpCategory): ListSpec =>
  textList(['categories', category, 'suggestions']);

/** The levers of one posture (`ATP_LEVER_LISTS`). */
export const atpLeversList = (keys: readonly string[]): ListSpec => textList(['levers', ...keys]);

/** After a level is gone: every threshold of that scale above its new top is brought down to it. */
function fitThresholds(scale: 'intensity' | 'trust') {
  return (draft: Json): void => {
    const levels = valueAt(draft, [scale, 'levels']);
    if (!Array.isArray(levels)) return;
    const values = levels.map((l) => (isJsonObject(l) && typeof l.value === 'number' ? l.value : 0));
    const top = Math.max(0, ...values);
    const postures = isJsonObject(draft.postures) ? draft.postures : {};
    for (const [key, fallback] of Object.entries(ATP_THRESHOLDS[scale])) {
      const value = typeof postures[key] === 'number' ? (postures[key] as number) : fallback;
      if (value > top) postures[key] = top;
    }
    if (Object.keys(postures).length) draft.postures = postures;
  };
}

/** A scale's levels: added and removed at the top only, never reordered, at least two. */
export const atpLevelsList = (scale: 'intensity' | 'trust'): ListSpec => ({
  at: [scale, 'levels'],
  min: 2,
  create: (list, text) => {
    const last = list[list.length - 1];
    const value = isJsonObject(last) && typeof last.value === 'number' ? Math.floor(last.value) + 1 : list.length;
    return { value, label: text };
  },
  removable: (list, index) => index === list.length - 1,
  fixedOrder: true,
  optional: ['description'],
  afterRemove: fitThresholds(scale),
});

/** Every list of the ATP outline, for tests and tools that walk them all. */
export function atpLists(): ListSpec[] {
  return [
    atpGroupsList,
    ...ATP_CATEGORIES.map(atpSuggestionsList),
    ...ATP_LEVER_LISTS.map((keys) => atpLeversList(keys)),
    atpLevelsList('intensity'),
    atpLevelsList('trust'),
  ];
}

/** The values a posture threshold may take in the outline: the levels of its scale (and its value now). */
export function atpThresholdChoices(draft: unknown, key: string): number[] {
  const scale = key === 'stableTrustFrom' ? 'trust' : 'intensity';
  const levels = valueAt(draft, [scale, 'levels']);
  const values = Array.isArray(levels)
    ? levels.flatMap((l) => (isJsonObject(l) && typeof l.value === 'number' ? [l.value] : []))
    : [];
  const current = atpThreshold(draft, key);
  return [...new Set([...values, current])].sort((a, b) => a - b);
}

/** A posture threshold as the config gives it, or its default. */
export function atpThreshold(draft: unknown, key: string): number {
  const value = valueAt(draft, ['postures', key]);
  if (typeof value === 'number') return value;
  const all: Record<string, number> = { ...ATP_THRESHOLDS.intensity, ...ATP_THRESHOLDS.trust };
  return all[key] ?? 0;
}
