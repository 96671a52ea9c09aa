/**
 * The single source of truth for the questionnaire's JSON: the TypeScript types (InferInput / InferOutput),
 * the runtime validation (parse.ts) and the published JSON Schema (scripts/build-schemas.ts) all come from
 * these Valibot definitions. Valibot is modular: the browser bundle only carries the few validators used here.
 *
 * Shape only: the rules that need the whole document (unique ids, increasing bands, known scales…) are in
 * semantic.ts. Objects are strict, so a content editor's typo ("lable") is reported rather than ignored.
 */
import * as v from 'valibot';
import { id as sharedId, source, text } from '../shared/schema.js';

/** The newest config format this library reads. Older ones are brought up to date by migrateConfig(). */
export const QUESTIONNAIRE_SCHEMA_VERSION = 1;

const id = sharedId('Stable opaque identifier; keep it when the text changes (answers are stored by id).');
const finite = v.pipe(v.number(), v.finite());

export const ScaleLevelSchema = v.strictObject({
  value: v.pipe(finite, v.minValue(0), v.description('Points given by this level.')),
  label: text('What the respondent reads.'),
  description: v.optional(text('A longer explanation of the level.')),
});

export const NonScoredOptionSchema = v.strictObject({
  value: v.pipe(
    v.string(),
    v.minLength(1),
    v.description('e.g. "dont-know" or "not-applicable": counted as answered, never scored.'),
  ),
  label: text('What the respondent reads.'),
  description: v.optional(text('A longer explanation of the option.')),
});

export const ScaleSchema = v.strictObject({
  levels: v.pipe(v.array(ScaleLevelSchema), v.description('Scored levels, from the lowest to the highest value.')),
  nonScored: v.optional(
    v.pipe(v.array(NonScoredOptionSchema), v.description('Answers that count for completion, not for the score.')),
    [],
  ),
});

export const BandSchema = v.strictObject({
  id,
  min: v.pipe(finite, v.minValue(0), v.maxValue(100), v.description('Lower bound (inclusive), 0–100.')),
  label: text('Name of the band, e.g. "Ready under conditions".'),
  recommendation: v.optional(text('Advice shown with this band.')),
});

const bandList = (what: string) => v.pipe(v.array(BandSchema), v.minLength(1), v.description(what));

export const QuestionSchema = v.strictObject({
  id,
  label: text('The statement or question, plain text.'),
  help: v.optional(text('Plain-text help shown under the question.')),
  source: source(
    'Where the label is quoted from word for word, e.g. "anap-2019" (ANAP’s 2019 presentation); on an English text, it is translated from that quotation. Never shown to users.',
  ),
  weight: v.optional(v.pipe(finite, v.gtValue(0), v.description('Relative weight in its section.')), 1),
  principle: v.optional(
    v.pipe(finite, v.integer(), v.minValue(1), v.maxValue(9), v.description('The principle (1–9) it assesses.')),
  ),
  allowComment: v.optional(v.boolean(), false),
  scale: v.optional(
    v.union([v.pipe(v.string(), v.minLength(1)), ScaleSchema], 'a scale name from "scales" or a scale object'),
  ),
  prerequisite: v.optional(
    v.pipe(
      v.boolean(),
      v.description('When true, any answer below the top level of its scale means the prerequisite is not met.'),
    ),
    false,
  ),
});

export const SubsectionSchema = v.strictObject({
  id,
  title: text('Subsection title, without its number.'),
  source: source(
    'Where the title is quoted from word for word, e.g. "anap-2019" (ANAP’s 2019 presentation); on an English text, it is translated from that quotation. Never shown to users.',
  ),
  description: v.optional(text('Plain-text introduction.')),
  questions: v.array(QuestionSchema),
});

export const SectionSchema = v.strictObject({
  id,
  title: text('Section title, without its number.'),
  source: source(
    'Where the title is quoted from word for word, e.g. "anap-2019" (ANAP’s 2019 presentation); on an English text, it is translated from that quotation. Never shown to users.',
  ),
  description: v.optional(text('Plain-text introduction.')),
  weight: v.optional(v.pipe(finite, v.gtValue(0), v.description('Relative weight in the global score.')), 1),
  bands: v.optional(bandList('Bands for this section (default: bands.sections, then bands.global).')),
  subsections: v.array(SubsectionSchema),
});

export const CapRuleSchema = v.variant('rule', [
  v.strictObject({
    rule: v.literal('sectionBelow'),
    threshold: v.pipe(finite, v.minValue(0), v.maxValue(100), v.description('A section scoring below this…')),
    maxBand: v.pipe(id, v.description('…caps the global result at this band id.')),
  }),
  v.strictObject({
    rule: v.literal('prerequisiteNotMet'),
    maxBand: v.pipe(id, v.description('A prerequisite answered below its top level caps the result here.')),
  }),
]);

