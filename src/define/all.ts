/**
 * Registers every coop-widgets element. This is the entry of the single-file embed bundle
 * (`dist/coop-widgets.js`): `<script type="module" src=".../coop-widgets.js"></script>`.
 * Each element also has its own registering module in this folder, for pages that use only one.
 */
// The French catalog whole, first: its areas then sit side by side in the bundle, where gzip finds their common
// words (imported by each widget's registering module instead, they cost 2.4 kB more).
import { fr } from '../core/catalogs/all.js';
// The provider first: widgets that connect find their project at once.
import './project.js';
import './questionnaire.js';
import './atp-matrix.js';
import './principles-checklist.js';

// The whole API but the widgets' default content, which the elements load lazily: exporting it from here
// would put every widget's JSON, in both languages, in the first paint of every page.
export * from '../core/runtime.js';
export { fr };
export * from '../elements/api.js';
