// Run after `npm run build` (.ci/run does): the package exactly as npm publishes it. `npm pack`, then a fresh
// project installs the tarball (its dependencies come from the npm registry, or npm's cache), then
// - Node imports coop-widgets/core by its package name and scores the default questionnaire;
// - every bare import of the package's modules names a declared dependency and resolves in that project;
// - Chromium renders the three widgets twice: from the npm modules (coop-widgets/define/all.js, bare imports
//   mapped by an import map to the project's node_modules, as a bundler-less page would) and from the
//   self-contained embed bundle dist/coop-widgets.js.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { pack, pkg } from '../../scripts/pack-check.js';
import { launch } from './browser.js';

const exec = promisify(execFile);

let dir;
let app;
let installed;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coop-widgets-pack-test-'));
  const { tarball } = pack(dir);
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  try {
    await exec('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: app,
      timeout: 50_000,
    });
  } catch (error) {
    throw new Error(
      `npm install of the packed tarball failed. Its dependencies (${Object.keys(pkg.dependencies).join(', ')}) ` +
        `come from the npm registry or npm's cache: is the registry reachable?\n${error.stderr || error.message}`,
    );
  }
  installed = join(app, 'node_modules/coop-widgets');
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * The specifiers of a module's `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`: good
 * enough for generated code (a statement starts a line or follows `;` or `}`; never inside a string).
 */
