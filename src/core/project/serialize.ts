/** Writing a project file, apart from its parser: exporting a project needs none of the checks. */
import type { ProjectDocument } from './schema.js';

/** The project as a file: JSON indented by 2 spaces, `format` first, with a final newline. */
export function serializeProject(project: ProjectDocument): string {
  const { format, id, ...rest } = project;
  return `${JSON.stringify({ format, id, ...rest }, null, 2)}\n`;
}
