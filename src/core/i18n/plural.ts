/**
 * Agreement with a number, one rule per language. Both in one module: the French one is in every first paint,
 * and the English catalog (loaded when a page is in English) finds its own here, beside it, instead of in a
 * chunk of its own that it could only request once it had arrived (a second round trip before an English page
 * could draw; `npm run bench`, docs/performance.md).
 */

/** French agreement: singular for 0 and 1 (« 0 élément », « 1 élément », « 2 éléments »). */
export const pluralFr = (n: number, one: string, other: string): string => (n <= 1 ? one : other);

/** English agreement: singular for 1 only ("0 items", "1 item", "2 items"). */
export const pluralEn = (n: number, one: string, other: string): string => (n === 1 ? one : other);
