/**
 * The saved answers as a kind of document for the shared DocumentController: stored under the questionnaire's
 * key with the step (a reload comes back to the same place), fitted to each config version, and merged with
 * any other version (question by question, the latest answer stands: answers-merge.ts, loaded after the first
 * paint) rather than asking the user which to keep.
 */
import {
  createResponses,
  migrateResponses,
  parseResponses,
  parseSaved,
  questionnaireStorageKey,
  serializeSaved,
  type QuestionnaireConfig,
  type QuestionnaireStep,
  type Responses,
  type SavedQuestionnaire,
} from '../../core/runtime.js';
import type { DocumentController, DocumentKind } from '../shared/document-controller.js';
import { MergePolicy } from '../shared/merge-policy.js';
import { answerTexts } from '../shared/storage-texts.js';

/** How the merge's code (answers-merge.ts) is fetched: the one door to it, which a test replaces to make it fail. */
export const answersMerge = { load: () => import('./answers-merge.js') };

/** The element whose answers these are: its key namespace and its step, saved with them. */
export interface AnswersDocumentHost {
  readonly storageKey?: string;
  step: QuestionnaireStep;
}

/** `opened` is told the version read, if any, once the answers are open (the host restores its step from it). */
export function answersDocument(
  host: AnswersDocumentHost,
  opened: (saved: SavedQuestionnaire | undefined) => void,
): DocumentKind<QuestionnaireConfig, Responses, SavedQuestionnaire> {
  return {
    keptWhat: 'answers are kept in memory',
    texts: answerTexts,
    heading: '.step-heading',
    conflicts: {
      kind: 'merge',
      policy: (doc) => new MergePolicy(doc, () => answersMerge.load().then(({ mergeAnswers }) => mergeAnswers)),
    },
    key: (model) => questionnaireStorageKey(model.id, host.storageKey),
    create: createResponses,
    parseStored: (raw, locale) => {
      const parsed = parseSaved(raw, { locale });
      return parsed.ok ? { ok: true, data: parsed.saved } : parsed;
    },
    document: (saved) => saved.responses,
    serialize: (responses) => serializeSaved(host.step, responses),
    parseData: (input, locale) => {
      const parsed = parseResponses(input, { locale });
      return parsed.ok ? { ok: true, data: parsed.responses } : parsed;
    },
    fit: migrateResponses,
    refit: (model, responses) =>
      responses.questionnaireVersion === model.version ? responses : migrateResponses(model, responses),
    savedAt: (responses) => new Date(responses.updatedAt),
    opened,
    erased: () => (host.step = 'fill'),
  };
}

/** The controller of the saved answers. */
export type AnswersDocument = DocumentController<QuestionnaireConfig, Responses, SavedQuestionnaire>;
