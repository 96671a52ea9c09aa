/**
 * How <coop-atp-matrix> words its figures for the views, in the widget's language: a column's name, a posture with
 * its qualifier, an intensity as its level's name, a number, a list of names, a calendar date. Bound functions: the
 * views get them as they are.
 */
import {
  formatAtpNumber,
  postureLabel,
  type AtpCategory,
  type AtpConfig,
  type AtpGroupAnalysis,
  type Locale,
  type Strings,
} from '../../core/runtime.js';

export interface FormattersSource {
  model: () => AtpConfig | undefined;
  strings: () => Strings;
  locale: () => Locale;
  /** The BCP 47 tag of the language. */
  tag: () => string;
}

export function atpFormatters(src: FormattersSource) {
  const number = (value: number): string => formatAtpNumber(value, src.locale());
  return {
    number,
    categoryLabel: (category: AtpCategory): string => src.model()?.categories[category].label ?? category,
    postureText: (g: AtpGroupAnalysis): string => postureLabel(g.posture, g.qualifier, src.strings()),
    intensityLabel: (value: number): string => {
      const level = src.model()?.intensity.levels.find((l) => l.value === value);
      return src.strings().amIntensity(level?.label ?? number(value), value);
    },
    joinNames: (names: string[]): string =>
      new Intl.ListFormat(src.tag(), { style: 'long', type: 'conjunction' }).format(names),
    /** A YYYY-MM-DD date in the locale (read as a calendar day, whatever the time zone). */
    dateLabel: (iso: string): string =>
      new Date(`${iso}T12:00:00Z`).toLocaleDateString(src.tag(), { dateStyle: 'long', timeZone: 'UTC' }),
  };
}
