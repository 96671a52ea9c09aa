import brokenJson from '../fixtures/questionnaire.broken.json';
import minimalJson from '../fixtures/questionnaire.minimal.json';
import {
  createResponses,
  parseQuestionnaireConfig,
  setAnswer,
  type AnswerValue,
  type ConfigIssue,
  type QuestionnaireConfig,
  type QuestionnaireConfigInput,
  type Responses,
} from '../../src/core/index.js';

/** The shared fixtures, typed as what an editor may write (optional keys included). */
export const minimal = minimalJson as QuestionnaireConfigInput;
export const broken = brokenJson as QuestionnaireConfigInput;

/** A deep copy of a fixture, to change in one test without touching the others. */
export const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function config(input: object = minimal): QuestionnaireConfig {
  const parsed = parseQuestionnaireConfig(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.config;
}

export const NOW = new Date('2026-01-15T10:00:00.000Z');

export function answer(c: QuestionnaireConfig, values: Record<string, AnswerValue>): Responses {
  let r = createResponses(c, NOW);
  for (const [id, value] of Object.entries(values)) r = setAnswer(c, r, id, value, NOW);
  return r;
}

/** The issue at this JSON path, if any. */
export const find = (issues: ConfigIssue[], path: string) => issues.find((i) => i.path === path);
