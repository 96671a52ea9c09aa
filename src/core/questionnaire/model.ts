/** Read helpers over a validated questionnaire config, shared by scoring, migration and the elements. */
import type {
  Answer,
  AnswerValue,
  Question,
  QuestionnaireConfig,
  Responses,
  Scale,
  Section,
  Subsection,
} from './schema.js';

/** The scale a question is answered on: its own (inline or named), else the questionnaire's. */
export function scaleOf(config: QuestionnaireConfig, question: Question): Scale {
  const { scale } = question;
  if (scale === undefined) return config.scale;
  if (typeof scale === 'string') return (Object.hasOwn(config.scales, scale) && config.scales[scale]) || config.scale;
  return scale;
}

export interface QuestionRef {
  question: Question;
  section: Section;
  subsection: Subsection;
  sectionIndex: number;
  subsectionIndex: number;
  questionIndex: number;
}

/** Every question in document order, with where it stands. */
export function listQuestions(config: QuestionnaireConfig): QuestionRef[] {
  const out: QuestionRef[] = [];
  config.sections.forEach((section, sectionIndex) =>
    section.subsections.forEach((subsection, subsectionIndex) =>
      subsection.questions.forEach((question, questionIndex) =>
        out.push({ question, section, subsection, sectionIndex, subsectionIndex, questionIndex }),
      ),
    ),
  );
  return out;
}

/** Each config's questions by id, listed once per config object: every answer looks its question up. */
const byId = new WeakMap<QuestionnaireConfig, Map<string, QuestionRef>>();

/** The question with this id, if any. */
export function findQuestion(config: QuestionnaireConfig, questionId: string): QuestionRef | undefined {
  let refs = byId.get(config);
  if (!refs) {
    refs = new Map();
    for (const ref of listQuestions(config)) if (!refs.has(ref.question.id)) refs.set(ref.question.id, ref);
    byId.set(config, refs);
  }
  return refs.get(questionId);
}

/** What a value means on a scale: a scored level, a non-scored option, or nothing valid. */
export type ValueKind = 'scored' | 'non-scored' | 'invalid';

export function classifyValue(scale: Scale, value: AnswerValue): ValueKind {
  if (value === null) return 'invalid';
  if (typeof value === 'number') return scale.levels.some((l) => l.value === value) ? 'scored' : 'invalid';
  return scale.nonScored.some((o) => o.value === value) ? 'non-scored' : 'invalid';
}

/** What the respondent read for a value: the level's or the non-scored option's label, '' if none. */
export function answerLabel(scale: Scale, value: AnswerValue): string {
  if (typeof value === 'number') return scale.levels.find((l) => l.value === value)?.label ?? '';
  if (typeof value === 'string') return scale.nonScored.find((o) => o.value === value)?.label ?? '';
  return '';
}

/** Empty draft responses for a config. `now` is injectable so that results are reproducible. */
export function createResponses(config: QuestionnaireConfig, now: Date = new Date()): Responses {
  const at = now.toISOString();
  return {
    questionnaireId: config.id,
    questionnaireVersion: config.version,
    answers: {},
    orphans: [],
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Records an answer (or clears it with `null`, keeping any comment). Returns new responses; the input is
 * not changed. Throws a RangeError for an unknown question or a value that is not on its scale — that is a
 * programming error, not a user's.
 */
export function setAnswer(
  config: QuestionnaireConfig,
  responses: Responses,
  questionId: string,
  value: AnswerValue,
  now: Date = new Date(),
): Responses {
  const ref = findQuestion(config, questionId);
  if (!ref) throw new RangeError(`Unknown question id: ${questionId}`);
  if (value !== null && classifyValue(scaleOf(config, ref.question), value) === 'invalid') {
    throw new RangeError(`Value ${JSON.stringify(value)} is not on the scale of question ${questionId}`);
  }
  const at = now.toISOString();
  const previous = responses.answers[questionId];
  const answer: Answer = { ...previous, value, updatedAt: at };
  return { ...responses, answers: { ...responses.answers, [questionId]: answer }, updatedAt: at };
}

/** Records a comment on a question; an empty comment removes it. */
export function setComment(
  config: QuestionnaireConfig,
  responses: Responses,
  questionId: string,
  comment: string,
  now: Date = new Date(),
): Responses {
  if (!findQuestion(config, questionId)) throw new RangeError(`Unknown question id: ${questionId}`);
  const at = now.toISOString();
  const { comment: _old, ...rest } = responses.answers[questionId] ?? { value: null, updatedAt: at };
  const answer: Answer = comment ? { ...rest, comment, updatedAt: at } : { ...rest, updatedAt: at };
  return { ...responses, answers: { ...responses.answers, [questionId]: answer }, updatedAt: at };
}
