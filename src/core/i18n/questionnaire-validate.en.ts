import { pluralEn } from './plural.js';
import type { QuestionnaireValidateStrings } from './questionnaire-validate.js';

/** English strings of the questionnaire's validate step. */
export const questionnaireValidateEn: QuestionnaireValidateStrings = {
  validateHeading: 'Validate my result',
  validateIntro:
    'Validating records this result as it stands, dated and in your name: its answers can no longer be changed. You can still export it, print it, and reopen a new draft from it; the validated version stays on record.',
  validateIncomplete: (count) =>
    `${count} ${pluralEn(count, 'question is', 'questions are')} still unanswered. You can validate anyway or complete the questionnaire.`,
  validateConfirm: 'I confirm that these answers reflect the state of the project.',
  validateConfirmRequired: 'Tick the confirmation box to validate.',
  validateName: 'Name (optional)',
  validateRole: 'Role (optional)',
  validateSubmit: 'Validate',
  validatedOn: (date, time, by) => `Result validated on ${date} at ${time}${by ? ` by ${by}` : ''}.`,
  reopenHint:
    'Reopening starts a new draft from this result. The validated version stays on record, in the history and in the exports.',
  historyHeading: 'Earlier validated versions',
  historyEntry: (date, time, by, reopened) =>
    `Validated on ${date} at ${time}${by ? ` by ${by}` : ''}, reopened on ${reopened}`,
  historyKept: 'Their answers are in the JSON export and in the CSV export (one column per version).',
  orphansKept: (count) =>
    `${count} ${pluralEn(count, 'answer to a removed question is', 'answers to removed questions are')} kept in the JSON export.`,
};
