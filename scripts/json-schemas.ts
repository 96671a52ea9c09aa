/**
 * The JSON Schemas published in schemas/, generated from the core's Valibot definitions. Each carries an `$id`
 * (its URL in the published package, on unpkg), a title and a description; the fields' descriptions come from
 * the Valibot `v.description()` actions. An editor (VS Code, JetBrains…) offers completion and hover help in a
 * file that starts with `"$schema": "https://unpkg.com/coop-widgets@<version>/schemas/<file>"`.
 */
import { readFileSync } from 'node:fs';
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import {
  AtpConfigSchema,
  AtpDataSchema,
  PrinciplesConfigSchema,
  PrinciplesDataSchema,
  ProjectDocumentSchema,
  QuestionnaireConfigSchema,
  ResponsesSchema,
} from '../src/core/index.js';

// `finite` has no JSON Schema form: JSON numbers are finite by nature.
const options: ConversionConfig = { errorMode: 'throw', typeMode: 'input', ignoreActions: ['finite'] };

const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

/** Where the published package serves its schemas: the `$id` of each one. Changes with every version. */
export const SCHEMA_BASE_URL = `https://unpkg.com/${name}@${version}/schemas/`;

interface Entry {
  title: string;
  description: string;
  schema: GenericSchema;
}

const SCHEMA_KEY_DESCRIPTION =
  'URL or relative path of this JSON Schema, for editors’ completion and checks; the widgets ignore it.';

const schemas: Record<string, Entry> = {
  'questionnaire.schema.json': {
    title: 'coop-widgets questionnaire configuration',
    description:
      'The content of <coop-questionnaire>: sections, subsections and questions, answer scales, result bands ' +
      'and caps. Give it to the element as JSON in its `config` attribute or `config` property.',
    schema: QuestionnaireConfigSchema,
  },
  'questionnaire-responses.schema.json': {
    title: 'coop-widgets questionnaire responses',
    description:
      'The answers to a questionnaire, as <coop-questionnaire> stores and exports them (the `responses` ' +
      'property) and as scoreQuestionnaire() in coop-widgets/core reads them.',
    schema: ResponsesSchema,
  },
  'atp.schema.json': {
    title: 'coop-widgets ATP grid configuration',
    description:
      'The content of <coop-atp-matrix>: the Attractions / Fears / Temptations categories, the scales, the ' +
      'posture thresholds and the default groups. Give it to the element in its `config` attribute or property.',
    schema: AtpConfigSchema,
  },
  'atp-data.schema.json': {
    title: 'coop-widgets ATP grid data',
    description: 'What a user filled in the ATP grid: the stakeholder groups, their items and trust levels.',
    schema: AtpDataSchema,
  },
  'principles.schema.json': {
    title: 'coop-widgets principles checklist configuration',
    description:
      'The content of <coop-principles-checklist>: the nine principles, their groups and the commitment ' +
      'threshold. Give it to the element in its `config` attribute or property.',
    schema: PrinciplesConfigSchema,
  },
  'principles-data.schema.json': {
    title: 'coop-widgets principles checklist data',
    description: 'What a user recorded in the principles checklist: the state of each principle and the proposals.',
    schema: PrinciplesDataSchema,
  },
  'project.schema.json': {
    title: 'coop-widgets project file',
    description:
      'A whole cooperation project as <coop-project> exports and imports it (getProject / setProject, file ' +
      'export): the questionnaire’s responses, the ATP grid, the principles data and the stakeholder groups.',
    schema: ProjectDocumentSchema,
  },
};

/** File name → JSON text, exactly as committed. */
export function jsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(schemas).map(([file, { title, description, schema }]) => {
      const { $schema, ...json } = toJsonSchema(schema, options) as Record<string, unknown> & {
        properties?: Record<string, Record<string, unknown>>;
      };
      const ownKey = json.properties?.['$schema'];
      if (ownKey && !ownKey['description']) ownKey['description'] = SCHEMA_KEY_DESCRIPTION;
      const document = { $schema, $id: `${SCHEMA_BASE_URL}${file}`, title, description, ...json };
      return [file, JSON.stringify(document, null, 2) + '\n'];
    }),
  );
}
