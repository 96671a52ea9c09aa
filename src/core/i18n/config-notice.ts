/**
 * What a visitor of a published page reads when a widget's config is broken: a neutral notice, not the
 * developer's list of problems (that list shows with `show-config-errors`, and goes to the `coop-config-error`
 * event and the console). Part of `Strings`: a site overrides it.
 */
export interface ConfigNoticeStrings {
  /** The neutral notice shown instead of the widget while its config is broken. */
  configNotice: string;
}

export const configNoticeFr: ConfigNoticeStrings = {
  configNotice: 'Cet outil est momentanément indisponible.',
};
