/**
 * What the editor knows of each kind of config: how the core parses it, its default content, the tag that
 * shows it, and its JSON Schema: the published file of schemas/ itself, loaded with import() beside the JSON
 * pane. Not generated from the core's Valibot schemas in the page: the embed builds leave those schemas'
 * documentation out of the first paint (scripts/strip-schema-docs.ts), and the hover help would be empty. A
 * bundled import, not a fetch: it works wherever the editor's code is served (the npm package through a host's
 * bundler, the embed folder copied as it is), under a CSP that allows the editor's own scripts and nothing more.
 */
import {
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
  /** The published JSON Schema of the config (completion and hover in the JSON pane), loaded on first call. */
  schema(): Promise<SchemaNode>;
}

const schemaOf = (load: () => Promise<{ default: unknown }>) => () => load().then((m) => m.default as SchemaNode);

export const KINDS: Record<EditorKind, KindInfo> = {
  questionnaire: {
    tag: 'coop-questionnaire',
    parse: (input, locale) => parseQuestionnaireConfig(input, { locale }),
    defaultConfig: (locale) => defaultQuestionnaire(locale),
    schema: schemaOf(() => import('../../../schemas/questionnaire.schema.json')),
  },
  atp: {
    tag: 'coop-atp-matrix',
    parse: (input, locale) => parseAtpConfig(input, { locale }),
    defaultConfig: (locale) => defaultAtpConfig(locale),
    schema: schemaOf(() => import('../../../schemas/atp.schema.json')),
  },
  principles: {
    tag: 'coop-principles-checklist',
    parse: (input, locale) => parsePrinciplesConfig(input, { locale }),
    defaultConfig: (locale) => defaultPrinciplesConfig(locale),
    schema: schemaOf(() => import('../../../schemas/principles.schema.json')),
  },
};
