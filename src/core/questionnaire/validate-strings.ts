/**
 * The questionnaire's validate-step strings, outside the `Strings` catalog so that they never weigh on the
 * widget's first paint: the validate step (loaded when first shown) reads them here, in both languages, with a
 * site's overrides (from the same `strings` object as the other keys) laid over.
 */
import type { Locale, Strings } from '../i18n/index.js';
import { questionnaireValidateEn } from '../i18n/questionnaire-validate.en.js';
import { questionnaireValidateFr, type QuestionnaireValidateStrings } from '../i18n/questionnaire-validate.js';

/** What a site may pass as `strings` to a questionnaire: any key of the catalog or of the validate step. */
export type QuestionnaireStringOverrides = Partial<Strings> & Partial<QuestionnaireValidateStrings>;

/** The validate step's strings in `locale`, a site's overrides of the same kind laid over (text for text, function for function). */
export function getQuestionnaireValidateStrings(
  locale: Locale,
  overrides?: QuestionnaireStringOverrides,
): QuestionnaireValidateStrings {
  const base = locale === 'en' ? questionnaireValidateEn : questionnaireValidateFr;
  if (!overrides) return base;
  const merged: QuestionnaireValidateStrings = { ...base };
  for (const key of Object.keys(base) as (keyof QuestionnaireValidateStrings)[]) {
    const value = (overrides as Partial<QuestionnaireValidateStrings>)[key];
    if (value !== undefined && typeof value === typeof base[key]) {
      (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
