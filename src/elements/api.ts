/** The elements' public classes and events (registers nothing). */
export * from './events.js';
export { CoopConfigurable } from './shared/configurable.js';
export { CoopDocumentWidget } from './shared/document-widget.js';
export { CoopQuestionnaire } from './questionnaire/questionnaire.js';
export { CoopAtpMatrix } from './atp-matrix/atp-matrix.js';
export { CoopPrinciplesChecklist } from './principles-checklist/principles-checklist.js';
export { CoopProject } from './project/project.js';
export { ProjectHub } from './project/hub.js';
export type { FocusRequest, ProjectState, ProjectWidget } from './project/hub.js';
export { projectContext } from './project/context.js';
export type { ProjectLink } from './project/context.js';
export { defineElement, LIBRARY_VERSION } from './shared/define.js';
