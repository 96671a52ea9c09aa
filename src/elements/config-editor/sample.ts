/**
 * Sample data for the preview, stored in a fresh memory storage the preview widget opens: a questionnaire
 * with every question answered (walking up its scale from one question to the next, so that the result step
 * shows varied scores); a grid whose groups feel attractions, fears and temptations of varied intensities and
 * trust (so that the postures differ); a checklist whose principles take each status in turn, with proposals
 * stated, retained and carried out (so that the commitment figures show).
 */
import {
  ATP_CATEGORIES,
  atpStorageKey,
  createMemoryStorage,
  listQuestions,
  principlesStorageKey,
  questionnaireStorageKey,
  scaleOf,
  serializeSaved,
  serializeSavedAtp,
  serializeSavedPrinciples,
  type AtpConfig,
  type AtpData,
  type PrinciplesConfig,
  type PrinciplesData,
  type QuestionnaireConfig,
  type Responses,
  type StorageAdapter,
} from '../../core/index.js';

function questionnaireSample(questionnaire: QuestionnaireConfig, at: string): Record<string, string> {
  const answers: Responses['answers'] = {};
  listQuestions(questionnaire).forEach(({ question }, i) => {
    const levels = scaleOf(questionnaire, question).levels;
    const level = levels[(i + levels.length - 1) % levels.length];
    if (level) answers[question.id] = { value: level.value, updatedAt: at };
  });
  const responses: Responses = {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    answers,
    orphans: [],
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  };
  return { [questionnaireStorageKey(questionnaire.id)]: serializeSaved('result', responses) };
}

function atpSample(config: AtpConfig): Record<string, string> {
  const intensity = config.intensity.levels.map((l) => l.value);
  const trust = config.trust.levels.map((l) => l.value);
  const pick = (values: number[], i: number) => values[((i % values.length) + values.length) % values.length] ?? 0;
  const data: AtpData = {
    groups: config.groups.map((group, g) => ({
      id: group.id,
      label: group.label,
      trust: pick(trust, trust.length - 1 - g),
      items: ATP_CATEGORIES.map((category, c) => ({
        id: `sample-${c + 1}`,
        category,
        text:
          config.categories[category].suggestions[g % Math.max(1, config.categories[category].suggestions.length)] ??
          config.categories[category].label,
        intensity: pick(intensity, intensity.length - 1 - ((g + c * 2) % intensity.length)),
      })),
    })),
  };
  return { [atpStorageKey(config.id)]: serializeSavedAtp(data) };
}

function principlesSample(config: PrinciplesConfig, at: string): Record<string, string> {
  const day = at.slice(0, 10);
  const data: PrinciplesData = { principles: {}, proposals: [] };
  config.principles.forEach((principle, i) => {
    const status = config.statuses[i % config.statuses.length];
    if (status) data.principles[principle.id] = { status: status.id, updatedAt: at };
  });
  const groups = config.groups.length ? config.groups : [{ id: 'sample', label: 'sample' }];
  for (let i = 0; i < 5; i++) {
    const decision = i < 3 ? 'accepted' : i === 3 ? 'proposed' : 'rejected';
    data.proposals.push({
      id: `sample-${i + 1}`,
      text: `${config.principles[i % config.principles.length]?.text ?? ''}`.slice(0, 80) || `#${i + 1}`,
      proposedBy: groups[i % groups.length]?.id ?? 'sample',
      date: day,
      decision,
      done: i < 2,
      ...(i < 2 ? { doneDate: day } : {}),
      ...(decision === 'rejected' ? { rejectionReason: '—' } : {}),
    });
  }
  return { [principlesStorageKey(config.id)]: serializeSavedPrinciples(data) };
}

export function sampleStorage(kind: string, config: object | undefined, sample: boolean): StorageAdapter {
  if (!sample || !config) return createMemoryStorage();
  const at = new Date().toISOString();
  if (kind === 'atp') return createMemoryStorage(atpSample(config as AtpConfig));
  if (kind === 'principles') return createMemoryStorage(principlesSample(config as PrinciplesConfig, at));
  return createMemoryStorage(questionnaireSample(config as QuestionnaireConfig, at));
}
