/** Starting points of a draft that are not a file: an empty config of each kind, and the name of each kind. */
import {
  ATP_CATEGORIES,
  readConfigTag,
  type AtpConfig,
  type ConfigEditorStrings,
  type Locale,
  type PrinciplesConfig,
  type QuestionnaireConfig,
} from '../../core/index.js';
import { KINDS, type EditorKind } from './kinds.js';

/**
 * The smallest valid config of a kind, so that the preview draws from the first edit. A questionnaire: one
 * section, one subsection, one question, with the default content's scale, bands and caps (the library's
 * defaults, not ANAP's). A grid: one group, the default content's columns with no suggestion, its scales and no
 * lever (the posture rule's thresholds left to the library's defaults). A checklist: one principle and the
 * promoter's commitment to write, the statuses and groups left to the library's defaults.
 */
export function emptyConfig(kind: EditorKind, locale: Locale, strings: ConfigEditorStrings): object {
  if (kind === 'atp') return emptyAtp(KINDS.atp.defaultConfig(locale) as AtpConfig, strings);
  if (kind === 'principles')
    return emptyPrinciples(KINDS.principles.defaultConfig(locale) as PrinciplesConfig, strings);
  const base = KINDS.questionnaire.defaultConfig(locale);
  const { $schema, schemaVersion, scale, scales, bands, caps, provisionalBelow } = base as QuestionnaireConfig;
  return {
    ...($schema ? { $schema } : {}),
    schemaVersion,
    id: 'questionnaire',
    version: '1',
    locale,
    title: strings.ceKindQuestionnaire,
    scale,
    scales,
    bands,
    caps,
    provisionalBelow,
    sections: [
      {
        id: 'section-1',
        title: strings.ceNewSection,
        subsections: [
          {
            id: 'subsection-1',
            title: strings.ceNewSubsection,
            questions: [{ id: 'q-1', label: strings.ceNewQuestion }],
          },
        ],
      },
    ],
  };
}

function emptyAtp(base: AtpConfig, strings: ConfigEditorStrings): object {
  const none = <T extends Record<string, unknown>>(levers: T) =>
    Object.fromEntries(Object.keys(levers).map((key) => [key, []]));
  return {
    ...(base.$schema ? { $schema: base.$schema } : {}),
    schemaVersion: base.schemaVersion,
    id: 'atp',
    title: strings.ceKindAtp,
    categories: Object.fromEntries(
      ATP_CATEGORIES.map((key) => {
        const { label, description, plan } = base.categories[key];
        return [key, { label, description, plan: { title: plan.title }, suggestions: [] }];
      }),
    ),
    groups: [{ id: 'group-1', label: strings.ceNew }],
    intensity: { levels: base.intensity.levels.map(({ value, label }) => ({ value, label })) },
    trust: { levels: base.trust.levels.map(({ value, label }) => ({ value, label })) },
    levers: {
      cooperative: none(base.levers.cooperative),
      opportunist: none(base.levers.opportunist),
      individualist: none(base.levers.individualist),
      undetermined: [],
    },
  };
}

function emptyPrinciples(base: PrinciplesConfig, strings: ConfigEditorStrings): object {
  return {
    ...(base.$schema ? { $schema: base.$schema } : {}),
    schemaVersion: base.schemaVersion,
    id: 'principles',
    ...(base.locale ? { locale: base.locale } : {}),
    title: strings.ceKindPrinciples,
    principles: [{ id: 'p-1', number: 1, text: strings.ceNew }],
    prerequisite: { text: strings.ceNew },
  };
}

export function kindName(kind: EditorKind, strings: ConfigEditorStrings): string {
  if (kind === 'atp') return strings.ceKindAtp;
  if (kind === 'principles') return strings.ceKindPrinciples;
  return strings.ceKindQuestionnaire;
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/**
 * What each starting point of the "Start from…" view does: `start` receives the text to load, or `undefined`
 * and why it could not be had.
 */
export function startActions(
  kind: EditorKind,
  locale: Locale,
  strings: ConfigEditorStrings,
  start: (text: string | undefined, detail?: string) => void,
) {
  return {
    onDefault: () => start(JSON.stringify(KINDS[kind].defaultConfig(locale), null, 2)),
    onEmpty: () => start(JSON.stringify(emptyConfig(kind, locale, strings), null, 2)),
    onFile: (file: File) => {
      file.text().then(
        (text) => start(text),
        (error: unknown) => start(undefined, String(error)),
      );
    },
    onUrl: (url: string) => {
      fetch(url)
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then(
          (text) => start(text),
          (error: unknown) => start(undefined, error instanceof Error ? error.message : String(error)),
        );
    },
    onTag: (text: string) => {
      const found = readConfigTag(text);
      start(found === undefined ? undefined : pretty(found), strings.ceStartTag);
    },
  };
}
