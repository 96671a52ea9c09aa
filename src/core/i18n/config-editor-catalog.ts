/** The config editor's catalog in a locale, with a site's overrides of the same kind laid over it. */
import { configEditorEn } from './config-editor.en.js';
import { configEditorFr, type ConfigEditorStrings } from './config-editor.js';
import type { Locale } from './strings.js';

export type { ConfigEditorStrings };

export function configEditorStrings(locale: Locale, overrides?: Partial<ConfigEditorStrings>): ConfigEditorStrings {
  const base = locale === 'en' ? configEditorEn : configEditorFr;
  if (!overrides) return base;
  const merged: ConfigEditorStrings = { ...base };
  for (const key of Object.keys(base) as (keyof ConfigEditorStrings)[]) {
    const value = overrides[key];
    if (value !== undefined && typeof value === typeof base[key]) {
      (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
