/** Strings of core messages of the principles checklist (src/core/principles): config issues, assessment sentences. Part of `Strings`: a site overrides any of them. */
export interface PrinciplesStrings {
  /** Placeholder until the strings are written. */
  principlesPlaceholder: string;
}

export const principlesFr: PrinciplesStrings = {
  principlesPlaceholder: '',
};

export const principlesEn: PrinciplesStrings = {
  principlesPlaceholder: '',
};
