/**
 * Vite serves the demo (`npm start`, http://localhost:5173/demo/) and builds the library (scripts/build.js
 * calls it twice: the npm package's ES modules, then the single-file embed bundle).
 */
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';
import { sharedChunk } from './scripts/shared-chunk.js';
import { stripSchemaDocsPlugin } from './scripts/strip-schema-docs.js';

const root = import.meta.dirname;

/** Dependencies stay imports in the npm package's modules: the host's bundler de-duplicates them. */
const external = [
  /^lit(\/|$)/,
  /^@lit\//,
  /^chart\.js(\/|$)/,
  /^valibot$/,
  // The config editor's (never in a widget's page): CodeMirror.
  /^codemirror$/,
  /^@codemirror\//,
  /^@lezer\//,
];

export const packageBuild: UserConfig = {
  // The templates' markup and styles minified (scripts/minify-templates.js): a host's bundler minifies the code
  // but leaves template text as written, and the indentation between tags would become whitespace-only text
  // nodes in every shadow root. The code itself stays readable, with its source maps.
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        core: resolve(root, 'src/core/index.ts'),
        'define/all': resolve(root, 'src/define/all.ts'),
        'define/questionnaire': resolve(root, 'src/define/questionnaire.ts'),
        'define/atp-matrix': resolve(root, 'src/define/atp-matrix.ts'),
        'define/principles-checklist': resolve(root, 'src/define/principles-checklist.ts'),
        'define/project': resolve(root, 'src/define/project.ts'),
        'define/config-editor': resolve(root, 'src/define/config-editor.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
};

/**
 * `main`: one chunk with the code the all-in-one's first paint runs, the entry file left registering nothing of
 * its own and re-exporting it. Which modules that is comes from a build of that entry alone
 * (scripts/shared-chunk.ts, as for the per-widget embeds), not from what the registering modules import: the
 * elements import the core through its barrel, and by imports alone `main` held the whole core API (the
 * questionnaire's merge and the grid's synthesis included; 6.6 kB gzip). Without a group, Rolldown splits what
 * the entry shares with the lazy parts into common chunks: five requests before the first paint, each gzipped on
 * its own. The lazy parts, `coop-widgets-core.js`, `coop-widgets-http.js` and the config editor import `main`
 * from the same folder, so a host may rename the entry file or add `?v=…` to its URL without loading it twice.
 */
const allInOne = sharedChunk(() => ({
  ...embedBuild,
  build: {
    ...embedBuild.build,
    lib: { entry: { 'coop-widgets': resolve(root, 'src/define/all.ts') }, formats: ['es'] },
  },
}));
const mainChunk = {
  name: (id: string, ctx: Parameters<typeof allInOne.name>[1]) => (allInOne.name(id, ctx) ? 'main' : null),
  plugin: allInOne.plugin,
};

/** `main`'s first line. Nothing for other chunks: an empty string would still start them with a line break. */
function compileHint(chunk: { name: string }): string {
  return chunk.name === 'main' ? '//# allFunctionsCalledOnLoad' : (undefined as unknown as string);
}

export const embedBuild: UserConfig = {
  // Lit's own minifier for the markup and styles inside html`` and css`` (scripts/minify-templates.js): the
  // bundler's minifier leaves template text as written, indentation included. The schemas' documentation (for
  // the JSON Schemas) is left out too: see scripts/strip-schema-docs.ts.
  plugins: [minifyTemplates(), stripSchemaDocsPlugin(), mainChunk.plugin],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    // Terser after Rolldown's own minifier: a second pass that gzip rewards (0.7 kB of the first paint).
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 3 } },
    lib: {
      entry: {
        'coop-widgets': resolve(root, 'src/define/all.ts'),
        // The core API for a page's own script (storage adapters, parsers, scoring): outside every first paint.
        'coop-widgets-core': resolve(root, 'src/core/embed.ts'),
        // Only for portals that keep answers on their own server: outside the first paint of every page.
        'coop-widgets-http': resolve(root, 'src/core/http.ts'),
        // The config editor, for content editors' pages: it shares `main` (the widgets it previews) and keeps its
        // own code and CodeMirror (a lazy chunk) out of every widget page.
        'coop-config-editor': resolve(root, 'src/define/config-editor.ts'),
      },
      formats: ['es'],
    },
    // Lazy parts of the embed (chart.js, the default content) sit beside it and load from its URL.
    // Full minification: Vite keeps whitespace in library builds, but this bundle is loaded as it is.
    rollupOptions: {
      output: {
        chunkFileNames: 'coop-widgets/[name]-[hash].js',
        minify: true,
        // A browser loads this bundle as it is: the bundlers' `@__PURE__` hints are dead weight here (0.1 kB).
        comments: { annotation: false },
        codeSplitting: { groups: [{ name: mainChunk.name, debugName: 'main' }] },
        // Every page runs nearly all of `main` to draw its widgets: Chromium (136+) then compiles its functions
        // on the thread that streams the file, not one by one on the main thread at first call (V8's explicit
        // compile hints; other browsers ignore the comment). Not on the lazy chunks, which run only in part.
        postBanner: compileHint,
      },
    },
  },
};

