/**
 * Registers every coop-widgets element. This is the entry of the single-file embed bundle
 * (`dist/coop-widgets.js`): `<script type="module" src=".../coop-widgets.js"></script>`.
 * Each element also has its own registering module in this folder, for pages that use only one.
 *
 * It exports the elements' classes and events only. The core API (storage adapters, parsers, scoring, the
 * catalogs) is the embed's entry `coop-widgets-core.js` (src/core/embed.ts), beside it: exported from here, all
 * of it was in the first paint of every page, with the whole French catalog (5.7 kB gzip), and few pages use it.
 */
// The provider first: widgets that connect find their project at once.
import './project.js';
import './questionnaire.js';
import './atp-matrix.js';
import './principles-checklist.js';

export * from '../elements/api.js';
