import type { QuestionnairePartsStrings } from './questionnaire-parts.js';

/** English. */
export const questionnairePartsEn: QuestionnairePartsStrings = {
  columnSection: 'Section',
  columnScore: 'Score',
  columnBand: 'Level',
  columnCompletion: 'Progress',
  notScored: 'not scored',
  capSectionBelow: (sections, threshold) =>
    `Overall level limited by this questionnaire’s scoring rule: at least one section scores below ${threshold} out of 100 (${sections}).`,
  capPrerequisiteNotMet:
    'Overall level limited by this questionnaire’s scoring rule: the prerequisite asked of the project sponsor is not met.',
  backToFill: 'Back to the questionnaire',
  goToValidate: 'Validate my result',
  eraseTitle: 'Erase all your answers?',
  eraseText:
    'The answers and comments saved on this device for this questionnaire will be deleted. This cannot be undone.',
  eraseConfirm: 'Erase',
  csvSection: 'Section',
  csvSubsection: 'Subsection',
  csvQuestion: 'Question',
  csvAnswer: 'Answer',
  csvValue: 'Value',
  csvComment: 'Comment',
  csvValidatedVersion: (date) => `Answer validated on ${date}`,
};
