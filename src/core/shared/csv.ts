/** The CSV dialect of every export: what spreadsheet software in the user's language opens without a wizard. */
import type { Locale } from '../i18n/index.js';

/** French spreadsheet software splits on `;` (`,` is its decimal separator). */
const DELIMITER: Record<Locale, string> = { fr: ';', en: ',' };

/**
 * A spreadsheet runs a cell starting with one of these as a formula (CSV injection): a comment such as
 * `=HYPERLINK(…)` typed by one user would run on the machine of whoever opens the export.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text is written as typed, with a leading apostrophe when it would start a formula. */
const guard = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * A number as the locale's spreadsheet software reads it: French Excel reads `1.5` as a date (1 May), `1,5`
 * as the number. Numbers are never guarded: `-1` is a value, not a formula.
 */
const formatNumber = (n: number, locale: Locale) => (locale === 'fr' ? String(n).replace('.', ',') : String(n));

/** RFC 4180: a field holding the delimiter, a quote, CR or LF is quoted, its quotes doubled. */
function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CsvCell = string | number | null | undefined;

/**
 * Rows to CSV text: UTF-8 with a byte-order mark (`\uFEFF`) so that spreadsheet software reads accents; CRLF
 * line ends, the last row included; RFC 4180 quoting; `;` as delimiter and `,` as decimal separator for `fr`,
 * `,` and `.` for `en`; text cells starting with `=`, `+`, `-`, `@`, a tab or a CR get a leading apostrophe;
 * `null` and `undefined` are empty cells.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], locale: Locale): string {
  const delimiter = DELIMITER[locale];
  const line = (cells: readonly CsvCell[]) =>
    cells
      .map((cell) =>
        field(
          cell === null || cell === undefined
            ? ''
            : typeof cell === 'number'
              ? formatNumber(cell, locale)
              : guard(cell),
          delimiter,
        ),
      )
      .join(delimiter);
  return `\uFEFF${rows.map((cells) => `${line(cells)}\r\n`).join('')}`;
}
