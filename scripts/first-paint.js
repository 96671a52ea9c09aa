// What a page downloads before anything renders: an entry file and every chunk it imports statically,
// transitively (dynamic `import()`s — charts, default content — are left out). Sizes are summed per file,
// as they travel. Plain JavaScript: the post-build checks (test/dist) run it without a TypeScript loader.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// Minified output: `import{a as b}from"./x.js"`, `export{…}from"./x.js"` and bare `import"./x.js"`.
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** The entry and the files it imports statically, transitively, relative to the working directory. */
export function firstPaintFiles(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) visit(join(dirname(file), spec));
  };
  visit(entry);
  return [...seen].map((f) => relative(process.cwd(), f));
}

/** Those files' summed sizes, raw and gzip (level 9, each file on its own). */
export function firstPaintBytes(entry) {
  const files = firstPaintFiles(entry);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const buf = readFileSync(file);
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { files, raw, gzip };
}
