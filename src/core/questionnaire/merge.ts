import type { Answer, Orphan, Responses, ValidationRecord } from './schema.js';

/**
 * When an ISO date was recorded. Compared as instants, not as text: `…T11:00:00+02:00` is before
 * `…T10:00:00Z`. A date that does not parse counts as older than any real one.
 */
function instant(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/** JSON text with object keys sorted, so that `{ value, updatedAt }` equals `{ updatedAt, value }`. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

const orphanKey = (o: Orphan) => canonical([o.questionId, o.fromVersion, o.answer]);

/** Both sides' earlier validated versions, each once, in the order they were validated. */
function mergeHistory(a: Responses, b: Responses): ValidationRecord[] | undefined {
  if (!a.history && !b.history) return undefined;
  const byKey = new Map<string, ValidationRecord>();
  for (const record of [...(a.history ?? []), ...(b.history ?? [])]) byKey.set(canonical(record), record);
  return [...byKey.values()].sort((x, y) => instant(x.validatedAt) - instant(y.validatedAt));
}

/**
 * Merges two versions of the same assessment, e.g. this tab's and what another tab just saved:
 * - per question, the answer with the later `updatedAt` wins (a tie keeps `local`); an answer present on one
 *   side only is kept;
 * - orphans: `local`'s, then those of `remote` that `local` does not already hold (same question, version and
 *   answer);
 * - `createdAt` is the earlier, `updatedAt` the later; `status`, `validatedAt`, `validatedBy` and
 *   `validatedVersion` come from the document updated last (a tie keeps `local`);
 * - except that a validation holds against a draft not reopened after it: the validated answers are kept
 *   and the draft's differing answers go to `orphans` (nothing is lost, nothing frozen changes);
 * - `history` (validated versions reopened since) holds both sides' records, each once, oldest first;
 * - `questionnaireId` and `questionnaireVersion` are `local`'s: fit `remote` to the config first
 *   (migrateResponses) if it may come from another version.
 * Pure: returns new responses; the inputs are not changed.
 */
export function mergeResponses(local: Responses, remote: Responses): Responses {
  const history = mergeHistory(local, remote);
  const frozen = validationThatHolds(local, remote);
  if (frozen) {
    const kept = keepValidated(frozen, frozen === local ? remote : local);
    return history ? { ...kept, history } : kept;
  }

  // A Map, then Object.fromEntries: plain assignment would treat a key like "__proto__" specially.
  const answers = new Map<string, Answer>(Object.entries(local.answers));
  // Two different answers given in the same millisecond: local's stands, remote's is kept as an orphan.
  const concurrent: Orphan[] = [];
  for (const [questionId, theirs] of Object.entries(remote.answers)) {
    const ours = answers.get(questionId);
    if (!ours || instant(theirs.updatedAt) > instant(ours.updatedAt)) answers.set(questionId, theirs);
    else if (instant(theirs.updatedAt) === instant(ours.updatedAt) && canonical(theirs) !== canonical(ours)) {
      concurrent.push({ questionId, fromVersion: remote.questionnaireVersion, answer: theirs });
    }
  }

  const seen = new Set(local.orphans.map(orphanKey));
  const orphans = [...local.orphans];
  for (const orphan of [...remote.orphans, ...concurrent]) {
    const key = orphanKey(orphan);
    if (seen.has(key)) continue;
    seen.add(key);
    orphans.push(orphan);
  }

  const newer = instant(remote.updatedAt) > instant(local.updatedAt) ? remote : local;
  const createdAt = instant(remote.createdAt) < instant(local.createdAt) ? remote.createdAt : local.createdAt;
  const { validatedAt: _at, validatedBy: _by, ...rest } = local;
  const merged: Responses = {
    ...rest,
    answers: Object.fromEntries(answers),
    orphans,
    status: newer.status,
    createdAt,
    updatedAt: newer.updatedAt,
  };
  if (newer.validatedAt !== undefined) merged.validatedAt = newer.validatedAt;
  if (newer.validatedBy !== undefined) merged.validatedBy = { ...newer.validatedBy };
  if (newer.validatedVersion !== undefined) merged.validatedVersion = newer.validatedVersion;
  const reopenedAt = [local.reopenedAt, remote.reopenedAt]
    .filter((x): x is string => !!x)
    .sort((a, b) => instant(b) - instant(a))[0];
  if (reopenedAt) merged.reopenedAt = reopenedAt;
  else delete merged.reopenedAt;
  if (history) merged.history = history;
  return merged;
}

/**
 * A validated document against a draft: the validation holds (its answers are frozen) unless the draft was
 * reopened after that validation. A draft edited in a tab that had not yet seen the validation does not
 * undo it.
 */
function validationThatHolds(local: Responses, remote: Responses): Responses | undefined {
  const [validated, draft] =
    local.status === 'validated' && remote.status === 'draft'
      ? [local, remote]
      : remote.status === 'validated' && local.status === 'draft'
        ? [remote, local]
        : [];
  if (!validated || !draft) return undefined;
  const reopened = draft.reopenedAt !== undefined && instant(draft.reopenedAt) > instant(validated.validatedAt ?? '');
  return reopened ? undefined : validated;
}

/** The validated document, with the draft's differing answers kept aside as orphans: nothing is lost. */
function keepValidated(validated: Responses, draft: Responses): Responses {
  const seen = new Set(validated.orphans.map(orphanKey));
  const orphans = [...validated.orphans];
  const add = (orphan: Orphan) => {
    const key = orphanKey(orphan);
    if (!seen.has(key)) {
      seen.add(key);
      orphans.push(orphan);
    }
  };
  for (const orphan of draft.orphans) add(orphan);
  for (const [questionId, answer] of Object.entries(draft.answers)) {
    const kept = Object.hasOwn(validated.answers, questionId) ? validated.answers[questionId] : undefined;
    if (!kept || canonical(kept) !== canonical(answer)) {
      add({ questionId, fromVersion: draft.questionnaireVersion, answer });
    }
  }
  const createdAt = instant(draft.createdAt) < instant(validated.createdAt) ? draft.createdAt : validated.createdAt;
  const updatedAt = instant(draft.updatedAt) > instant(validated.updatedAt) ? draft.updatedAt : validated.updatedAt;
  return { ...validated, answers: { ...validated.answers }, orphans, createdAt, updatedAt };
}
