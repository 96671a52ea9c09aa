/** What a user takes away: the answers as a spreadsheet (CSV) or as a JSON document with the result. */
import type { QuestionnaireConfig, Responses } from './schema.js';
import type { Locale } from '../i18n/index.js';
import { toCsv } from '../shared/csv.js';
import { answerLabel, listQuestions, scaleOf } from './model.js';
import { scoreQuestionnaire, type QuestionnaireResult } from './score.js';

/** Column headings of the CSV export, in the user's language. */
export interface CsvLabels {
  section: string;
  subsection: string;
  question: string;
  answer: string;
  value: string;
  comment: string;
  /**
   * Heading of the column of an earlier validated version (one per entry of `responses.history`), given its
   * validation date as `YYYY-MM-DD`; without it, that column is headed with the date alone.
   */
  validatedVersion?: (date: string) => string;
}

export interface CsvOptions {
  locale: Locale;
  labels: CsvLabels;
}

/**
 * The answers as CSV, one row per question in document order, unanswered ones included with empty cells:
 * section title, subsection title, question label, answer label (the level's or the non-scored option's),
 * value, comment; then, for each earlier validated version kept in `history` (oldest first), the answer label
 * it had then. A value that is not on the question's scale (responses not yet migrated) is written with
 * an empty label. Orphaned answers are not exported here (the JSON export keeps them).
 *
 * UTF-8 with a byte-order mark (`\uFEFF`) so that spreadsheet software reads accents; CRLF line ends, the last
 * row included; RFC 4180 quoting; `;` as delimiter and `,` as decimal separator for `fr`, `,` and `.` for `en`;
 * text cells starting with `=`, `+`, `-`, `@`, a tab or a CR get a leading apostrophe.
 */
export function responsesToCsv(config: QuestionnaireConfig, responses: Responses, options: CsvOptions): string {
  const { locale, labels } = options;
  const history = responses.history ?? [];
  const heading = labels.validatedVersion ?? ((date: string) => date);
  const rows: (string | number)[][] = [
    [
      labels.section,
      labels.subsection,
      labels.question,
      labels.answer,
      labels.value,
      labels.comment,
      ...history.map((record) => heading(record.validatedAt.slice(0, 10))),
    ],
  ];
  for (const { question, section, subsection } of listQuestions(config)) {
    const answer = Object.hasOwn(responses.answers, question.id) ? responses.answers[question.id] : undefined;
    const value = answer?.value ?? null;
    const scale = scaleOf(config, question);
    rows.push([
      section.title,
      subsection.title,
      question.label,
      answerLabel(scale, value),
      value ?? '',
      answer?.comment ?? '',
      ...history.map((record) =>
        answerLabel(
          scale,
          (Object.hasOwn(record.answers, question.id) ? record.answers[question.id]?.value : undefined) ?? null,
        ),
      ),
    ]);
  }
  return toCsv(rows, locale);
}

/** The JSON export: what was answered, against which questionnaire, with the result as computed now. */
export interface QuestionnaireExport {
  questionnaire: { id: string; version: string; title: string };
  responses: Responses;
  result: QuestionnaireResult;
  /** ISO 8601 date-time of the export. */
  exportedAt: string;
}

/** The JSON export as an object (JSON-serialisable; the element stringifies it). */
export function exportDocument(
  config: QuestionnaireConfig,
  responses: Responses,
  now: Date = new Date(),
): QuestionnaireExport {
  return {
    questionnaire: { id: config.id, version: config.version, title: config.title },
    responses,
    result: scoreQuestionnaire(config, responses),
    exportedAt: now.toISOString(),
  };
}