function specifiers(code) {
  const statements = /(?:^|[;}])\s*(?:import|export)\b\s*(?:[^;'"`]*?\bfrom\s*)?["']([^"'\s]+)["']/gm;
  const dynamic = /\bimport\(\s*["']([^"'\s]+)["']\s*\)/g;
  return [...code.matchAll(statements), ...code.matchAll(dynamic)].map((m) => m[1]);
}

const isBare = (spec) => !/^(\.{0,2}\/|[a-z]+:)/.test(spec);

function jsFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** The package's own modules: every .js file in dist/ but the self-contained embeds and their parts. */
function packageModules() {
  const dist = join(installed, 'dist');
  return jsFiles(dist).filter((f) => !/^(coop-widgets|embed\b)/.test(relative(dist, f)));
}

test('the tarball holds only what users need', () => {
  const top = readdirSync(installed).sort();
  assert.deepEqual(
    top.filter((f) => !['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'].includes(f)),
    ['custom-elements.json', 'dist', 'docs', 'schemas'],
  );
  assert.ok(top.includes('CHANGELOG.md') && top.includes('README.md'), 'README.md and CHANGELOG.md');
  // The README's links to docs/ (pages and pictures) work from the installed package too, as on a registry's page.
  const readme = readFileSync(join(installed, 'README.md'), 'utf8');
  const local = [...readme.matchAll(/\]\((docs\/[^)#\s]+)/g)].map((m) => m[1]);
  assert.ok(local.length >= 5, 'the README links to docs/');
  for (const link of local) assert.ok(existsSync(join(installed, link)), `${link} is in the package`);
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  for (const tag of ['coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist', 'coop-project']) {
    assert.ok(tags.includes(tag), `custom-elements.json declares <${tag}>`);
  }
});

test('Node imports coop-widgets/core by its package name and scores the default questionnaire', async () => {
  const own = [...new Set(packageModules().flatMap((f) => specifiers(readFileSync(f, 'utf8')).filter(isBare)))];
  writeFileSync(
    join(app, 'check.js'),
    `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createResponses, defaultQuestionnaire, listQuestions, parseQuestionnaireConfig, scoreQuestionnaire, setAnswer,
} from 'coop-widgets/core';

const parsed = parseQuestionnaireConfig(JSON.stringify(defaultQuestionnaire('fr')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const config = parsed.config;
let responses = createResponses(config);
for (const { question } of listQuestions(config)) {
  responses = setAnswer(config, responses, question.id, question.scale === 'yes-no' ? 1 : 3);
}
const { global } = scoreQuestionnaire(config, responses);
const resolved = {};
for (const spec of ${JSON.stringify([
      ...own,
      'coop-widgets',
      'coop-widgets/define/all.js',
      'coop-widgets/define/questionnaire.js',
      'coop-widgets/coop-widgets.js',
      'coop-widgets/embed/coop-questionnaire.js',
      'coop-widgets/embed/coop-project.js',
      'coop-widgets/custom-elements.json',
      'coop-widgets/schemas/questionnaire.schema.json',
      'coop-widgets/package.json',
    ])}) {
  const url = import.meta.resolve(spec);
  resolved[spec] = url.startsWith('file:') && existsSync(fileURLToPath(url));
}
// The main entry imports too (lit's Node build): a server may import the package's classes and events.
const { LIBRARY_VERSION } = await import('coop-widgets');
console.log(JSON.stringify({ document: typeof document, global, resolved, LIBRARY_VERSION }));
`,
  );
  const { stdout } = await exec(process.execPath, ['check.js'], { cwd: app, timeout: 20_000 });
  const { document, global, resolved, LIBRARY_VERSION } = JSON.parse(stdout);
  assert.equal(document, 'undefined');
  assert.equal(LIBRARY_VERSION, pkg.version, 'LIBRARY_VERSION (src/elements/shared/define.ts) is package.json’s');
  assert.equal(global.score, 100);
  assert.equal(global.completion, 100);
  assert.equal(global.band?.id, 'ready');

  // The package's modules import only its declared dependencies, and each resolves in the user's project.
  const dependencies = Object.keys(pkg.dependencies);
  for (const spec of own) {
    const name = spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
    assert.ok(dependencies.includes(name), `${spec} is imported by dist/ but ${name} is not a dependency`);
  }
  assert.ok(own.includes('lit') && own.includes('valibot'), `bare imports found: ${own.join(', ')}`);
  for (const [spec, ok] of Object.entries(resolved)) assert.ok(ok, `${spec} resolves to a file`);

  const schema = JSON.parse(readFileSync(join(installed, 'schemas/questionnaire.schema.json'), 'utf8'));
  assert.equal(schema.$id, `https://unpkg.com/coop-widgets@${pkg.version}/schemas/questionnaire.schema.json`);
});

test('the embeds are self-contained: no bare import', () => {
  const dist = join(installed, 'dist');
  const embed = [join(dist, 'coop-widgets.js'), ...jsFiles(join(dist, 'coop-widgets')), ...jsFiles(join(dist, 'embed'))];
  assert.ok(embed.some((f) => f.endsWith('embed/coop-atp-matrix.js')), 'the per-widget embeds are in the package');
  for (const file of embed) {
    assert.deepEqual(specifiers(readFileSync(file, 'utf8')).filter(isBare), [], relative(installed, file));
  }
});

// ---- Chromium -----------------------------------------------------------------------------------------

/** The entry a package's `exports` (or `module` / `main`) gives a subpath, with a browser's conditions. */
function packageTarget(dir, subpath) {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const pick = (target) => {
    if (typeof target === 'string' || target === null) return target;
    if (Array.isArray(target)) return pick(target[0]);
    for (const [condition, value] of Object.entries(target)) {
      if (['browser', 'import', 'module', 'default'].includes(condition)) {
        const found = pick(value);
        if (found) return found;
      }
    }
    return null;
  };
  if (!meta.exports) return subpath === '.' ? (meta.module ?? meta.main ?? 'index.js') : subpath;
  const map =
    typeof meta.exports === 'string' || !Object.keys(meta.exports).some((k) => k.startsWith('.'))
      ? { '.': meta.exports }
      : meta.exports;
  if (map[subpath] !== undefined) return pick(map[subpath]);
  for (const [key, value] of Object.entries(map)) {
    const [prefix, suffix] = key.split('*');
    if (suffix !== undefined && subpath.startsWith(prefix) && subpath.endsWith(suffix)) {
      const target = pick(value);
      return target && target.replace('*', subpath.slice(prefix.length, subpath.length - suffix.length));
    }
  }
  return null;
}

/** Node's lookup of a bare specifier from a file (node_modules folders upwards), with browser conditions. */
function resolveBare(spec, from) {
  const parts = spec.split('/');
  const n = spec.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, n).join('/');
  const subpath = parts.length > n ? `./${parts.slice(n).join('/')}` : '.';
  for (let folder = dirname(from); ; folder = dirname(folder)) {
    const pkgDir = join(folder, 'node_modules', name);
    if (existsSync(join(pkgDir, 'package.json'))) {
      const target = packageTarget(pkgDir, subpath);
      return target ? resolve(pkgDir, target) : null;
    }
    if (folder === dirname(folder)) return null;
  }
}

/**
 * The import map a bundler-less page needs for coop-widgets/define/all.js: walks the module graph from it
 * through the installed dependencies and maps every bare specifier met to its file under node_modules.
 */
function importMap() {
  const imports = { 'coop-widgets/': '/node_modules/coop-widgets/dist/' };
  const seen = new Set();
  const queue = [join(installed, 'dist/define/all.js')];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const own = file.startsWith(installed);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      let target;
      if (isBare(spec)) {
        target = resolveBare(spec, file);
        if (!target || !existsSync(target)) {
          if (own) throw new Error(`${relative(app, file)} imports ${spec}, which does not resolve`);
          continue; // a false match in a dependency's code
        }
        const url = `/${relative(app, target)}`;
        if (imports[spec] && imports[spec] !== url) throw new Error(`${spec}: two versions installed`);
        imports[spec] = url;
      } else if (spec.startsWith('.')) {
        target = resolve(dirname(file), spec);
        if (!existsSync(target)) continue;
      } else continue;
      if (target.endsWith('.js')) queue.push(target);
    }
  }
  return { imports };
}

/**
 * The temporary project over HTTP. Not browser.js's serve(): that one knows .js, .html and .json only, and
 * valibot's browser entry is dist/index.mjs (a module script must come with a JavaScript MIME type).
 */
async function serveApp(root) {
  const types = { js: 'text/javascript', mjs: 'text/javascript', html: 'text/html', json: 'application/json' };
  const server = createServer((req, res) => {
    const file = join(root, resolve('/', decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('not found');
    const type = types[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const BODY = `<body>
    <coop-questionnaire></coop-questionnaire>
    <coop-atp-matrix></coop-atp-matrix>
    <coop-principles-checklist></coop-principles-checklist>
  </body>`;

async function renders(browser, url) {
  // A context of its own: both pages share the server's origin, and the answers one saves (on the result step,
  // written when it closes) must not open the next on its result step.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
  try {
    await page.goto(url);
    await page.waitForFunction(
      () =>
        document.querySelector('coop-questionnaire')?.getResult?.()?.global.total > 30 &&
        document.querySelector('coop-questionnaire').shadowRoot.querySelector('fieldset.question') &&
        document.querySelector('coop-atp-matrix')?.shadowRoot?.querySelectorAll('table tbody th[scope="row"]')
          .length === 6 &&
        document.querySelector('coop-principles-checklist')?.shadowRoot?.querySelectorAll('.principle').length === 9,
      { timeout: 15_000 },
    );
    // The result step loads chart.js lazily: from node_modules through the import map, or beside the bundle.
    await page.evaluate(async () => {
      const el = document.querySelector('coop-questionnaire');
      // A result with no scored answer is provisional and draws no chart: answer every question first.
      for (;;) {
        for (const f of el.shadowRoot.querySelectorAll('fieldset.question')) f.querySelector('input[type="radio"]')?.click();
        await el.updateComplete;
        // Paged (the default): the next section's page, until the last.
        const next = el.shadowRoot.querySelector('.pager-next');
        if (!next) break;
        next.click();
        await el.updateComplete;
      }
      el.step = 'result';
    });
    await page.waitForFunction(
      () => document.querySelector('coop-questionnaire').shadowRoot.querySelector('canvas')?.width > 0,
      { timeout: 15_000 },
    );
    const versions = await page.evaluate(() =>
      ['coop-project', 'coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist'].map(
        (tag) => customElements.get(tag)?.[Symbol.for('coop-widgets.version')],
      ),
    );
    assert.deepEqual(versions, Array(4).fill(pkg.version), 'each tag is registered, with the package’s version');
    assert.deepEqual(errors, []);
  } catch (error) {
    if (errors.length) error.message += `\nPage errors: ${errors.join('; ')}`;
    throw error;
  } finally {
    await page.close();
    await context.close();
  }
}

test('Chromium renders the three widgets from the installed package', async (t) => {
  writeFileSync(
    join(app, 'npm.html'),
    `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>coop-widgets from npm modules</title>
    <script type="importmap">${JSON.stringify(importMap())}</script>
    <script type="module">import 'coop-widgets/define/all.js';</script>
  </head>
  ${BODY}
</html>`,
  );
  writeFileSync(
    join(app, 'embed.html'),
    `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>coop-widgets embed bundle</title>
    <script type="module" src="/node_modules/coop-widgets/dist/coop-widgets.js"></script>
  </head>
  ${BODY}
</html>`,
  );
  const server = await serveApp(app);
  const browser = await launch();
  try {
    await t.test('coop-widgets/define/all.js, its bare imports mapped to node_modules', () =>
      renders(browser, `${server.url}/npm.html`),
    );
    await t.test('the embed bundle dist/coop-widgets.js', () => renders(browser, `${server.url}/embed.html`));
  } finally {
    await browser.close();
    server.close();
  }
});
