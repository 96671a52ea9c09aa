import { commonFr } from './fr.js';
import { LOCALES, type CommonStrings, type CoopStringOverrides, type Locale, type Strings } from './strings.js';

export { LOCALES };
export type { CommonStrings, CoopStringOverrides, Locale, Strings };

/**
 * The catalogs at hand. French, the default, is always there, with the strings every widget reads; each
 * widget's registering module adds its own areas' French (src/core/catalogs.ts), so that a page with one widget
 * does not carry the others' strings. `coop-widgets/core`'s entry registers both whole catalogs (Node and
 * bundlers have everything at once); the elements of the embed bundles load English on demand, all areas in one
 * request, which keeps it out of the first paint of French pages.
 */
const catalogs: Partial<Record<Locale, Strings>> = { fr: { ...commonFr } as Strings };

/** Makes a whole catalog available to `getStrings()`. */
export function registerCatalog(locale: Locale, strings: Strings): void {
  catalogs[locale] = strings;
}

/**
 * Adds areas to a catalog that is there (French always is): what a widget's registering module calls with its
 * own areas' strings. Nothing for a locale not loaded yet, whose whole catalog comes later.
 */
export function extendCatalog(locale: Locale, ...areas: Partial<Strings>[]): void {
  const catalog = catalogs[locale];
  if (catalog) Object.assign(catalog, ...areas);
}

/** Whether `getStrings(locale)` gives that language now (else French until `loadCatalog(locale)` settles). */
export function hasCatalog(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

let loadingEn: Promise<void> | undefined;

/** Loads and registers a locale's catalog (a no-op when it is there; one request however many widgets ask). */
export function loadCatalog(locale: Locale): Promise<void> {
  if (catalogs[locale]) return Promise.resolve();
  loadingEn ??= import('./en.js').then(
    ({ en }) => {
      catalogs.en ??= en;
    },
    (error: unknown) => {
      loadingEn = undefined; // a later call may try again
      throw error;
    },
  );
  return loadingEn;
}

/** The BCP 47 tag that formats numbers and dates for a locale (`fr-FR`, `en-GB`): one rule for every widget. */
export function localeTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'fr-FR';
}

/** Narrows a BCP 47 tag (`en-GB`, `FR`) to a supported locale, or `undefined`. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined;
}

/**
 * The locale rule shared by every widget: an explicit `locale` attribute wins, then the `lang` of the
 * nearest ancestor, then French. Unsupported tags fall through to the next source.
 */
export function resolveLocale(explicit?: string | null, inherited?: string | null): Locale {
  return toLocale(explicit) ?? toLocale(inherited) ?? 'fr';
}

/**
 * The catalog for `locale`, with a site's partial overrides laid over it. A locale not loaded yet (see
 * `hasCatalog`) gives French.
 */
export function getStrings(locale: Locale, overrides?: Partial<Strings>): Strings {
  const base = catalogs[locale] ?? (catalogs.fr as Strings);
  if (!overrides) return base;
  const merged: Strings = { ...base };
  for (const key of Object.keys(overrides) as (keyof Strings)[]) {
    const value = overrides[key];
    // Only take an override of the same kind (text for text, function for function): a host's typo must
    // not turn a sentence into "undefined" or a call of a string.
    if (value !== undefined && typeof value === typeof base[key]) {
      (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
