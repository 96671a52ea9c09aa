// Loaded with import() only when the grid has no config of its own: the default groups, suggestions and
// levers (both languages) stay out of the first paint of pages that bring their own.
export { defaultAtpConfig } from '../../core/index.js';
