/**
 * The answers as files to download: the JSON export document, and the CSV table with its column labels. Loaded
 * with the validate step, where its buttons are, or on the first export from the storage warning (views.ts),
 * with the CSV headings' French.
 */
import {
  exportDocument,
  responsesToCsv,
  type Locale,
  type QuestionnaireConfig,
  type Responses,
  type Strings,
} from '../../core/runtime.js';
import { downloadFile } from '../shared/feedback.js';
import { addQuestionnairePartsStrings } from '../../core/catalogs/questionnaire-parts.js';

addQuestionnairePartsStrings();

/** Downloads `<questionnaire id>.json`: the responses with the questionnaire they answer. */
export function exportJson(
  root: HTMLElement | DocumentFragment,
  model: QuestionnaireConfig,
  responses: Responses,
): void {
  const doc = exportDocument(model, responses);
  downloadFile(root, `${model.id}.json`, 'application/json', JSON.stringify(doc, null, 2));
}

/** Downloads `<questionnaire id>.csv`: one row per question, its columns named in the interface's language. */
export function exportCsv(
  root: HTMLElement | DocumentFragment,
  model: QuestionnaireConfig,
  responses: Responses,
  locale: Locale,
  s: Strings,
): void {
  const csv = responsesToCsv(model, responses, {
    locale,
    labels: {
      section: s.csvSection,
      subsection: s.csvSubsection,
      question: s.csvQuestion,
      answer: s.csvAnswer,
      value: s.csvValue,
      comment: s.csvComment,
      validatedVersion: s.csvValidatedVersion,
    },
  });
  downloadFile(root, `${model.id}.csv`, 'text/csv;charset=utf-8', csv);
}
