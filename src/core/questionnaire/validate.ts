/** Signing a result off (step 3, "Valider mon résultat") and taking it back. */
import type { Responses, ValidationRecord } from './schema.js';

/** Who signs the result off, as they typed it. */
export interface Validator {
  name?: string;
  role?: string;
}

/**
 * Signs the responses off: status `validated`, `validatedAt` and `updatedAt` = now, `validatedBy` =
 * `{ name?, role? }` trimmed, empty values left out, and no `validatedBy` at all when both are empty (a
 * previous signer is replaced, never kept). The answers and `questionnaireVersion` are unchanged. Returns new
 * responses; the input is not changed. Whether the result may be validated (complete or not) is the caller's
 * rule.
 */
export function validateResponses(responses: Responses, by: Validator, now: Date = new Date()): Responses {
  const at = now.toISOString();
  const name = by.name?.trim();
  const role = by.role?.trim();
  const { validatedBy: _previous, ...rest } = responses;
  const validated: Responses = {
    ...rest,
    status: 'validated',
    validatedAt: at,
    validatedVersion: responses.questionnaireVersion,
    updatedAt: at,
  };
  if (name || role) validated.validatedBy = { ...(name ? { name } : {}), ...(role ? { role } : {}) };
  return validated;
}

/**
 * Back to draft, the validated version kept: status `draft`, `validatedAt`, `validatedBy` and `validatedVersion`
 * removed, `reopenedAt` and `updatedAt` = now, and — when the responses were validated — a record of that
 * validation (its date, signer, version and answers) appended to `history`. The answers stay as they were, as the
 * new draft's starting point. Whether reopening is offered (the config's `allowReopen`) is the caller's rule.
 * Returns new responses; the input is not changed.
 */
export function reopenResponses(responses: Responses, now: Date = new Date()): Responses {
  const { validatedAt, validatedBy, validatedVersion, ...rest } = responses;
  const at = now.toISOString();
  const reopened: Responses = { ...rest, status: 'draft', reopenedAt: at, updatedAt: at };
  if (responses.status === 'validated' && validatedAt) {
    const record: ValidationRecord = { validatedAt, reopenedAt: at, answers: { ...responses.answers } };
    if (validatedBy) record.validatedBy = { ...validatedBy };
    if (validatedVersion !== undefined) record.validatedVersion = validatedVersion;
    reopened.history = [...(responses.history ?? []), record];
  }
  return reopened;
}
