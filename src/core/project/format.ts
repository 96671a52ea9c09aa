/**
 * The project file's format tag, apart from its schema: writing a project (getProject, export) needs the tag
 * and none of the widgets' schemas, which only reading one checks.
 */
export const PROJECT_FORMAT = 'coop-project/1';
