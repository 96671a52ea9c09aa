import en from '../../content/questionnaire.en.json';
import fr from '../../content/questionnaire.fr.json';
import { parseQuestionnaireConfig } from './parse.js';
import type { QuestionnaireConfig } from './schema.js';
import type { Locale } from '../i18n/index.js';

const sources: Record<Locale, object> = { fr, en };
const cache = new Map<Locale, QuestionnaireConfig>();

/**
 * The default questionnaire "Prêts pour une coopération" / "Ready to cooperate": seven sections covering the
 * nine principles and the promoter's 60% prerequisite. Both languages share ids, so answers given in one
 * language score the same in the other. Returns a fresh copy: callers may change it freely.
 */
export function defaultQuestionnaire(locale: Locale = 'fr'): QuestionnaireConfig {
  let config = cache.get(locale);
  if (!config) {
    const parsed = parseQuestionnaireConfig(sources[locale] ?? fr, { locale: 'en' });
    // The shipped content is validated by the test suite; reaching this line means a broken release.
    if (!parsed.ok) throw new Error(`Invalid default questionnaire (${locale}): ${JSON.stringify(parsed.issues)}`);
    config = parsed.config;
    cache.set(locale, config);
  }
  return JSON.parse(JSON.stringify(config)) as QuestionnaireConfig;
}
