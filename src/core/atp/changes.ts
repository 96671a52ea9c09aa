/**
 * What publishing a new version of an ATP grid config does to the grids already filled in with the previous
 * one: the config editor's report before it publishes. It runs fitAtpData() itself on a grid that uses every
 * level of both previous scales, so the report says exactly what opening a stored grid will do.
 */
import { fitAtpData } from './model.js';
import type { AtpConfig, AtpData } from './schema.js';

/** A group, a level or a threshold the report names. */
export interface AtpChange {
  id: string;
  label: string;
}

/** A removed group that looks like a new one under another id: keep the old id and syntheses keep matching. */
export interface AtpRename {
  from: string;
  to: string;
  label: string;
}

export interface AtpChanges {
  /** The config's id changed: the grids stored under the old one are not found any more. */
  idChanged: boolean;
  /** Groups gone: grids already filled keep theirs; new grids start without them. */
  removedGroups: AtpChange[];
  /** Removed groups with a new twin (same label, or same place): grids of both versions no longer merge. */
  renamedGroups: AtpRename[];
  addedGroups: AtpChange[];
  /** Intensity levels above the new top: items rated so are brought down to it when a grid opens. */
  loweredIntensity: AtpChange[];
  /** Trust levels above the new top: a trust rated so is brought down to it. */
  loweredTrust: AtpChange[];
  /** Levels still inside the scale but gone from it: ratings on them keep their value with no label. */
  unlabelled: AtpChange[];
  /** Posture thresholds that changed: the same grid may show other postures. */
  thresholds: string[];
  /** Stored grids change or are not found (id, levels). */
  affectsData: boolean;
  /** Anything differs. */
  contentChanged: boolean;
}

const THRESHOLD_KEYS = ['undeterminedBelow', 'heldBackFrom', 'recoverableFrom', 'stableTrustFrom'] as const;

/** A grid of the previous config rating one item at each intensity level, each group at one trust level. */
function everyRating(previous: AtpConfig): AtpData {
  const intensities = previous.intensity.levels.map((l) => l.value);
  const trusts = previous.trust.levels.map((l) => l.value);
  return {
    groups: trusts.map((trust, g) => ({
      id: `g${g}`,
      label: `g${g}`,
      trust,
      items: intensities.map((intensity, i) => ({ id: `i${i}`, category: 'attractions', text: `i${i}`, intensity })),
    })),
  };
}

const levelChange = (value: number, scale: AtpConfig['intensity']): AtpChange => ({
  id: String(value),
  label: scale.levels.find((l) => l.value === value)?.label ?? String(value),
});

export function atpChanges(previous: AtpConfig, next: AtpConfig): AtpChanges {
  const fitted = fitAtpData(next, everyRating(previous));
  const before = everyRating(previous);
  const loweredIntensity = new Map<number, AtpChange>();
  const loweredTrust = new Map<number, AtpChange>();
  fitted.groups.forEach((group, g) => {
    const old = before.groups[g];
    if (old && old.trust !== group.trust && old.trust !== null)
      loweredTrust.set(old.trust, levelChange(old.trust, previous.trust));
    group.items.forEach((item, i) => {
      const was = old?.items[i]?.intensity;
      if (was !== undefined && was !== item.intensity) loweredIntensity.set(was, levelChange(was, previous.intensity));
    });
  });
  const unlabelled: AtpChange[] = [];
  for (const scale of ['intensity', 'trust'] as const) {
    const top = Math.max(...next[scale].levels.map((l) => l.value));
    for (const level of previous[scale].levels) {
      if (level.value <= top && !next[scale].levels.some((l) => l.value === level.value))
        unlabelled.push({ id: String(level.value), label: level.label });
    }
  }

  const nextIds = new Set(next.groups.map((g) => g.id));
  const previousIds = new Set(previous.groups.map((g) => g.id));
  const added = next.groups.map((g, index) => ({ g, index })).filter(({ g }) => !previousIds.has(g.id));
  const removedGroups: AtpChange[] = [];
  const renamedGroups: AtpRename[] = [];
  const claimed = new Set<string>();
  previous.groups.forEach((group, index) => {
    if (nextIds.has(group.id)) return;
    removedGroups.push({ id: group.id, label: group.label });
    const twin =
      added.find(({ g }) => !claimed.has(g.id) && g.label === group.label) ??
      added.find(({ g, index: at }) => !claimed.has(g.id) && at === index);
    if (twin) {
      claimed.add(twin.g.id);
      renamedGroups.push({ from: group.id, to: twin.g.id, label: twin.g.label });
    }
  });
  const thresholds = THRESHOLD_KEYS.filter((key) => previous.postures[key] !== next.postures[key]);
  const idChanged = previous.id !== next.id;
  return {
    idChanged,
    removedGroups,
    renamedGroups,
    addedGroups: added.map(({ g }) => ({ id: g.id, label: g.label })),
    loweredIntensity: [...loweredIntensity.values()],
    loweredTrust: [...loweredTrust.values()],
    unlabelled,
    thresholds,
    affectsData:
      idChanged ||
      renamedGroups.length > 0 ||
      loweredIntensity.size > 0 ||
      loweredTrust.size > 0 ||
      unlabelled.length > 0,
    contentChanged: JSON.stringify(previous) !== JSON.stringify(next),
  };
}