/** The per-widget embeds: file name (under `dist/embed/`) → the module that registers its tag. */
export const widgetEmbeds = {
  'coop-questionnaire': 'src/define/questionnaire.ts',
  'coop-atp-matrix': 'src/define/atp-matrix.ts',
  'coop-principles-checklist': 'src/define/principles-checklist.ts',
  'coop-project': 'src/define/project.ts',
} as const;

/** The compile hint on what a page runs nearly all of at first paint: each entry and the chunk they share. */
function widgetCompileHint(chunk: { name: string; isEntry: boolean }): string {
  return chunk.isEntry || chunk.name === 'shared' || chunk.name.startsWith('own-')
    ? '//# allFunctionsCalledOnLoad'
    : (undefined as unknown as string);
}

/**
 * A second embed build, beside the all-in-one: one entry per tag in `dist/embed/`, for pages that show one widget
 * (or a few) and should pay only for those. Built on its own so that the all-in-one stays one file: in one build
 * with these entries, Rolldown split `coop-widgets.js` into six chunks, each gzipped on its own (+6.8 kB).
 *
 * What two entries or more run at first paint (lit, Valibot, the common strings, the widgets' shared base) goes
 * into one chunk, `embed/chunks/shared-*.js`, and what one entry alone runs stays with it (scripts/shared-chunk.ts
 * decides, from a build of each entry on its own). A page with one widget downloads three files, all requested
 * as soon as the entry arrives: the entry (which registers the tag), its own code, `own-<entry>-*.js`, and
 * `shared`; a page with several loads `shared` once. The widget's code is a chunk beside the entry, not the entry
 * itself, because lazy parts of other widgets need some of it (the report reads the questionnaire's scoring). The views
 * reached after an action, chart.js and the default content stay lazy chunks, which never import an entry file
 * (a host may rename an entry or add `?v=…` to its URL).
 */
const widgetChunks = sharedChunk(() => widgetEmbedBuild);
export const widgetEmbedBuild: UserConfig = {
  plugins: [minifyTemplates(), stripSchemaDocsPlugin(), widgetChunks.plugin],
  build: {
    ...embedBuild.build,
    lib: {
      entry: Object.fromEntries(
        Object.entries(widgetEmbeds).map(([name, file]) => [`embed/${name}`, resolve(root, file)]),
      ),
      formats: ['es'],
    },
    rollupOptions: {
      // Required with `includeDependenciesRecursively: false`: an entry may export more than its module does.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'embed/chunks/[name]-[hash].js',
        minify: true,
        comments: { annotation: false },
        // Only the modules named: their dependencies are named too (a first paint's code is its own or shared).
        codeSplitting: {
          groups: [{ name: widgetChunks.name, debugName: 'shared', includeDependenciesRecursively: false }],
        },
        postBanner: widgetCompileHint,
      },
    },
  },
};

export default defineConfig({
  server: {
    host: '127.0.0.1',
    port: 5173,
    // `npm start` runs coop-widgets-server beside the demo (scripts/start.ts): the workshop page reaches it here.
    proxy: { '/api': { target: `http://127.0.0.1:${process.env['COOP_SERVER_PORT'] ?? '8787'}`, changeOrigin: false } },
    // Transformed before the first request: the language switch finds the English content ready.
    warmup: { clientFiles: ['./demo/demo.ts', './src/elements/*/default-content.ts'] },
  },
  // Every dependency named up front: on a fresh clone, the dev server must not discover one while a page is
  // open and reload that page (a newcomer's first `npm start`, and the demo test on CI).
  optimizeDeps: {
    entries: ['demo/*.html'],
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/guard.js',
      'lit/directives/if-defined.js',
      'lit/directives/live.js',
      'lit/directives/ref.js',
      'lit/directives/repeat.js',
      '@lit/context',
      'valibot',
      'chart.js',
      'codemirror',
      '@codemirror/lang-json',
      '@codemirror/lint',
      '@codemirror/autocomplete',
      '@codemirror/state',
      '@codemirror/view',
      '@codemirror/language',
    ],
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
