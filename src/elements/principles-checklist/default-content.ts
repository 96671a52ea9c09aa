// Loaded with import() only when the checklist has no config of its own: the default principles (both
// languages) stay out of the first paint of pages that bring their own.
export { defaultPrinciplesConfig } from '../../core/index.js';
