// Loaded with import() only when a questionnaire has no config of its own: the default content (both
// languages, ~13 kB gzip) stays out of the first paint of pages that bring their own questionnaire.
export { defaultQuestionnaire } from '../../core/index.js';
