import en from '../../content/principles.en.json';
import fr from '../../content/principles.fr.json';
import type { Locale } from '../i18n/index.js';
import { parsePrinciplesConfig } from './parse.js';
import type { PrinciplesConfig } from './schema.js';

const sources: Record<Locale, object> = { fr, en };
const cache = new Map<Locale, PrinciplesConfig>();

/**
 * The default checklist "Les neuf principes d’une coopération durable" / "Nine principles for a lasting
 * cooperation": the nine principles of the ANAP method (the French texts word for word), the promoter's 60%
 * prerequisite, three statuses and the six stakeholder groups. Both languages share ids, so data kept in one
 * language reads the same in the other. Returns a fresh copy: callers may change it freely.
 */
export function defaultPrinciplesConfig(locale: Locale = 'fr'): PrinciplesConfig {
  let config = cache.get(locale);
  if (!config) {
    const parsed = parsePrinciplesConfig(sources[locale] ?? fr, { locale: 'en' });
    // The shipped content is validated by the test suite; reaching this line means a broken release.
    if (!parsed.ok) throw new Error(`Invalid default principles (${locale}): ${JSON.stringify(parsed.issues)}`);
    config = parsed.config;
    cache.set(locale, config);
  }
  return JSON.parse(JSON.stringify(config)) as PrinciplesConfig;
}
