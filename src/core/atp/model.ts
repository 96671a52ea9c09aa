/**
 * The grid as data: a new grid, one fitted to its config, a group added (also at another widget's request, at
 * once), and the form under which two wordings count as the same item. The edits of a grid once drawn are
 * grid-edits.ts. Every function returns new data and never changes its input; when there is nothing to do it
 * returns its input itself, so `next === data` tells the caller that nothing changed.
 */
import { ID_PATTERN } from '../shared/schema.js';
import type { AtpConfig, AtpData } from './schema.js';

/** Drops the float noise of sums and means (2.0000000000000004 is 2), like the questionnaire's scores. */
export const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const COMBINING_MARKS = /\p{M}/gu;
const PUNCTUATION_AT_ENDS = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

/**
 * The form under which two wordings count as the same item: lower case, accents removed (NFD, then the
 * combining marks dropped), curly apostrophes made straight, punctuation and spaces at both ends removed,
 * inner whitespace collapsed to one space. "  Perte d’autonomie ! " and "perte d'AUTONOMIE" give the same.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .replace(PUNCTUATION_AT_ENDS, '');
}

/** A new grid for a config: its groups in its order, trust not rated, no item. */
export function createAtpData(config: AtpConfig): AtpData {
  return { groups: config.groups.map((g) => ({ id: g.id, label: g.label, trust: null, items: [] })) };
}

/** The smallest `${prefix}N` (N from 1) not in `used`. */
function freeId(prefix: string, used: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** "Cadres intermédiaires" → "cadres-intermediaires"; '' when nothing usable is left. */
function slug(label: string): string {
  return normaliseText(label)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}

/**
 * Adds a group at the end, trust not rated, no item. Its id is the slug of the label when that is a valid id
 * not yet used ("Cadres de santé" → `cadres-de-sante`), else the smallest free `group-N`. An empty label adds
 * nothing: `{ data, id: '' }`.
 */
export function addGroup(data: AtpData, label: string): { data: AtpData; id: string } {
  const name = label.trim();
  if (!name) return { data, id: '' };
  const used = new Set(data.groups.map((g) => g.id));
  const candidate = slug(name);
  const id = candidate && ID_PATTERN.test(candidate) && !used.has(candidate) ? candidate : freeId('group-', used);
  return { data: { ...data, groups: [...data.groups, { id, label: name, trust: null, items: [] }] }, id };
}

/**
 * Fits stored data to a config that may have changed since: an intensity above the top of the config's
 * intensity scale is brought down to that top, and so is a trust above the top of the trust scale. Nothing
 * is dropped (groups and items the config does not know are kept). Returns the data itself when nothing
 * needed fitting.
 */
export function fitAtpData(config: AtpConfig, data: AtpData): AtpData {
  const top = (levels: readonly { value: number }[]) =>
    levels.length ? Math.max(...levels.map((l) => l.value)) : Infinity;
  const maxIntensity = top(config.intensity.levels);
  const maxTrust = top(config.trust.levels);
  let changed = false;
  const groups = data.groups.map((group) => {
    const over = group.items.some((i) => i.intensity > maxIntensity);
    const trustOver = group.trust !== null && group.trust > maxTrust;
    if (!over && !trustOver) return group;
    changed = true;
    return {
      ...group,
      trust: trustOver ? maxTrust : group.trust,
      items: over
        ? group.items.map((i) => (i.intensity > maxIntensity ? { ...i, intensity: maxIntensity } : i))
        : group.items,
    };
  });
  return changed ? { ...data, groups } : data;
}
