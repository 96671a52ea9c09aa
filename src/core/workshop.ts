/**
 * The workshop mode's strings (French and English, `ws…` keys): part of `coop-widgets/core`, and loaded by
 * <coop-project> only in workshop mode, so that pages without a server do not carry them at first paint.
 */
export { workshopFr, workshopStrings } from './i18n/workshop.js';
export type { WorkshopStrings } from './i18n/workshop.js';
export { workshopEn } from './i18n/workshop.en.js';
export { workshopLinkTo } from './workshop-link.js';
export { workshopRegister } from './workshop-register.js';
export type { ParticipantRegister } from './workshop-register.js';
