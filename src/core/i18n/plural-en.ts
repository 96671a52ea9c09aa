/** English agreement: singular for 1 only ("0 items", "1 item", "2 items"). */
export const pluralEn = (n: number, one: string, other: string): string => (n === 1 ? one : other);
