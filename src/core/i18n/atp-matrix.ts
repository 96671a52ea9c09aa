/** Strings of the interface of <coop-atp-matrix>. Part of `Strings`: a site overrides any of them. */
export interface AtpMatrixStrings {
  /** Placeholder until the strings are written. */
  atpMatrixPlaceholder: string;
}

export const atpMatrixFr: AtpMatrixStrings = {
  atpMatrixPlaceholder: '',
};

export const atpMatrixEn: AtpMatrixStrings = {
  atpMatrixPlaceholder: '',
};
