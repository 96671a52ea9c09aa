import type { Answer, Orphan, QuestionnaireConfig, Responses } from './schema.js';
import { classifyValue, findQuestion, scaleOf } from './model.js';

/**
 * Fits responses to a (possibly newer) config version. Nothing is ever dropped:
 * - an answer whose question no longer exists, or whose value is no longer on the question's scale, moves to
 *   `orphans` with the version it came from;
 * - an orphan whose question exists again (and whose value fits) comes back, unless the question has been
 *   answered since.
 * Returns new responses stamped with the config's id and version; the input is not changed.
 */
export function migrateResponses(config: QuestionnaireConfig, responses: Responses): Responses {
  const fits = (questionId: string, answer: Answer) => {
    const ref = findQuestion(config, questionId);
    if (!ref) return false;
    return answer.value === null || classifyValue(scaleOf(config, ref.question), answer.value) !== 'invalid';
  };

  // A Map, then Object.fromEntries: plain assignment would treat a key like "__proto__" specially.
  const answers = new Map<string, Answer>();
  const orphans: Orphan[] = [];
  for (const [questionId, answer] of Object.entries(responses.answers)) {
    if (fits(questionId, answer)) answers.set(questionId, answer);
    else orphans.push({ questionId, fromVersion: responses.questionnaireVersion, answer });
  }
  for (const orphan of responses.orphans) {
    if (!answers.has(orphan.questionId) && fits(orphan.questionId, orphan.answer)) {
      answers.set(orphan.questionId, orphan.answer);
    } else {
      orphans.push(orphan);
    }
  }
  return {
    ...responses,
    questionnaireId: config.id,
    questionnaireVersion: config.version,
    answers: Object.fromEntries(answers),
    orphans,
  };
}
