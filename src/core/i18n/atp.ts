/** Strings of core messages of the ATP grid (src/core/atp): config issues, postures, explanations, plans. Part of `Strings`: a site overrides any of them. */
export interface AtpStrings {
  /** Placeholder until the strings are written. */
  atpPlaceholder: string;
}

export const atpFr: AtpStrings = {
  atpPlaceholder: '',
};

export const atpEn: AtpStrings = {
  atpPlaceholder: '',
};
