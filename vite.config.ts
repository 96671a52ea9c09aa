/**
 * Vite serves the demo (`npm start`, http://localhost:5173/demo/) and builds the library (scripts/build.js
 * calls it twice: the npm package's ES modules, then the single-file embed bundle).
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { stripSchemaDocsPlugin } from './scripts/strip-schema-docs.js';

const root = import.meta.dirname;

/** Dependencies stay imports in the npm package's modules: the host's bundler de-duplicates them. */
const external = [/^lit(\/|$)/, /^@lit\//, /^chart\.js(\/|$)/, /^valibot$/];

export const packageBuild: UserConfig = {
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
      },
      formats: ['es'],
    },
    rollupOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
};

/**
 * Puts every module the embed's entry imports statically, transitively, in one chunk (`main`); the entry file
 * is left re-exporting it. Without this, Rolldown splits what the entry shares with the lazy parts (default
 * content, charts) into common chunks: five requests before the first paint, each gzipped on its own. The lazy
 * parts import `main` from the same folder, so a host may rename the entry file or add `?v=…` to its URL
 * without loading the library twice.
 */
function firstPaintChunk(entry: string) {
  let closure: Set<string> | undefined;
  return {
    /** The chunk's name for a module of the entry's static closure; null for the others. */
    name(id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) {
      if (!closure) {
        closure = new Set();
        const queue = [entry];
        for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
          if (closure.has(next)) continue;
          closure.add(next);
          queue.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
        }
      }
      return closure.has(id) ? 'main' : null;
    },
    /** Forgets the previous build's modules (a second build of the same config, watch mode). */
    plugin: {
      name: 'coop-widgets:first-paint-chunk',
      buildStart() {
        closure = undefined;
      },
    } satisfies Plugin,
  };
}
const mainChunk = firstPaintChunk(resolve(root, 'src/define/all.ts'));

/** `main`'s first line. Nothing for other chunks: an empty string would still start them with a line break. */
function compileHint(chunk: { name: string }): string {
  return chunk.name === 'main' ? '//# allFunctionsCalledOnLoad' : (undefined as unknown as string);
}

export const embedBuild: UserConfig = {
  // Lit's own minifier for the markup and styles inside html`` and css``: the bundler's minifier leaves template
  // text as written, indentation included (4.7 kB gzip of the first paint). A template it cannot parse fails
  // the build rather than shipping unminified. The npm package keeps readable templates: hosts minify them.
  // Whitespace is collapsed to one space, never removed: the minifier cannot see the context around a
  // template's edges, and removing a space that starts one ran the questionnaire's links together
  // ("See principle 1See principle 8") in the bundle only (157 B gzip to render as the tested source does).
  // The schemas' documentation (for the JSON Schemas) is left out too: see scripts/strip-schema-docs.ts.
  plugins: [
    minifyHTML({
      failOnError: true,
      options: { minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true } },
    }),
    stripSchemaDocsPlugin(),
    mainChunk.plugin,
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    // Terser after Rolldown's own minifier: a second pass that gzip rewards (0.7 kB of the first paint).
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
    lib: {
      entry: {
        'coop-widgets': resolve(root, 'src/define/all.ts'),
        // Only for portals that keep answers on their own server: outside the first paint of every page.
        'coop-widgets-http': resolve(root, 'src/core/http.ts'),
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
    ],
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