export const QuestionnaireConfigSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.pipe(finite, v.integer(), v.minValue(1), v.description('Format version of this config.')),
  id,
  version: v.pipe(v.string(), v.minLength(1), v.description('Version of the content; answers record it.')),
  locale: v.optional(v.picklist(['fr', 'en'])),
  title: text('Title of the questionnaire.'),
  instructions: v.optional(v.pipe(v.array(text('A paragraph')), v.description('Plain-text paragraphs.')), []),
  scale: ScaleSchema,
  scales: v.optional(
    v.pipe(v.record(v.pipe(v.string(), v.minLength(1)), ScaleSchema), v.description('Named scales for questions.')),
    {},
  ),
  bands: v.strictObject({
    global: bandList(
      'Bands of the global score, from 0 up (the default 40/60/80 bands are this library’s, not ANAP’s).',
    ),
    sections: v.optional(bandList('Default bands of every section (default: the global bands).')),
  }),
  caps: v.optional(
    v.pipe(
      v.array(CapRuleSchema),
      v.description(
        'Rules that limit the global band. They are this library’s (none comes from ANAP): state your own.',
      ),
    ),
    [],
  ),
  provisionalBelow: v.optional(
    v.pipe(
      finite,
      v.minValue(0),
      v.maxValue(100),
      v.description(
        'Below this share (0–100) of questions with a scored answer, the result is provisional: no band and no recommendation are shown. 0 means never provisional. The default 50 is this library’s, not ANAP’s.',
      ),
    ),
    50,
  ),
  allowReopen: v.optional(
    v.pipe(
      v.boolean(),
      v.description(
        'Whether a validated result may be reopened as a new draft (default true). Reopening keeps the validated version in the responses’ history and in the exports; false makes a validation final on that browser.',
      ),
    ),
    true,
  ),
  sections: v.pipe(v.array(SectionSchema), v.minLength(1)),
});

const isoDate = v.pipe(v.string(), v.isoTimestamp(), v.description('ISO 8601 date-time.'));

export const AnswerSchema = v.strictObject({
  value: v.nullable(v.union([finite, v.string()])),
  comment: v.optional(v.string()),
  updatedAt: isoDate,
});

export const OrphanSchema = v.strictObject({
  questionId: v.string(),
  fromVersion: v.string(),
  answer: AnswerSchema,
});

const ValidatorSchema = v.strictObject({ name: v.optional(v.string()), role: v.optional(v.string()) });

/**
 * A validated result that was later reopened for a new draft: the answers as they were signed off, who signed
 * and when. Kept in `history`, oldest first, so that reopening never loses a validated version.
 */
export const ValidationRecordSchema = v.strictObject({
  validatedAt: isoDate,
  /** Who signed it off, as they typed it (both optional). */
  validatedBy: v.optional(ValidatorSchema),
  /** The questionnaire version that was signed off. */
  validatedVersion: v.optional(v.string()),
  /** When it was reopened. */
  reopenedAt: isoDate,
  answers: v.record(v.string(), AnswerSchema),
});

export const ResponsesSchema = v.strictObject({
  questionnaireId: v.string(),
  questionnaireVersion: v.string(),
  answers: v.record(v.string(), AnswerSchema),
  orphans: v.optional(v.array(OrphanSchema), []),
  status: v.picklist(['draft', 'validated']),
  createdAt: isoDate,
  updatedAt: isoDate,
  validatedAt: v.optional(isoDate),
  /** The questionnaire version that was signed off (the answers may later be migrated to another). */
  validatedVersion: v.optional(v.string()),
  /** When a validated result was last reopened: a later draft may then replace the validation. */
  reopenedAt: v.optional(isoDate),
  /** Who signed the result off, as they typed it (both optional). */
  validatedBy: v.optional(ValidatorSchema),
  /** The validated versions reopened since, oldest first (absent in documents saved before it existed). */
  history: v.optional(v.array(ValidationRecordSchema)),
});

export type QuestionnaireConfigInput = v.InferInput<typeof QuestionnaireConfigSchema>;
export type QuestionnaireConfig = v.InferOutput<typeof QuestionnaireConfigSchema>;
export type Section = QuestionnaireConfig['sections'][number];
export type Subsection = Section['subsections'][number];
export type Question = Subsection['questions'][number];
export type Scale = v.InferOutput<typeof ScaleSchema>;
export type ScaleLevel = v.InferOutput<typeof ScaleLevelSchema>;
export type NonScoredOption = v.InferOutput<typeof NonScoredOptionSchema>;
export type Band = v.InferOutput<typeof BandSchema>;
export type CapRule = v.InferOutput<typeof CapRuleSchema>;
export type Answer = v.InferOutput<typeof AnswerSchema>;
export type AnswerValue = Answer['value'];
export type Orphan = v.InferOutput<typeof OrphanSchema>;
export type ValidationRecord = v.InferOutput<typeof ValidationRecordSchema>;
export type Responses = v.InferOutput<typeof ResponsesSchema>;
export type ResponsesInput = v.InferInput<typeof ResponsesSchema>;
