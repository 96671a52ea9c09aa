/** The JSON Schemas published in schemas/, generated from the core's Valibot definitions. */
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import {
  AtpConfigSchema,
  AtpDataSchema,
  PrinciplesConfigSchema,
  PrinciplesDataSchema,
  QuestionnaireConfigSchema,
  ResponsesSchema,
} from '../src/core/index.js';

// `finite` has no JSON Schema form: JSON numbers are finite by nature.
const options: ConversionConfig = { errorMode: 'throw', typeMode: 'input', ignoreActions: ['finite'] };

/** File name → JSON text, exactly as committed. */
export function jsonSchemas(): Record<string, string> {
  const schemas = {
    'questionnaire.schema.json': {
      title: 'coop-widgets questionnaire configuration',
      schema: QuestionnaireConfigSchema,
    },
    'questionnaire-responses.schema.json': { title: 'coop-widgets questionnaire responses', schema: ResponsesSchema },
    'atp.schema.json': { title: 'coop-widgets ATP grid configuration', schema: AtpConfigSchema },
    'atp-data.schema.json': { title: 'coop-widgets ATP grid data', schema: AtpDataSchema },
    'principles.schema.json': {
      title: 'coop-widgets principles checklist configuration',
      schema: PrinciplesConfigSchema,
    },
    'principles-data.schema.json': { title: 'coop-widgets principles checklist data', schema: PrinciplesDataSchema },
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([file, { title, schema }]) => [
      file,
      JSON.stringify({ title, ...toJsonSchema(schema, options) }, null, 2) + '\n',
    ]),
  );
}
