/**
 * Strings of <coop-questionnaire>'s parts loaded after an action: the result table and its score caps (the result
 * and validate steps, the print report, and <coop-project>'s report), the erase dialog, the CSV export's column
 * headings. Part of `Strings`: a site overrides any of them. Their French is added to the catalog by those
 * parts when they load (src/core/catalogs/questionnaire-parts.ts), so that the questionnaire's first paint
 * carries none of it.
 */
export interface QuestionnairePartsStrings {
  columnSection: string;
  columnScore: string;
  columnBand: string;
  columnCompletion: string;
  notScored: string;
  /** Band-cap explanations used in results: a cap is the config’s rule (a library default), not the method’s. */
  capSectionBelow: (sections: string, threshold: number) => string;
  capPrerequisiteNotMet: string;
  backToFill: string;
  goToValidate: string;
  eraseTitle: string;
  eraseText: string;
  eraseConfirm: string;
  csvSection: string;
  csvSubsection: string;
  csvQuestion: string;
  csvAnswer: string;
  csvValue: string;
  csvComment: string;
  /** Heading of the CSV column of an earlier validated version, given its date (YYYY-MM-DD). */
  csvValidatedVersion: (date: string) => string;
}

export const questionnairePartsFr: QuestionnairePartsStrings = {
  columnSection: 'Section',
  columnScore: 'Score',
  columnBand: 'Niveau',
  columnCompletion: 'Avancement',
  notScored: 'non noté',
  capSectionBelow: (sections, threshold) =>
    `Niveau global limité par la règle de calcul de ce questionnaire\u202f: au moins une section a un score inférieur à ${threshold} sur 100 (${sections}).`,
  capPrerequisiteNotMet:
    'Niveau global limité par la règle de calcul de ce questionnaire\u202f: le prérequis demandé au promoteur du projet n’est pas rempli.',
  backToFill: 'Revenir au questionnaire',
  goToValidate: 'Valider mon résultat',
  eraseTitle: 'Effacer toutes vos réponses\u202f?',
  eraseText:
    'Les réponses et commentaires enregistrés sur cet appareil pour ce questionnaire seront supprimés. Cette action est définitive.',
  eraseConfirm: 'Effacer',
  csvSection: 'Section',
  csvSubsection: 'Sous-section',
  csvQuestion: 'Question',
  csvAnswer: 'Réponse',
  csvValue: 'Valeur',
  csvComment: 'Commentaire',
  csvValidatedVersion: (date) => `Réponse validée le ${date}`,
};
