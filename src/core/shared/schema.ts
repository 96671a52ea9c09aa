/** The schema pieces every document shares: non-empty text, the one rule for ids, and the mark of a quotation. */
import * as v from 'valibot';

/**
 * Ids key stored answers and page anchors (`#question-id`): letters, digits and `-_.:`, never a name that
 * JavaScript objects treat specially (such a key would silently vanish from stored answers).
 */
export const ID_PATTERN = /^(?!(?:prototype|constructor)$)[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** Text that may not be empty; `what` is its description in the published JSON Schema. */
export const text = (what: string) => v.pipe(v.string(), v.minLength(1), v.description(what));

/** An id (ID_PATTERN); `what` is its description in the published JSON Schema. */
export const id = (what: string) => v.pipe(v.string(), v.regex(ID_PATTERN), v.description(what));

/**
 * Where a text is quoted from word for word (e.g. "anap-2019"), optional: kept in the parsed config for editors
 * and tools, never shown to users. `what` is its description in the published JSON Schema.
 */
export const source = (what: string) => v.optional(v.pipe(v.string(), v.minLength(1), v.description(what)));
