/** The JSON Schemas published in schemas/, generated from the core's Valibot definitions. */
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import { QuestionnaireConfigSchema, ResponsesSchema } from '../src/core/index.js';

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
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([file, { title, schema }]) => [
      file,
      JSON.stringify({ title, ...toJsonSchema(schema, options) }, null, 2) + '\n',
    ]),
  );
}
