// The size budgets (issues 8 and 22), in `npm test`: both embed builds (the all-in-one and one entry per tag) are
// built into a temporary folder, and what a page downloads before its widgets paint, per entry, is weighed
// against test/size/budget.json.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { build, type UserConfig } from 'vite';
import { embedBuild, widgetEmbedBuild, widgetEmbeds } from '../../vite.config.js';
import { firstPaintBytes, firstPaintFiles, sizeBudgets } from '../../scripts/first-paint.js';
import { stripSchemaDocs } from '../../scripts/strip-schema-docs.js';
import { atpMatrixFr } from '../../src/core/i18n/atp-matrix.js';
import { principlesChecklistFr } from '../../src/core/i18n/principles-checklist.js';
import { atpFr } from '../../src/core/i18n/atp.js';
import { atpPaintFr } from '../../src/core/i18n/atp-paint.js';
import { atpMatrixGridFr } from '../../src/core/i18n/atp-matrix-grid.js';
import { principlesPaintFr } from '../../src/core/i18n/principles-paint.js';
import { principlesChecklistPaintFr } from '../../src/core/i18n/principles-checklist-paint.js';
import { coopProjectFr } from '../../src/core/i18n/coop-project.js';
import { coopProjectImportFr } from '../../src/core/i18n/coop-project-import.js';
import { commonFr } from '../../src/core/i18n/fr.js';
import { principlesFr } from '../../src/core/i18n/principles.js';
import { projectFr } from '../../src/core/i18n/project.js';

const budgets = sizeBudgets(new URL('./budget.json', import.meta.url).pathname);
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
/** A tag as the minified code names it: a string literal in any of its quotes. */
const named = (code: string, tag: string) => new RegExp(`[\`"']${tag}[\`"']`).test(code);
/** The first-paint files of entries, as absolute paths. */
const initialFiles = (entries: string | string[]) => firstPaintFiles(entries).map((f) => resolve(f));

let out: string;
const inOut = (entries: string[]) => entries.map((e) => join(out, e));
before(async () => {
  out = mkdtempSync(join(tmpdir(), 'coop-widgets-budget-'));
  for (const config of [embedBuild, widgetEmbedBuild] as UserConfig[]) {
    await build({
      configFile: false,
      logLevel: 'silent',
      ...config,
      build: { ...config.build, outDir: out, emptyOutDir: false, sourcemap: false },
    });
  }
});
after(() => rmSync(out, { recursive: true, force: true }));

test('every embed entry is budgeted, and every budget names a built entry', () => {
  const entries = ['coop-widgets.js', ...Object.keys(widgetEmbeds).map((name) => `embed/${name}.js`)];
  const single = budgets.filter((b) => b.entries.length === 1).map((b) => b.key);
  assert.deepEqual(single.sort(), entries.sort());
  for (const b of budgets) for (const e of b.entries) assert.ok(entries.includes(e), `${b.key}: no entry ${e}`);
});

for (const b of budgets) {
  test(`first paint of ${b.key} (${b.what}) stays within its gzip ceiling`, () => {
    const { files, gzip } = firstPaintBytes(inOut(b.entries));
    console.log(
      `${b.key}: ${files.length} files, ${kB(gzip)} gzip; ceiling ${kB(b.ceiling)}, budget ${kB(b.budget)} ` +
        (gzip <= b.budget ? '(budget met)' : `(${kB(gzip - b.budget)} over the budget)`),
    );
    assert.ok(
      gzip <= b.ceiling,
      `${b.key} weighs ${kB(gzip)} gzip at first paint, over its ceiling of ${kB(b.ceiling)} (test/size/budget.json): ` +
        'move what the first screen does not need behind import(), or say in the commit why the ceiling rises',
    );
    assert.ok(
      files.length <= b.maxFiles,
      `${b.key} takes ${files.length} requests before it paints, over ${b.maxFiles}: ${files.join(', ')}`,
    );
    // The measurement itself: lit and the entry's elements are in it (a build that lost them would pass).
    assert.ok(gzip > 10_000, `implausibly small first paint: ${gzip} bytes`);
    const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const tag of b.tags) assert.ok(named(code, tag), `${tag} is not defined in the first paint`);
  });
}

test('a page requests all its first-paint files as soon as its entry arrives (no chain of imports)', () => {
  const STATIC = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;
  for (const entry of ['coop-widgets.js', ...Object.keys(widgetEmbeds).map((name) => `embed/${name}.js`)]) {
    const file = join(out, entry);
    const direct = [...readFileSync(file, 'utf8').matchAll(STATIC)].map(([, spec]) => resolve(out, entry, '..', spec!));
    const rest = initialFiles(file).filter((f) => f !== resolve(file));
    assert.deepEqual(
      rest.filter((f) => !direct.includes(f)),
      [],
      `${entry}: first-paint files its entry does not import itself (each a round trip more)`,
    );
  }
});

test('a page with one widget does not download another widget’s element', () => {
  const classes = ['CoopQuestionnaire', 'CoopAtpMatrix', 'CoopPrinciplesChecklist', 'CoopProject'];
  for (const [i, name] of Object.keys(widgetEmbeds).entries()) {
    const code = firstPaintFiles(join(out, 'embed', `${name}.js`))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const tags = ['coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist', 'coop-project'];
    for (const [j, tag] of tags.entries()) {
      if (j === i) continue;
      assert.ok(!named(code, tag), `embed/${name}.js registers or names <${tag}> (${classes[j]})`);
    }
  }
});

