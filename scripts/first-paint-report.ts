/**
 * npx tsx scripts/first-paint-report.ts [top] — what each embed entry's first paint is made of: both embed builds
 * (the all-in-one and one entry per tag) into a temporary folder, with source maps, then every first-paint byte
 * of the minified code attributed to the source module it came from. Prints, per budget of test/size/budget.json,
 * the `top` (default 25) heaviest sources. The gzip column shares each file's gzip size in proportion to the
 * source's minified bytes in it: an estimate (gzip has no per-source size), but the ranking is what it is for.
 * `REPORT_OUT=folder` keeps the build there and reuses it on the next run. `REPORT_SOLO=1` builds each per-widget
 * entry on its own (no chunk shared with the others): what that widget's first paint needs, whatever the chunking.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type UserConfig } from 'vite';
import { embedBuild, widgetEmbedBuild } from '../vite.config.js';
import { firstPaintFiles, sizeBudgets } from './first-paint.js';

const top = Number(process.argv[2] ?? 25);
/** A source's name in the report: a package for node_modules, else its path in the repository. */
function label(source: string): string {
  const path = relative(process.cwd(), source.replace(/^\0|\?.*$/g, ''));
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg ? `[${pkg[1]}]` : path;
}
// `REPORT_OUT=folder`: report on that folder's build (made there if absent) and keep it.
const kept = process.env['REPORT_OUT'];
const out = kept ?? mkdtempSync(join(tmpdir(), 'coop-widgets-report-'));
/** Each entry's own static closure (its file under the output folder → the sources it imports, transitively). */
const closures: Record<string, string[]> = {};
const closurePlugin: Plugin = {
  name: 'coop-widgets:first-paint-report',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.facadeModuleId) continue;
      const seen = new Set<string>();
      const queue = [chunk.facadeModuleId];
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      closures[chunk.fileName] = [...seen].map((id) => label(id));
    }
  },
};
if (!(kept && existsSync(join(kept, 'coop-widgets.js')))) {
  const lib = widgetEmbedBuild.build!.lib as { entry: Record<string, string> };
  const solo = Object.entries(lib.entry).map(([name, file]) => ({
    ...widgetEmbedBuild,
    build: { ...widgetEmbedBuild.build, lib: { ...lib, entry: { [name]: file } } },
  }));
  const configs = process.env['REPORT_SOLO'] ? [embedBuild, ...solo] : [embedBuild, widgetEmbedBuild];
  for (const config of configs as UserConfig[]) {
    await build({
      configFile: false,
      logLevel: 'silent',
      ...config,
      plugins: [...(config.plugins ?? []), closurePlugin],
      build: { ...config.build, outDir: out, emptyOutDir: false, sourcemap: true },
    });
  }
  writeFileSync(join(out, 'closures.json'), JSON.stringify(closures));
} else Object.assign(closures, JSON.parse(readFileSync(join(out, 'closures.json'), 'utf8')));

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A source map's `mappings`, decoded: per generated line, its segments [column, source?, …] (absolute). */
function decode(mappings: string): number[][][] {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const fields: number[] = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = B64.indexOf(char);
          value += (digit & 31) << shift;
          shift += 5;
          if (digit & 32) continue;
          const n = value & 1 ? -(value >>> 1) : value >>> 1;
          state[fields.length] = state[fields.length]! + n;
          fields.push(state[fields.length]!);
          value = shift = 0;
        }
        return fields;
      });
  });
}

/** Minified bytes per source of one file (its source map's segments, each running to the next one). */
function bytesPerSource(file: string): Map<string, number> {
  const code = readFileSync(file, 'utf8');
  if (!existsSync(`${file}.map`)) return new Map([['(no source map)', Buffer.byteLength(code)]]);
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const sources = map.sources.map((s) => label(resolve(dirname(file), s)));
  const lines = code.split('\n');
  const totals = new Map<string, number>();
  const add = (name: string, n: number) => totals.set(name, (totals.get(name) ?? 0) + n);
  decode(map.mappings).forEach((segments, i) => {
    const length = Buffer.byteLength(lines[i] ?? '');
    let mapped = 0;
    segments.forEach((segment, j) => {
      const end = segments[j + 1]?.[0] ?? (lines[i] ?? '').length;
      const bytes = Buffer.byteLength((lines[i] ?? '').slice(segment[0], end));
      mapped += bytes;
      add(segment.length > 1 ? sources[segment[1]!]! : '(generated)', bytes);
    });
    add('(generated)', length - mapped + 1);
  });
  return totals;
}

const kB = (n: number) => (n / 1000).toFixed(1).padStart(6);
for (const budget of sizeBudgets()) {
  const files = firstPaintFiles(budget.entries.map((e) => join(out, e)));
  const totals = new Map<string, { raw: number; gzip: number }>();
  let gzipAll = 0;
  for (const file of files) {
    const buf = readFileSync(file);
    const gzip = gzipSync(buf, { level: 9 }).length;
    gzipAll += gzip;
    for (const [source, raw] of bytesPerSource(file)) {
      const t = totals.get(source) ?? { raw: 0, gzip: 0 };
      t.raw += raw;
      t.gzip += (gzip * raw) / buf.length;
      totals.set(source, t);
    }
  }
  console.log(`\n${budget.key}: ${kB(gzipAll)} kB gzip in ${files.length} files (budget ${kB(budget.budget)} kB)`);
  // A source no entry of the page imports: the shared chunk carries it for another entry.
  const own = new Set(budget.entries.flatMap((e) => closures[e] ?? []));
  const carried = [...totals].filter(([s]) => !s.startsWith('(') && !own.has(s));
  const sum = (rows: [string, { raw: number; gzip: number }][]) => rows.reduce((n, [, t]) => n + t.gzip, 0);
  console.log(`  of which ~${kB(sum(carried))} kB gzip in ${carried.length} sources for other entries (marked *)`);
  console.log('   min kB  ~gzip kB  source');
  const rows = [...totals].sort((a, b) => b[1].raw - a[1].raw);
  for (const [source, t] of rows.slice(0, top)) {
    const mark = !source.startsWith('(') && !own.has(source) ? ' *' : '';
    console.log(`  ${kB(t.raw)}    ${kB(t.gzip)}  ${source}${mark}`);
  }
  const rest = rows
    .slice(top)
    .reduce((s, [, t]) => ({ raw: s.raw + t.raw, gzip: s.gzip + t.gzip }), { raw: 0, gzip: 0 });
  console.log(`  ${kB(rest.raw)}    ${kB(rest.gzip)}  (${rows.length - top} more sources)`);
}
if (!kept) rmSync(out, { recursive: true, force: true });
