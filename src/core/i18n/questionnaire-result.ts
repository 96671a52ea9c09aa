/**
 * Strings of the questionnaire's result only (the global box, the section table's caption, the chart, the
 * recommendations, the unanswered questions, the provisional result): shown by the result and validate steps
 * and the print report, all loaded when first shown. Not part of `Strings`, so that they stay out of the
 * widgets' first paint; read with getQuestionnaireResultStrings() (src/core/questionnaire/validate-strings.ts),
 * a site's overrides from the same `strings` object laid over.
 */
import { pluralFr } from './plural.js';

export interface QuestionnaireResultStrings {
  resultHeading: string;
  resultScore: (score: string) => string;
  resultNoScore: string;
  resultBand: string;
  resultCompletion: (percent: number) => string;
  resultSections: string;
  resultTableCaption: string;
  chartLabel: string;
  chartUnavailable: string;
  recommendationsHeading: string;
  unansweredHeading: (count: number) => string;
  /** Said first while the result rests on too few scored answers: `scored` answers out of `total` questions. */
  resultProvisional: (scored: number, total: number) => string;
  /** Why no band or recommendation shows yet: `threshold` is the config's share (0–100) of scored answers. */
  resultProvisionalHint: (threshold: number) => string;
  /** The global score while provisional, e.g. "Provisional score: 50 / 100". */
  resultProvisionalScore: (score: string) => string;
}

export const questionnaireResultFr: QuestionnaireResultStrings = {
  resultHeading: 'Mon résultat',
  resultScore: (score) => `${score}\u00a0/\u00a0100`,
  resultNoScore: 'Pas encore de score\u202f: répondez à au moins une question notée.',
  resultBand: 'Niveau\u202f:',
  resultCompletion: (percent) => `Questionnaire complété à ${percent}\u00a0%`,
  resultSections: 'Résultat par section',
  resultTableCaption: 'Score et niveau de chaque section (sur 100)',
  chartLabel: 'Graphique des scores par section\u202f; les mêmes chiffres figurent dans le tableau.',
  chartUnavailable: 'Le graphique n’a pas pu être affiché\u202f; les chiffres sont dans le tableau.',
  recommendationsHeading: 'Recommandations, en commençant par les sections les plus faibles',
  unansweredHeading: (count) => `${count} ${pluralFr(count, 'question sans réponse', 'questions sans réponse')}`,
  resultProvisional: (scored, total) =>
    `Résultat provisoire — ${scored} ${pluralFr(scored, 'réponse', 'réponses')} sur ${total}`,
  resultProvisionalHint: (threshold) =>
    `Le niveau et les recommandations s’afficheront quand ${threshold}\u00a0% des questions auront une réponse notée.`,
  resultProvisionalScore: (score) => `Score provisoire\u202f: ${score}\u00a0/\u00a0100`,
};
