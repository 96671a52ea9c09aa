/** The project file: one versioned JSON document for a whole cooperation project, and per-project storage. */
export { PROJECT_FORMAT } from './format.js';
export { ProjectDocumentSchema, ProjectGroupSchema } from './schema.js';
export type { ProjectDocument, ProjectDocumentInput, ProjectGroup } from './schema.js';
export { parseProjectDocument } from './parse.js';
export { serializeProject } from './serialize.js';
export type { ProjectParseOptions, ProjectParseResult } from './parse.js';
export { namespacedStorage, projectStorageKey } from './storage.js';
