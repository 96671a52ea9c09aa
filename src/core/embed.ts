/**
 * The core API for pages that use the embed bundle: its entry `coop-widgets-core.js`, beside `coop-widgets.js`.
 * The same as `coop-widgets/core` without the widgets' default content (the elements load it lazily), the whole
 * catalogs (`fr`, `en`: each widget adds its own areas) and the HTTP adapter (`coop-widgets-http.js`). Kept out
 * of `coop-widgets.js`, whose first paint every page pays for: a page imports it only when its own script calls
 * the API (a storage adapter, a parser, the scoring).
 */
export * from './runtime.js';
