/** Strings of the interface of <coop-principles-checklist>. Part of `Strings`: a site overrides any of them. */
export interface PrinciplesChecklistStrings {
  /** Placeholder until the strings are written. */
  principlesChecklistPlaceholder: string;
}

export const principlesChecklistFr: PrinciplesChecklistStrings = {
  principlesChecklistPlaceholder: '',
};

export const principlesChecklistEn: PrinciplesChecklistStrings = {
  principlesChecklistPlaceholder: '',
};
