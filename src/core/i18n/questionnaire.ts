/**
 * Strings of <coop-questionnaire>'s interface that no other widget reads: its steps, summary, pages, introduction,
 * answers, result table, exports' labels, erase dialog. Part of `Strings`: a site overrides any of them. Added to
 * the French catalog by its registering module (src/core/catalogs/questionnaire.ts), and by <coop-project>'s
 * report, which shows a questionnaire's result (src/core/catalogs/project-parts.ts). What the shared views and
 * the other widgets read too (`loading`, `cancel`, `savedAt`, `print`, the storage sentences) stays in `fr.ts`.
 */
import { pluralFr } from './plural.js';

export interface QuestionnaireStrings {
  stepperLabel: string;
  stepFill: string;
  stepResult: string;
  stepValidate: string;
  /** "Étape 1 sur 3". */
  stepOf: (current: number, total: number) => string;
  /** "Étape suivante : Voir mon résultat". */
  stepNext: (name: string) => string;
  stepLast: string;
  instructions: string;
  close: string;
  notSavedYet: string;
  summary: string;
  /** Completion shown beside a section in the summary, e.g. "40 %". */
  percent: (value: number) => string;
  /** Accessible name of a section's progress bar. */
  completionOf: (title: string) => string;
  progressLabel: string;
  /** "12 questions answered out of 39". */
  progressText: (answered: number, total: number) => string;
  nextUnanswered: string;
  allAnswered: string;
  comment: string;
  clearAnswer: string;
  /** Announced when an answer is cleared. */
  answerCleared: string;
  notScoredGroup: string;
  /** Shown when the host page sets `readonly`. */
  readonlyNotice: string;
  /** Shown on the fill step once the result is validated. */
  validatedNotice: string;
  seeResult: string;
  reopen: string;
  exportCsv: string;
  eraseAnswers: string;
  /** Where the paged fill step stands: "Section 2 sur 7". */
  pageOf: (current: number, total: number) => string;
  /** Goes to the previous section's page. */
  pageBack: string;
  /** Goes to the next section's page. */
  pageContinue: string;
  /** The fill step's introduction (the config's instructions), a disclosure. */
  introHeading: string;
  /** Above the questions: what each level of the answer scale means. */
  scaleLegendHeading: string;
  /** Marks the question "next unanswered" led to. */
  targetQuestion: string;
  /** On the fill step of a draft reopened from a validated result. */
  reopenedNotice: string;
}

export const questionnaireFr: QuestionnaireStrings = {
  stepperLabel: 'Étapes',
  stepFill: 'Remplir le questionnaire',
  stepResult: 'Voir mon résultat',
  stepValidate: 'Valider mon résultat',
  stepOf: (current, total) => `Étape ${current} sur ${total}`,
  stepNext: (name) => `Étape suivante\u202f: ${name}`,
  stepLast: 'Dernière étape',
  instructions: 'Instructions',
  close: 'Fermer',
  notSavedYet: 'Aucune réponse enregistrée pour l’instant',
  summary: 'Sommaire',
  percent: (value) => `${value}\u00a0%`,
  completionOf: (title) => `Avancement de «\u202f${title}\u202f»`,
  progressLabel: 'Avancement du questionnaire',
  progressText: (answered, total) =>
    `${answered} ${pluralFr(answered, 'question', 'questions')} sur ${total} ${pluralFr(answered, 'a', 'ont')} une réponse`,
  nextUnanswered: 'Aller à la prochaine question sans réponse',
  allAnswered: 'Toutes les questions ont une réponse.',
  comment: 'Commentaire (facultatif)',
  clearAnswer: 'Effacer la réponse',
  answerCleared: 'Réponse effacée.',
  notScoredGroup: 'Réponses qui ne comptent pas dans le score',
  readonlyNotice: 'Ces réponses sont affichées en lecture seule\u202f: elles ne peuvent pas être modifiées ici.',
  validatedNotice: 'Ce résultat est validé\u202f: les réponses ne peuvent plus être modifiées.',
  seeResult: 'Voir mon résultat',
  reopen: 'Rouvrir un nouveau brouillon',
  exportCsv: 'Exporter les réponses (CSV)',
  eraseAnswers: 'Effacer mes réponses',
  pageOf: (current, total) => `Section ${current} sur ${total}`,
  pageBack: 'Section précédente',
  pageContinue: 'Continuer',
  introHeading: 'Avant de commencer',
  scaleLegendHeading: 'Ce que signifie chaque réponse\u202f:',
  targetQuestion: 'Prochaine question sans réponse\u202f:',
  reopenedNotice:
    'Nouveau brouillon rouvert à partir d’un résultat validé\u202f: la version validée reste conservée dans l’historique et dans les exports.',
};
