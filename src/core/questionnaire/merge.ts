import type { Answer, Orphan, Responses } from '../config/schema.js';

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

/**
 * Merges two versions of the same assessment, e.g. this tab's and what another tab just saved:
 * - per question, the answer with the later `updatedAt` wins (a tie keeps `local`); an answer present on one
 *   side only is kept;
 * - orphans: `local`'s, then those of `remote` that `local` does not already hold (same question, version and
 *   answer);
 * - `createdAt` is the earlier, `updatedAt` the later; `status`, `validatedAt` and `validatedBy` come from the
 *   document updated last (a tie keeps `local`);
 * - `questionnaireId` and `questionnaireVersion` are `local`'s: fit `remote` to the config first
 *   (migrateResponses) if it may come from another version.
 * Pure: returns new responses; the inputs are not changed.
 */
export function mergeResponses(local: Responses, remote: Responses): Responses {
  // A Map, then Object.fromEntries: plain assignment would treat a key like "__proto__" specially.
  const answers = new Map<string, Answer>(Object.entries(local.answers));
  for (const [questionId, theirs] of Object.entries(remote.answers)) {
    const ours = answers.get(questionId);
    if (!ours || instant(theirs.updatedAt) > instant(ours.updatedAt)) answers.set(questionId, theirs);
  }

  const seen = new Set(local.orphans.map(orphanKey));
  const orphans = [...local.orphans];
  for (const orphan of remote.orphans) {
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
  return merged;
}
