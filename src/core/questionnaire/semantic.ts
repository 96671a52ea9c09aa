/**
 * Rules that need the whole config. The cross-checks (unique ids, the bands and scales referred to) read any
 * input, so they also run when its shape is wrong; the rules on values run once the shape is right.
 */
import type { Band, QuestionnaireConfig, Scale } from './schema.js';
import type { IssueList, PathKey } from '../shared/issues.js';
import { checkUnique, idsOf, isRecord, keyOf, listAt } from '../shared/cross-checks.js';

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
}

function checkBands(bands: readonly Band[], at: PathKey[], issues: IssueList): void {
  const s = issues.strings;
  const first = bands[0];
  if (first && first.min !== 0)
    issues.add([...at, 0, 'min'], 'bands_not_from_zero', s.issueBandsNotFromZero(first.min));
  bands.forEach((band, i) => {
    const previous = bands[i - 1];
    if (previous && band.min <= previous.min) {
      issues.add([...at, i, 'min'], 'bands_not_increasing', s.issueBandsNotIncreasing(band.min, previous.min));
    }
  });
}

/** A scale's non-scored options have distinct values (the answer stores the value). */
function crossCheckScale(scale: unknown, at: PathKey[], issues: IssueList): void {
  const message = (value: string | number) => issues.strings.issueDuplicateScaleValue(String(value));
  const options = { key: 'value', message, code: 'duplicate_scale_value' } as const;
  checkUnique(listAt(scale, 'nonScored'), [...at, 'nonScored'], issues, options);
}

/**
 * The checks across the config, on any input (its shape may be wrong): ids unique in their namespace, caps
 * naming a global band, questions naming a declared scale, non-scored values unique in their scale.
 */
export function crossCheckQuestionnaire(config: unknown, issues: IssueList): void {
  if (!isRecord(config)) return;
  const s = issues.strings;
  const scales = config.scales === undefined ? {} : config.scales;
  crossCheckScale(config.scale, ['scale'], issues);
  if (isRecord(scales))
    for (const [name, scale] of Object.entries(scales)) crossCheckScale(scale, ['scales', name], issues);
  const bands = config.bands;
  const global = listAt(bands, 'global');
  checkUnique(global, ['bands', 'global'], issues);
  checkUnique(listAt(bands, 'sections'), ['bands', 'sections'], issues);

  const globalIds = idsOf(isRecord(bands) ? bands.global : undefined);
  if (globalIds) {
    listAt(config, 'caps').forEach((cap, i) => {
      const band = keyOf(cap, 'maxBand');
      if (typeof band === 'string' && !globalIds.includes(band)) {
        issues.add(['caps', i, 'maxBand'], 'unknown_band', s.issueUnknownBand(band, globalIds.join(', ')));
      }
    });
  }

  // Section, subsection and question ids share one namespace: each can be the target of a #fragment link.
  const seen = new Map<string | number, string>();
  const sections = listAt(config, 'sections');
  checkUnique(sections, ['sections'], issues, { seen });
  sections.forEach((section, si) => {
    const sAt: PathKey[] = ['sections', si];
    checkUnique(listAt(section, 'bands'), [...sAt, 'bands'], issues);
    const subsections = listAt(section, 'subsections');
    checkUnique(subsections, [...sAt, 'subsections'], issues, { seen });
    subsections.forEach((subsection, ui) => {
      const uAt: PathKey[] = [...sAt, 'subsections', ui];
      const questions = listAt(subsection, 'questions');
      checkUnique(questions, [...uAt, 'questions'], issues, { seen });
      questions.forEach((question, qi) => {
        const qAt: PathKey[] = [...uAt, 'questions', qi];
        const scale = isRecord(question) ? question.scale : undefined;
        if (typeof scale === 'string' && scale && isRecord(scales) && !Object.hasOwn(scales, scale)) {
          const names = Object.keys(scales).join(', ') || '—';
          issues.add([...qAt, 'scale'], 'unknown_scale', s.issueUnknownScale(scale, names));
        } else if (isRecord(scale)) {
          crossCheckScale(scale, [...qAt, 'scale'], issues);
        }
      });
    });
  });
}

/** Every rule beyond the shape, on a config whose shape is right. */
export function checkSemantics(config: QuestionnaireConfig, issues: IssueList): void {
  const s = issues.strings;
  checkScale(config.scale, ['scale'], issues);
  for (const [name, scale] of Object.entries(config.scales)) checkScale(scale, ['scales', name], issues);
  checkBands(config.bands.global, ['bands', 'global'], issues);
  if (config.bands.sections) checkBands(config.bands.sections, ['bands', 'sections'], issues);
  config.sections.forEach((section, si) => {
    const sAt: PathKey[] = ['sections', si];
    if (section.bands) checkBands(section.bands, [...sAt, 'bands'], issues);
    if (section.subsections.length === 0) issues.add([...sAt, 'subsections'], 'empty_section', s.issueEmptySection);
    section.subsections.forEach((subsection, ui) => {
      const uAt: PathKey[] = [...sAt, 'subsections', ui];
      if (subsection.questions.length === 0)
        issues.add([...uAt, 'questions'], 'empty_subsection', s.issueEmptySubsection);
      subsection.questions.forEach((question, qi) => {
        const { scale } = question;
        if (typeof scale === 'object') checkScale(scale, [...uAt, 'questions', qi, 'scale'], issues);
      });
    });
  });
  crossCheckQuestionnaire(config, issues);
}
