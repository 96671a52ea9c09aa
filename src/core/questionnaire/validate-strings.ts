/**
 * The questionnaire's result and validate-step strings, outside the `Strings` catalog so that they never weigh
 * on the widget's first paint: the result and validate steps and the print report (loaded when first shown)
 * read them here, in both languages, with a site's overrides (from the same `strings` object as the other keys)
 * laid over.
 */
import type { Locale, Strings } from '../i18n/index.js';
import { questionnaireResultEn } from '../i18n/questionnaire-result.en.js';
import { questionnaireResultFr, type QuestionnaireResultStrings } from '../i18n/questionnaire-result.js';
import { questionnaireValidateEn } from '../i18n/questionnaire-validate.en.js';
import { questionnaireValidateFr, type QuestionnaireValidateStrings } from '../i18n/questionnaire-validate.js';

/** What a site may pass as `strings` to a questionnaire: any key of the catalog, of the result or of the validate step. */
export type QuestionnaireStringOverrides = Partial<Strings> &
  Partial<QuestionnaireResultStrings> &
  Partial<QuestionnaireValidateStrings>;

/** `base` with the overrides of its own keys laid over, of the same kind only (text for text, function for function). */
function laidOver<T extends object>(base: T, overrides: QuestionnaireStringOverrides | undefined): T {
  if (!overrides) return base;
  const merged: T = { ...base };
  for (const key of Object.keys(base) as (keyof T)[]) {
    const value = (overrides as Partial<T>)[key];
    if (value !== undefined && typeof value === typeof base[key]) merged[key] = value;
  }
  return merged;
}

/** The validate step's strings in `locale`, a site's overrides laid over. */
export function getQuestionnaireValidateStrings(
  locale: Locale,
  overrides?: QuestionnaireStringOverrides,
): QuestionnaireValidateStrings {
  return laidOver(locale === 'en' ? questionnaireValidateEn : questionnaireValidateFr, overrides);
}

/** The result's strings in `locale` (result and validate steps, print report), a site's overrides laid over. */
export function getQuestionnaireResultStrings(
  locale: Locale,
  overrides?: QuestionnaireStringOverrides,
): QuestionnaireResultStrings {
  return laidOver(locale === 'en' ? questionnaireResultEn : questionnaireResultFr, overrides);
}
