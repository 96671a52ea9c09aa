import en from '../../content/atp.en.json';
import fr from '../../content/atp.fr.json';
import type { Locale } from '../i18n/index.js';
import { parseAtpConfig } from './parse.js';
import type { AtpConfig } from './schema.js';

const sources: Record<Locale, object> = { fr, en };
const cache = new Map<Locale, AtpConfig>();

/**
 * The default ATP grid "Grille des attraits, peurs et tentations (ATP)" / "Attractions, fears and temptations (ATP) grid": the
 * seed's six stakeholder groups, its examples as suggestions, a 0–3 intensity and trust scale, and levers for
 * each posture. Both languages share ids, so a grid filled in one language reads in the other. Returns a
 * fresh copy: callers may change it freely.
 */
export function defaultAtpConfig(locale: Locale = 'fr'): AtpConfig {
  let config = cache.get(locale);
  if (!config) {
    const parsed = parseAtpConfig(sources[locale] ?? fr, { locale: 'en' });
    // The shipped content is validated by the test suite; reaching this line means a broken release.
    if (!parsed.ok) throw new Error(`Invalid default ATP config (${locale}): ${JSON.stringify(parsed.issues)}`);
    config = parsed.config;
    cache.set(locale, config);
  }
  return JSON.parse(JSON.stringify(config)) as AtpConfig;
}
