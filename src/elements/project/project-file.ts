/**
 * Reading a project file, loaded by <coop-project> on the first import (a chosen file or `setProject()`): the
 * parser checks every widget's part with Valibot and their schemas and rules, in the principles' and the ATP
 * analysis' words, none of which a page needs to paint.
 */
import { addProjectPartsStrings } from '../../core/catalogs/project-parts.js';

addProjectPartsStrings();

export { parseProjectDocument } from '../../core/runtime.js';
