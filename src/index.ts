/**
 * coop-widgets: element classes, events and the core API. Importing this module registers nothing; import
 * `coop-widgets/define/<tag>.js` (or the single-file bundle) to register the tags.
 */
export * from './core/index.js';
export * from './elements/api.js';
