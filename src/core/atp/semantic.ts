/** Rules of an ATP config that need the whole config, checked once its shape is known to be right. */
import { formatPath, type IssueList, type PathKey } from '../shared/issues.js';
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
export function checkUniqueIds(list: readonly { id: string }[], at: PathKey[], issues: IssueList): void {
  const seen = new Map<string, string>();
  list.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first) issues.add([...at, i, 'id'], 'duplicate_id', issues.strings.issueDuplicateId(entry.id, first));
    else seen.set(entry.id, formatPath([...at, i, 'id']));
  });
}

export function checkAtpSemantics(config: AtpConfig, issues: IssueList): void {
  const s = issues.strings;
  checkUniqueIds(config.groups, ['groups'], issues);
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

/** Group ids are unique in a grid, item ids within their group, action ids among the actions. */
export function checkAtpDataSemantics(data: AtpData, at: PathKey[], issues: IssueList): void {
  checkUniqueIds(data.groups, [...at, 'groups'], issues);
  if (data.actions) checkUniqueIds(data.actions, [...at, 'actions'], issues);
  data.groups.forEach((group, i) => checkUniqueIds(group.items, [...at, 'groups', i, 'items'], issues));
}
