/**
 * What publishing a new version of a questionnaire does to the answers already collected with the previous
 * one: the config editor's report before it publishes. It runs migrateResponses() itself on answers that use
 * every level of every previous question, so the report says exactly what the migration will do.
 */
import { migrateResponses } from './migrate.js';
import { listQuestions, scaleOf } from './model.js';
import type { Answer, QuestionnaireConfig, Responses } from './schema.js';

/** A question whose answers the new version cannot keep as they are. */
export interface QuestionChange {
  id: string;
  label: string;
}

/** A removed question that looks like a new one under another id: keep the old id and its answers follow. */
export interface RenameCandidate {
  from: string;
  to: string;
  label: string;
}

export interface QuestionnaireChanges {
  /** Questions gone: their answers become orphans (kept, not shown, restored if the question comes back). */
  removed: QuestionChange[];
  /** Questions whose scale lost a value some answers used: those answers become orphans. */
  rescaled: QuestionChange[];
  /** Removed questions with a new twin (same label, or same place with a new id). */
  renamed: RenameCandidate[];
  added: QuestionChange[];
  /** Answers are affected (removed or re-scaled questions). */
  affectsData: boolean;
  /** Anything but `version` differs. */
  contentChanged: boolean;
  /** Answers are affected but `version` did not change: stored answers could not tell which version they fit. */
  versionMustChange: boolean;
}

/** Every scored value and non-scored option of each question of `config`, answered at once. */
function everyAnswer(config: QuestionnaireConfig): Map<string, (string | number)[]> {
  const values = new Map<string, (string | number)[]>();
  for (const { question } of listQuestions(config)) {
    const scale = scaleOf(config, question);
    if (!scale) continue;
    values.set(question.id, [...scale.levels.map((l) => l.value), ...scale.nonScored.map((o) => o.value)]);
  }
  return values;
}

const strip = (config: QuestionnaireConfig) => {
  const copy = { ...config } as Partial<QuestionnaireConfig>;
  delete copy.version;
  return JSON.stringify(copy);
};

/**
 * Compares two valid versions of a questionnaire. Removed and re-scaled questions are those whose answers
 * migrateResponses() moves to orphans; a removed question is offered as renamed when a new question has the
 * same label, or sits at the same place (section, subsection, rank) under a new id.
 */
export function questionnaireChanges(previous: QuestionnaireConfig, next: QuestionnaireConfig): QuestionnaireChanges {
  const orphaned = new Set<string>();
  for (const [id, values] of everyAnswer(previous)) {
    for (const value of values) {
      const answer: Answer = { value, updatedAt: '2000-01-01T00:00:00.000Z' };
      const responses: Responses = {
        questionnaireId: previous.id,
        questionnaireVersion: previous.version,
        answers: { [id]: answer },
        orphans: [],
        status: 'draft',
        createdAt: answer.updatedAt,
        updatedAt: answer.updatedAt,
      };
      if (migrateResponses(next, responses).orphans.length) orphaned.add(id);
    }
  }
  const before = listQuestions(previous);
  const after = listQuestions(next);
  const nextIds = new Set(after.map((ref) => ref.question.id));
  const previousIds = new Set(before.map((ref) => ref.question.id));
  const place = (ref: (typeof before)[number]) => `${ref.sectionIndex}/${ref.subsectionIndex}/${ref.questionIndex}`;
  const added = after.filter((ref) => !previousIds.has(ref.question.id));

  const removed: QuestionChange[] = [];
  const rescaled: QuestionChange[] = [];
  const renamed: RenameCandidate[] = [];
  const claimed = new Set<string>();
  for (const ref of before) {
    const { id, label } = ref.question;
    if (!orphaned.has(id)) continue;
    if (nextIds.has(id)) {
      rescaled.push({ id, label });
      continue;
    }
    removed.push({ id, label });
    const twin =
      added.find((a) => !claimed.has(a.question.id) && a.question.label === label) ??
      added.find((a) => !claimed.has(a.question.id) && place(a) === place(ref));
    if (twin) {
      claimed.add(twin.question.id);
      renamed.push({ from: id, to: twin.question.id, label: twin.question.label });
    }
  }
  const affectsData = removed.length > 0 || rescaled.length > 0;
  return {
    removed,
    rescaled,
    renamed,
    added: added.map((ref) => ({ id: ref.question.id, label: ref.question.label })),
    affectsData,
    contentChanged: strip(previous) !== strip(next),
    versionMustChange: affectsData && previous.version === next.version,
  };
}
