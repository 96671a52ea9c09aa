/**
 * coop-widgets: element classes, events and the core API. Importing this module registers nothing; import
 * `coop-widgets/define/<tag>.js` (or the single-file bundle) to register the tags.
 */
export * from './core/index.js';
export * from './elements/events.js';
export { CoopConfigurable } from './elements/shared/configurable.js';
export { CoopQuestionnaire } from './elements/questionnaire/questionnaire.js';
export { CoopAtpMatrix, ATP_VIEWS } from './elements/atp-matrix/atp-matrix.js';
export type { AtpView } from './elements/atp-matrix/atp-matrix.js';
export { CoopPrinciplesChecklist } from './elements/principles-checklist/principles-checklist.js';
export { CoopDocumentWidget } from './elements/shared/document-widget.js';
export { defineElement, LIBRARY_VERSION } from './elements/shared/define.js';
