/**
 * What the editor knows of each kind of config: how the core parses it, its default content, the tag that
 * shows it, and its JSON Schema (generated from the core's Valibot schemas with the options of
 * scripts/json-schemas.ts, so that it is the published one). Loaded with the editor only.
 */
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import {
  AtpConfigSchema,
  PrinciplesConfigSchema,
  QuestionnaireConfigSchema,
  defaultAtpConfig,
  defaultPrinciplesConfig,
  defaultQuestionnaire,
  parseAtpConfig,
  parsePrinciplesConfig,
  parseQuestionnaireConfig,
  type ConfigIssue,
  type Locale,
} from '../../core/index.js';
import type { SchemaNode } from './schema-help.js';

export type EditorKind = 'questionnaire' | 'atp' | 'principles';
export const EDITOR_KINDS: readonly EditorKind[] = ['questionnaire', 'atp', 'principles'];

export interface KindInfo {
  /** The widget that shows this config. */
  tag: string;
  parse(input: string | object, locale: Locale): { ok: true; config: object } | { ok: false; issues: ConfigIssue[] };
  defaultConfig(locale: Locale): object;
  schema(): SchemaNode;
}

const options: ConversionConfig = { errorMode: 'ignore', typeMode: 'input', ignoreActions: ['finite'] };
const cache = new Map<EditorKind, SchemaNode>();
const schemaOf = (kind: EditorKind, schema: Parameters<typeof toJsonSchema>[0]) => () => {
  let found = cache.get(kind);
  if (!found) cache.set(kind, (found = toJsonSchema(schema, options) as SchemaNode));
  return found;
};

export const KINDS: Record<EditorKind, KindInfo> = {
  questionnaire: {
    tag: 'coop-questionnaire',
    parse: (input, locale) => parseQuestionnaireConfig(input, { locale }),
    defaultConfig: (locale) => defaultQuestionnaire(locale),
    schema: schemaOf('questionnaire', QuestionnaireConfigSchema),
  },
  atp: {
    tag: 'coop-atp-matrix',
    parse: (input, locale) => parseAtpConfig(input, { locale }),
    defaultConfig: (locale) => defaultAtpConfig(locale),
    schema: schemaOf('atp', AtpConfigSchema),
  },
  principles: {
    tag: 'coop-principles-checklist',
    parse: (input, locale) => parsePrinciplesConfig(input, { locale }),
    defaultConfig: (locale) => defaultPrinciplesConfig(locale),
    schema: schemaOf('principles', PrinciplesConfigSchema),
  },
};
