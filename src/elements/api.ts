/** The elements' public classes and events (registers nothing). */
export * from './events.js';
export { CoopConfigurable } from './shared/configurable.js';
export { CoopQuestionnaire } from './questionnaire/questionnaire.js';
export { CoopAtpMatrix } from './atp-matrix/atp-matrix.js';
export { CoopPrinciplesChecklist } from './principles-checklist/principles-checklist.js';
export { CoopProject } from './project/project.js';
export { ProjectHub } from './shared/project-hub.js';
export { projectContext } from './shared/project-link.js';
export type { FocusRequest, ProjectLink, ProjectState, ProjectWidget } from './shared/project-link.js';
export { defineElement, LIBRARY_VERSION } from './shared/define.js';
