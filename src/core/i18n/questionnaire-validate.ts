/**
 * Strings of the questionnaire's validate step only (the review, the validation form, who validated, "reopen",
 * the earlier validated versions): not part of `Strings`, so that they stay out of the widgets' first paint; the
 * validate step, loaded when first shown, reads them with getQuestionnaireValidateStrings()
 * (src/core/questionnaire/validate-strings.ts), a site's overrides from the same `strings` object laid over.
 */
import { pluralFr } from './plural.js';

export interface QuestionnaireValidateStrings {
  validateHeading: string;
  validateIntro: string;
  validateIncomplete: (count: number) => string;
  validateConfirm: string;
  validateConfirmRequired: string;
  validateName: string;
  validateRole: string;
  validateSubmit: string;
  /** "Résultat validé le 11/05/2019 à 14:38 par Marie Dupont (directrice)". */
  validatedOn: (date: string, time: string, by: string) => string;
  /** Beside "reopen": what reopening does, and that the validated version is kept. */
  reopenHint: string;
  historyHeading: string;
  /** An earlier validated version: validated on `date` at `time` by `by` (may be empty), reopened on `reopened`. */
  historyEntry: (date: string, time: string, by: string, reopened: string) => string;
  historyKept: string;
  orphansKept: (count: number) => string;
}

export const questionnaireValidateFr: QuestionnaireValidateStrings = {
  validateHeading: 'Valider mon résultat',
  validateIntro:
    'Valider enregistre ce résultat tel qu’il est, daté et à votre nom\u202f: ses réponses ne pourront plus être modifiées. Vous pourrez toujours l’exporter, l’imprimer, et rouvrir un nouveau brouillon à partir de lui\u202f; la version validée restera conservée.',
  validateIncomplete: (count) =>
    `Il reste ${count} ${pluralFr(count, 'question sans réponse', 'questions sans réponse')}. Vous pouvez valider quand même ou compléter le questionnaire.`,
  validateConfirm: 'Je confirme que ces réponses reflètent la situation du projet.',
  validateConfirmRequired: 'Cochez la case de confirmation pour valider.',
  validateName: 'Nom (facultatif)',
  validateRole: 'Fonction (facultatif)',
  validateSubmit: 'Valider',
  validatedOn: (date, time, by) => `Résultat validé le ${date} à ${time}${by ? ` par ${by}` : ''}.`,
  reopenHint:
    'Rouvrir crée un nouveau brouillon à partir de ce résultat. La version validée reste conservée dans l’historique et dans les exports.',
  historyHeading: 'Versions validées précédentes',
  historyEntry: (date, time, by, reopened) =>
    `Validée le ${date} à ${time}${by ? ` par ${by}` : ''}, rouverte le ${reopened}`,
  historyKept: 'Leurs réponses figurent dans l’export JSON et dans l’export CSV (une colonne par version).',
  orphansKept: (count) =>
    `${count} ${pluralFr(count, 'réponse à une question retirée est conservée', 'réponses à des questions retirées sont conservées')} dans l’export JSON.`,
};
