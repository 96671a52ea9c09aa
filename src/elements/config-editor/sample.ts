/**
 * Sample answers for the preview: every question answered, walking up its scale from one question to the
 * next, so that the result step shows varied scores. Stored in a fresh memory storage the preview widget opens.
 */
import {
  createMemoryStorage,
  listQuestions,
  questionnaireStorageKey,
  scaleOf,
  serializeSaved,
  type QuestionnaireConfig,
  type Responses,
  type StorageAdapter,
} from '../../core/index.js';

export function sampleStorage(kind: string, config: object | undefined, sample: boolean): StorageAdapter {
  if (!sample || kind !== 'questionnaire' || !config) return createMemoryStorage();
  const questionnaire = config as QuestionnaireConfig;
  const at = new Date().toISOString();
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
  return createMemoryStorage({
    [questionnaireStorageKey(questionnaire.id)]: serializeSaved('result', responses),
  });
}
