/** Rules that need the whole document, checked after the shape is known to be right. */
import type { Band, QuestionnaireConfig, Scale } from './schema.js';
import type { IssueList, PathKey } from '../shared/issues.js';
import { formatPath } from '../shared/issues.js';

function checkScale(scale: Scale, at: PathKey[], issues: IssueList): void {
  const s = issues.strings;
  if (scale.levels.length < 2)
    issues.add([...at, 'levels'], 'scale_too_small', s.issueScaleTooSmall(scale.levels.length));
  scale.levels.forEach((level, i) => {
    const previous = scale.levels[i - 1];
    if (previous && level.value <= previous.value) {
      issues.add(
        [...at, 'levels', i, 'value'],
        'scale_not_increasing',
        s.issueScaleNotIncreasing(level.value, previous.value),
      );
    }
  });
  const seen = new Set<string>();
  scale.nonScored.forEach((option, i) => {
    if (seen.has(option.value)) {
      issues.add([...at, 'nonScored', i, 'value'], 'duplicate_scale_value', s.issueDuplicateScaleValue(option.value));
    }
    seen.add(option.value);
  });
}

function checkBands(bands: readonly Band[], at: PathKey[], issues: IssueList): void {
  const s = issues.strings;
  const first = bands[0];
  if (first && first.min !== 0)
    issues.add([...at, 0, 'min'], 'bands_not_from_zero', s.issueBandsNotFromZero(first.min));
  const ids = new Map<string, string>();
  bands.forEach((band, i) => {
    const previous = bands[i - 1];
    if (previous && band.min <= previous.min) {
      issues.add([...at, i, 'min'], 'bands_not_increasing', s.issueBandsNotIncreasing(band.min, previous.min));
    }
    const firstPath = ids.get(band.id);
    if (firstPath) issues.add([...at, i, 'id'], 'duplicate_id', s.issueDuplicateId(band.id, firstPath));
    else ids.set(band.id, formatPath([...at, i, 'id']));
  });
}

export function checkSemantics(config: QuestionnaireConfig, issues: IssueList): void {
  const s = issues.strings;
  checkScale(config.scale, ['scale'], issues);
  for (const [name, scale] of Object.entries(config.scales)) checkScale(scale, ['scales', name], issues);
  checkBands(config.bands.global, ['bands', 'global'], issues);
  if (config.bands.sections) checkBands(config.bands.sections, ['bands', 'sections'], issues);

  const globalIds = config.bands.global.map((b) => b.id);
  config.caps.forEach((cap, i) => {
    if (!globalIds.includes(cap.maxBand)) {
      issues.add(['caps', i, 'maxBand'], 'unknown_band', s.issueUnknownBand(cap.maxBand, globalIds.join(', ')));
    }
  });

  // Section, subsection and question ids share one namespace: each can be the target of a #fragment link.
  const ids = new Map<string, string>();
  const claim = (id: string, at: PathKey[]) => {
    const firstPath = ids.get(id);
    if (firstPath) issues.add([...at, 'id'], 'duplicate_id', s.issueDuplicateId(id, firstPath));
    else ids.set(id, formatPath([...at, 'id']));
  };
  const scaleNames = Object.keys(config.scales);
  config.sections.forEach((section, si) => {
    const sAt: PathKey[] = ['sections', si];
    claim(section.id, sAt);
    if (section.bands) checkBands(section.bands, [...sAt, 'bands'], issues);
    if (section.subsections.length === 0) issues.add([...sAt, 'subsections'], 'empty_section', s.issueEmptySection);
    section.subsections.forEach((subsection, ui) => {
      const uAt: PathKey[] = [...sAt, 'subsections', ui];
      claim(subsection.id, uAt);
      if (subsection.questions.length === 0)
        issues.add([...uAt, 'questions'], 'empty_subsection', s.issueEmptySubsection);
      subsection.questions.forEach((question, qi) => {
        const qAt: PathKey[] = [...uAt, 'questions', qi];
        claim(question.id, qAt);
        const { scale } = question;
        if (typeof scale === 'string' && !Object.hasOwn(config.scales, scale)) {
          issues.add([...qAt, 'scale'], 'unknown_scale', s.issueUnknownScale(scale, scaleNames.join(', ') || '—'));
        } else if (typeof scale === 'object') {
          checkScale(scale, [...qAt, 'scale'], issues);
        }
      });
    });
  });
}
