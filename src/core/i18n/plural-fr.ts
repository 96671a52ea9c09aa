/** French agreement: singular for 0 and 1 (« 0 élément », « 1 élément », « 2 éléments »). */
export const pluralFr = (n: number, one: string, other: string): string => (n <= 1 ? one : other);
