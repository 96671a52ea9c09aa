/** Signing a result off (step 3, "Valider mon résultat") and taking it back. */
import type { Responses } from './schema.js';

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
 * Back to draft: status `draft`, `validatedAt`, `validatedBy` and `validatedVersion` removed, `reopenedAt` and
 * `updatedAt` = now. Only offered when
 * the config has `allowReopen`; that check is the caller's. Returns new responses; the input is not changed.
 */
export function reopenResponses(responses: Responses, now: Date = new Date()): Responses {
  const { validatedAt: _at, validatedBy: _by, validatedVersion: _version, ...rest } = responses;
  const at = now.toISOString();
  return { ...rest, status: 'draft', reopenedAt: at, updatedAt: at };
}
