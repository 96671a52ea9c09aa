// The npm package as users get it. Plain JavaScript, so that `npm pack` (prepack) and the post-build test
// test/dist/pack.test.js can use it without a TypeScript loader.
//
//   node scripts/pack-check.js           npm run check:package: pack into a temporary folder, then lint the
//                                        tarball with publint (--strict) and Are the Types Wrong.
//   node scripts/pack-check.js --built   prepack: fail early when `npm run build` has not produced what the
//                                        package ships (dist/ and custom-elements.json are not committed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The package's own package.json. */
export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The modules that each register one tag (or all of them), by the subpath users import. */
export function defineEntrypoints() {
  return readdirSync(join(root, 'dist/define'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => `./define/${f}`);
}

/** The per-widget embeds (one entry per tag, self-contained), by the subpath users load. */
export function embedEntrypoints() {
  return readdirSync(join(root, 'dist/embed'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => `./embed/${f}`);
}

/** Every subpath of the exports map, with its wildcards expanded over the built files. */
export function entrypoints() {
  const schemas = readdirSync(join(root, 'schemas'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `./schemas/${f}`);
  return Object.keys(pkg.exports).flatMap((key) => {
    if (key === './define/*.js') return defineEntrypoints();
    if (key === './embed/coop-*.js') return embedEntrypoints();
    if (key === './schemas/*') return schemas;
    if (key.includes('*')) throw new Error(`scripts/pack-check.js does not know how to expand ${key}`);
    return [key];
  });
}

/** Files `npm run build` makes that the package cannot do without. */
const BUILT = [
  'dist/index.js',
  'dist/core.js',
  'dist/coop-widgets.js',
  'dist/coop-widgets-core.js',
  'dist/embed/coop-questionnaire.js',
  'dist/types/index.d.ts',
  'dist/types/core/index.d.ts',
  'dist/types/define/all.d.ts',
  'custom-elements.json',
  'schemas/questionnaire.schema.json',
];

export function assertBuilt() {
  const missing = BUILT.filter((f) => !existsSync(join(root, f)));
  if (missing.length) {
    throw new Error(`Missing ${missing.join(', ')}: run \`npm run build\` before packing the package.`);
  }
}

/** Runs `npm pack` into `dir`; returns the tarball's path and npm's account of it (size, files). */
export function pack(dir) {
  const out = execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return { tarball: join(dir, info.filename), info };
}

function run(cmd, args) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

function main() {
  assertBuilt();
  if (process.argv.includes('--built')) return;
  const dir = mkdtempSync(join(tmpdir(), 'coop-widgets-pack-'));
  try {
    const { tarball, info } = pack(dir);
    const kB = (n) => `${Math.round(n / 1000)} kB`;
    console.log(`Packed ${tarball}: ${info.entryCount} files, ${kB(info.size)} (${kB(info.unpackedSize)} unpacked).`);
    run('npx', ['--no-install', 'publint', '--strict', tarball]);
    // esm-only: the package is ESM only ("type": "module", no `require` condition), so attw does not judge
    // the node10 and node16-from-CJS resolutions (a CommonJS `require` of an ES module). Every subpath is
    // listed, the wildcards expanded: attw does not check wildcard subpaths on its own. No rule is ignored.
    run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--entrypoints', ...entrypoints()]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
