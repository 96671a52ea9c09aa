/**
 * Registers every coop-widgets element. This is the entry of the single-file embed bundle
 * (`dist/coop-widgets.js`): `<script type="module" src=".../coop-widgets.js"></script>`.
 * Each element also has its own registering module in this folder, for pages that use only one.
 *
 * It exports the elements' classes and events only. The core API (storage adapters, parsers, scoring, the
 * catalogs) is the embed's entry `coop-widgets-core.js` (src/core/embed.ts), beside it: exported from here, all
 * of it was in the first paint of every page, with the whole French catalog (5.7 kB gzip), and few pages use it.
 */
// Module order is the order of the code in `main`: the widgets' French areas first, side by side, where gzip
// finds their common words, then their first-paint styles (0.7 kB gzip less than in each widget's own place;
// measured by \`npm run test:size\`; the views side by side measured 0.1 kB more). These modules have no effect
// of their own: each widget's registering module below adds its strings.
import '../core/catalogs/project.js';
import '../core/catalogs/questionnaire.js';
import '../core/catalogs/atp-matrix.js';
import '../core/catalogs/principles-checklist.js';
import '../elements/shared/tokens.js';
import '../elements/shared/controls.styles.js';
import '../elements/shared/cards.styles.js';
import '../elements/questionnaire/questionnaire.styles.js';
import '../elements/atp-matrix/atp-matrix.styles.js';
import '../elements/atp-matrix/grid-extras.styles.js';
import '../elements/principles-checklist/principles-checklist.styles.js';
// Of the widgets, the provider first: widgets that connect find their project at once.
import './project.js';
import './questionnaire.js';
import './atp-matrix.js';
import './principles-checklist.js';

export * from '../elements/api.js';