test('a page with one widget carries only its widget’s French strings (src/core/catalogs/)', () => {
  const areas = [
    commonFr,
    atpFr,
    atpMatrixFr,
    principlesFr,
    principlesChecklistFr,
    projectFr,
    coopProjectFr,
    coopProjectImportFr,
  ];
  /** An area's own sentences: longer than a word or two, and in no other area. */
  const own = (area: object) =>
    Object.values(area).filter(
      (text) =>
        typeof text === 'string' &&
        text.length > 15 &&
        areas.every((other) => other === area || !Object.values(other).includes(text)),
    ) as string[];
  /** The share of an area's own sentences that the minified code holds. */
  const share = (code: string, area: object) =>
    own(area).filter((text) => code.includes(text)).length / own(area).length;
  const others: Record<string, Record<string, object>> = {
    // <coop-project>'s toolbar and links (`cp…`): read by the grid's first paint, by the others' lazy parts only.
    'coop-questionnaire': { atpMatrixFr, principlesChecklistFr, projectFr, coopProjectFr },
    'coop-atp-matrix': { principlesChecklistFr, projectFr },
    'coop-principles-checklist': { atpMatrixFr, projectFr, coopProjectFr },
    // The project file's messages and the import's sentences come with the import's code, on every page.
    'coop-project': { atpMatrixFr, principlesChecklistFr, projectFr, coopProjectImportFr },
  };
  for (const [name, unused] of Object.entries(others)) {
    const code = firstPaintFiles(join(out, 'embed', `${name}.js`))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // A few sentences recur elsewhere (in the core's fallbacks); an area carried is all of them.
    for (const [area, strings] of Object.entries(unused)) assert.ok(share(code, strings) < 0.1, `${name}: ${area}`);
  }
  // The measurement itself: the all-in-one has every widget's first-paint areas, whole.
  const all = firstPaintFiles(join(out, 'coop-widgets.js'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const paint: [object, object][] = [
    [atpPaintFr, atpFr],
    [atpMatrixGridFr, atpMatrixFr],
    [principlesPaintFr, principlesFr],
    [principlesChecklistPaintFr, principlesChecklistFr],
    [coopProjectFr, coopProjectFr],
  ];
  for (const [part, area] of paint) {
    const texts = own(area).filter((text) => Object.values(part).includes(text));
    assert.ok(texts.length >= 2, `too few sentences to weigh: ${texts.length}`);
    assert.deepEqual(
      texts.filter((text) => !all.includes(text)),
      [],
      'a first-paint sentence is missing',
    );
  }
  for (const [area, strings] of Object.entries({ projectFr, coopProjectImportFr }))
    assert.ok(share(all, strings) < 0.1, `the all-in-one: ${area}, which comes with the import`);
});

test('the schemas’ documentation (for the JSON Schemas only) is in no first paint', () => {
  const code = firstPaintFiles(inOut(budgets.flatMap((b) => b.entries)))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const texts = ['questionnaire', 'atp', 'principles', 'project'].flatMap((dir) => {
    const path = `src/core/${dir}/schema.ts`;
    return stripSchemaDocs(readFileSync(path, 'utf8'), path)?.texts ?? [];
  });
  assert.ok(texts.length > 50, `only ${texts.length} documentation texts found`);
  // Long ones only: a short text ("One line.") may also be an interface string.
  const shipped = texts.filter((t) => t.length > 30 && code.includes(t));
  assert.deepEqual(shipped, [], 'schema documentation shipped in the first paint');
});

const hinted = (file: string) => readFileSync(file, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
const jsIn = (dir: string) =>
  readdirSync(join(out, dir))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(out, dir, f));

test('all-in-one: only the first-paint chunk carries the compile hint, on its first line', () => {
  const [entry, ...chunks] = initialFiles(join(out, 'coop-widgets.js'));
  assert.deepEqual(chunks.map(hinted), [true], `the main chunk: ${chunks.join(', ')}`);
  assert.equal(hinted(entry!), false);
  const lazy = jsIn('coop-widgets').filter((f) => !chunks.includes(f));
  assert.ok(lazy.length >= 5, `lazy chunks: ${lazy.join(', ')}`);
  assert.deepEqual(lazy.filter(hinted), [], 'a lazy chunk is compiled eagerly');
});

test('per-widget embeds: the entries and their shared chunk carry the compile hint, no lazy chunk does', () => {
  const entries = jsIn('embed');
  const initial = initialFiles(entries);
  assert.deepEqual(
    initial.filter((f) => !hinted(f)),
    [],
    'a first-paint file without the hint',
  );
  const lazy = jsIn('embed/chunks').filter((f) => !initial.includes(f));
  assert.ok(lazy.length >= 5, `lazy chunks: ${lazy.join(', ')}`);
  assert.deepEqual(lazy.filter(hinted), [], 'a lazy chunk is compiled eagerly');
});

test('no chunk imports an entry file: a host may rename an entry or add ?v=… to its URL', () => {
  const chunks = [...jsIn('coop-widgets'), ...jsIn('embed/chunks')];
  const entryName = /["'](?:\.\.?\/)+(?:embed\/)?coop-[\w-]+\.js["']/;
  const offenders = chunks.filter((f) => entryName.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});
