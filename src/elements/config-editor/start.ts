/** Starting points of a draft that are not a file: an empty questionnaire, and the name of each kind. */
import { readConfigTag, type ConfigEditorStrings, type Locale, type QuestionnaireConfig } from '../../core/index.js';
import { KINDS, type EditorKind } from './kinds.js';

/**
 * The smallest valid questionnaire: one section, one subsection, one question, with the default content's
 * scale, bands and caps (the library's defaults, not ANAP's), so that the preview scores from the first edit.
 */
export function emptyConfig(kind: EditorKind, locale: Locale, strings: ConfigEditorStrings): object {
  const base = KINDS[kind].defaultConfig(locale);
  if (kind !== 'questionnaire') return base;
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
