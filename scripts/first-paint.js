// What a page downloads before anything renders: its entry files and every chunk they import statically,
// transitively (dynamic `import()`s — charts, views reached after an action, default content — are left out).
// Sizes are summed per file, as they travel; a chunk two entries share is counted once. Plain JavaScript: the
// post-build checks (test/dist) run it without a TypeScript loader.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// Minified output: `import{a as b}from"./x.js"`, `export{…}from"./x.js"` and bare `import"./x.js"`.
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** The entries (one path, or several a page loads together) and the files they import statically, transitively. */
export function firstPaintFiles(entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) visit(join(dirname(file), spec));
  };
  for (const entry of [entries].flat()) visit(entry);
  return [...seen].map((f) => relative(process.cwd(), f));
}

/** Those files' summed sizes, raw and gzip (level 9, each file on its own). */
export function firstPaintBytes(entries) {
  const files = firstPaintFiles(entries);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const buf = readFileSync(file);
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/**
 * The budgets of test/size/budget.json, one per embed entry (its path under `dist/`) or per set of entries a
 * page loads together (paths joined by ` + `).
 * @returns {{ key: string, entries: string[], what: string, ceiling: number, budget: number, maxFiles: number, tags: string[] }[]}
 */
export function sizeBudgets(file = 'test/size/budget.json') {
  const { entries } = JSON.parse(readFileSync(file, 'utf8'));
  return Object.entries(entries).map(([key, b]) => ({ key, entries: key.split(' + '), ...b }));
}

/**
 * The config editor's own weight in the embed (gzip level 9, each file on its own): what its page loads before it
 * paints beyond the widgets' `main` chunk (its entry), and what it loads on demand (the JSON pane with CodeMirror,
 * each kind's published JSON Schema). A widget's page loads none of it.
 * @returns {{ file: string, when: string, gzip: number }[]}
 */
export function editorWeight(dir = 'dist') {
  const widgets = new Set(firstPaintFiles(join(dir, 'coop-widgets.js')));
  const own = firstPaintFiles(join(dir, 'coop-config-editor.js')).filter((f) => !widgets.has(f));
  const lazy = readdirSync(join(dir, 'coop-widgets'))
    .filter((f) => /^(json-pane|[a-z]+\.schema)-.+\.js$/.test(f))
    .map((f) => join(dir, 'coop-widgets', f));
  const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  return [
    ...own.map((file) => ({ file, when: 'first paint, beside main', gzip: gzip(file) })),
    ...lazy.map((file) => ({ file, when: 'on demand', gzip: gzip(file) })),
  ];
}
