/**
 * Rules of an ATP config and grid that need the whole config. The cross-checks (unique ids) read any input,
 * so they also run when its shape is wrong; the rules on values run once the shape is right.
 */
import { checkUnique, listAt } from '../shared/cross-checks.js';
import type { IssueList, PathKey } from '../shared/issues.js';
import type { AtpConfig, AtpData, AtpScale } from './schema.js';

/** The lowest and highest values of a scale, or undefined when it has no level. */
export function scaleRange(scale: AtpScale): { min: number; max: number } | undefined {
  const values = scale.levels.map((l) => l.value);
  return values.length ? { min: Math.min(...values), max: Math.max(...values) } : undefined;
}

function checkScale(scale: AtpScale, at: PathKey[], issues: IssueList): void {
  const s = issues.strings;
  const { levels } = scale;
  if (levels.length < 2) issues.add([...at, 'levels'], 'scale_too_small', s.issueScaleTooSmall(levels.length));
  const first = levels[0];
  // A level 0 means "not felt" / "no trust": the posture rules count an unrated trust as 0.
  if (first && first.value !== 0)
    issues.add([...at, 'levels', 0, 'value'], 'invalid_range', s.atpIssueScaleNotFromZero(first.value));
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    if (previous && level.value <= previous.value) {
      issues.add(
        [...at, 'levels', i, 'value'],
        'scale_not_increasing',
        s.issueScaleNotIncreasing(level.value, previous.value),
      );
    }
  });
}

/** Ids that must be unique in a list: the second and later uses are reported, naming the first. */
export function checkUniqueIds(list: readonly unknown[], at: PathKey[], issues: IssueList): void {
  checkUnique(list, at, issues);
}

/** The config's cross-checks, on any input: group ids are unique. */
export function crossCheckAtpConfig(config: unknown, issues: IssueList): void {
  checkUniqueIds(listAt(config, 'groups'), ['groups'], issues);
}

export function checkAtpSemantics(config: AtpConfig, issues: IssueList): void {
  const s = issues.strings;
  crossCheckAtpConfig(config, issues);
  checkScale(config.intensity, ['intensity'], issues);
  checkScale(config.trust, ['trust'], issues);

  const intensity = scaleRange(config.intensity);
  const trust = scaleRange(config.trust);
  const thresholds = [
    ['undeterminedBelow', intensity],
    ['heldBackFrom', intensity],
    ['recoverableFrom', intensity],
    ['stableTrustFrom', trust],
  ] as const;
  for (const [key, range] of thresholds) {
    const value = config.postures[key];
    if (range && (value < range.min || value > range.max)) {
      issues.add(['postures', key], 'invalid_range', s.atpIssueThresholdOutsideScale(value, range.min, range.max));
    }
  }
  if (config.divergenceSpread <= 0)
    issues.add(['divergenceSpread'], 'invalid_range', s.atpIssueDivergenceSpread(config.divergenceSpread));
}

/**
 * Group ids are unique in a grid, item ids within their group, action ids among the actions: on any input,
 * so also when the grid's shape is wrong.
 */
export function checkAtpDataSemantics(data: AtpData | unknown, at: PathKey[], issues: IssueList): void {
  const groups = listAt(data, 'groups');
  checkUniqueIds(groups, [...at, 'groups'], issues);
  checkUniqueIds(listAt(data, 'actions'), [...at, 'actions'], issues);
  groups.forEach((group, i) => checkUniqueIds(listAt(group, 'items'), [...at, 'groups', i, 'items'], issues));
}
