/**
 * The project file: one versioned JSON document holding a whole cooperation project (the questionnaire's
 * responses, the ATP grid, the principles data, the stakeholder groups) and its metadata. <coop-project>
 * reads and writes it (getProject / setProject, file export and import).
 */
import * as v from 'valibot';
import { AtpDataSchema } from '../atp/schema.js';
import { ResponsesSchema } from '../questionnaire/schema.js';
import { id } from '../shared/schema.js';
import { PrinciplesDataSchema } from '../principles/schema.js';
import { QUESTIONNAIRE_STEPS } from '../questionnaire/saved.js';
import { PROJECT_FORMAT } from './format.js';

export const ProjectGroupSchema = v.strictObject({
  id: id('Stable opaque identifier of the group.'),
  label: v.pipe(v.string(), v.minLength(1), v.description('Name of the group.')),
});

export const ProjectDocumentSchema = v.strictObject({
  format: v.pipe(v.literal(PROJECT_FORMAT), v.description('The format tag of a project file.')),
  id: id('Stable opaque identifier of the project; it also keeps its stored data apart from other projects.'),
  title: v.optional(v.pipe(v.string(), v.description('Name of the project, as typed.'))),
  exportedAt: v.optional(
    v.pipe(v.string(), v.isoTimestamp(), v.description('When the file was written (ISO 8601 date-time).')),
  ),
  library: v.optional(v.pipe(v.string(), v.description('Version of the library that wrote the file.'))),
  questionnaire: v.optional(
    v.pipe(
      v.strictObject({
        configId: id('Id of the questionnaire config the responses answer.'),
        step: v.pipe(v.picklist(QUESTIONNAIRE_STEPS), v.description('Where the user was: fill, result or validate.')),
        responses: v.pipe(ResponsesSchema, v.description('The answers.')),
      }),
      v.description('The self-assessment questionnaire.'),
    ),
  ),
  atp: v.optional(
    v.pipe(
      v.strictObject({
        configId: id('Id of the ATP config the grid was filled with.'),
        data: v.pipe(AtpDataSchema, v.description('The grid.')),
      }),
      v.description('The ATP grid (attractions, fears, temptations).'),
    ),
  ),
  principles: v.optional(
    v.pipe(
      v.strictObject({
        configId: id('Id of the principles config.'),
        data: v.pipe(PrinciplesDataSchema, v.description('The state of each principle and the proposals.')),
      }),
      v.description('The principles checklist.'),
    ),
  ),
  groups: v.optional(
    v.pipe(v.array(ProjectGroupSchema), v.description('The project’s stakeholder groups, in display order.')),
  ),
});

export type ProjectGroup = v.InferOutput<typeof ProjectGroupSchema>;
/** A validated project: what parseProjectDocument() returns (defaults applied). */
export type ProjectDocument = v.InferOutput<typeof ProjectDocumentSchema>;
/** A project as a host may write it (keys with defaults may be left out). */
export type ProjectDocumentInput = v.InferInput<typeof ProjectDocumentSchema>;
