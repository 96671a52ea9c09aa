import { pluralEn } from './plural.js';
import type { QuestionnaireResultStrings } from './questionnaire-result.js';

/** English strings of the questionnaire's result. */
export const questionnaireResultEn: QuestionnaireResultStrings = {
  resultHeading: 'My result',
  resultScore: (score) => `${score} / 100`,
  resultNoScore: 'No score yet: answer at least one scored question.',
  resultBand: 'Level:',
  resultCompletion: (percent) => `Questionnaire ${percent}% complete`,
  resultSections: 'Result by section',
  resultTableCaption: 'Score and level of each section (out of 100)',
  chartLabel: 'Chart of the section scores; the same figures are in the table.',
  chartUnavailable: 'The chart could not be shown; the figures are in the table.',
  recommendationsHeading: 'Recommendations, weakest sections first',
  unansweredHeading: (count) => `${count} unanswered ${pluralEn(count, 'question', 'questions')}`,
  resultProvisional: (scored, total) =>
    `Provisional result — ${scored} ${pluralEn(scored, 'answer', 'answers')} out of ${total}`,
  resultProvisionalHint: (threshold) =>
    `The level and recommendations will show once ${threshold}% of the questions have a scored answer.`,
  resultProvisionalScore: (score) => `Provisional score: ${score} / 100`,
};
