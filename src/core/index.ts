/**
 * coop-widgets/core — the DOM-free heart of the library: config validation, scoring, migration, strings.
 * Importable from Node (a portal's back end can recompute scores with it). Its one side effect: the English
 * catalog is registered, so that every function speaks both languages at once (the embed bundle's elements
 * load it on demand instead).
 */
import { en } from './i18n/en.js';
import { registerCatalog } from './i18n/index.js';

registerCatalog('en', en);

export * from './runtime.js';
// Not in runtime.ts: the elements never use it, and the embed bundle serves it as its own file.
export * from './http.js';
// Not in runtime.ts either: <coop-project> loads them with its workshop mode.
export * from './workshop.js';
export { en };
export { defaultQuestionnaire } from './questionnaire/default.js';
export { defaultAtpConfig } from './atp/default.js';
export { defaultPrinciplesConfig } from './principles/default.js';
