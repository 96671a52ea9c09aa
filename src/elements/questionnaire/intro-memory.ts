/**
 * Remembers, per questionnaire, that the user closed the fill step's introduction, so that it opens closed on
 * the next visit. Kept in this browser's localStorage under `coop-widgets:questionnaire-intro:<id>`; where
 * storage is refused (a sandboxed frame, private browsing) it is remembered for the page's life only.
 */
const memory = new Map<string, boolean>();
const keyOf = (questionnaireId: string) => `coop-widgets:questionnaire-intro:${questionnaireId}`;

/** Whether the introduction of this questionnaire is to be shown unfolded (true until the user closes it). */
export function introOpen(questionnaireId: string): boolean {
  const key = keyOf(questionnaireId);
  try {
    return globalThis.localStorage.getItem(key) !== 'closed';
  } catch {
    return memory.get(key) ?? true;
  }
}

/** Records the user's choice. */
export function rememberIntro(questionnaireId: string, open: boolean): void {
  const key = keyOf(questionnaireId);
  memory.set(key, open);
  try {
    if (open) globalThis.localStorage.removeItem(key);
    else globalThis.localStorage.setItem(key, 'closed');
  } catch {
    // Refused: the page's memory above is all there is.
  }
}
