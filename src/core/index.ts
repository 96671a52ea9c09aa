/**
 * coop-widgets/core — the DOM-free heart of the library: config validation, scoring, migration, strings.
 * Side-effect free and importable from Node (a portal's back end can recompute scores with it).
 */
export * from './runtime.js';
export { defaultQuestionnaire } from './questionnaire/default.js';
export { defaultAtpConfig } from './atp/default.js';
export { defaultPrinciplesConfig } from './principles/default.js';
