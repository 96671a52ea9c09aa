// The size budget (issue 8), in `npm test`: the embed bundle is built into a temporary folder and what a page
// downloads before the three widgets paint is weighed against test/size/budget.json.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { embedBuild } from '../../vite.config.js';
import { firstPaintBytes } from '../../scripts/first-paint.js';
import { stripSchemaDocs } from '../../scripts/strip-schema-docs.js';

interface Budget {
  firstPaint: { ceiling: number; goal: number; maxFiles: number };
}
const budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8')) as Budget;

let out: string;
before(async () => {
  out = mkdtempSync(join(tmpdir(), 'coop-widgets-budget-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    ...embedBuild,
    build: { ...embedBuild.build, outDir: out, emptyOutDir: true, sourcemap: false },
  });
});
after(() => rmSync(out, { recursive: true, force: true }));

test('the first paint of the three widgets (lit included) stays within its gzip ceiling', () => {
  const { files, gzip } = firstPaintBytes(join(out, 'coop-widgets.js'));
  const { ceiling, goal } = budget.firstPaint;
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  console.log(
    `first paint: ${files.length} files, ${kB(gzip)} gzip; ceiling ${kB(ceiling)}, goal ${kB(goal)} ` +
      (gzip <= goal ? '(goal met)' : `(${kB(gzip - goal)} over the goal)`),
  );
  assert.ok(
    gzip <= ceiling,
    `the first paint weighs ${kB(gzip)} gzip, over its ceiling of ${kB(ceiling)} (test/size/budget.json): ` +
      'move what the first screen does not need behind import(), or say in the commit why the ceiling rises',
  );
  assert.ok(
    files.length <= budget.firstPaint.maxFiles,
    `the first paint takes ${files.length} requests, over ${budget.firstPaint.maxFiles}: ${files.join(', ')}`,
  );
  // The measurement itself: the entry, lit and the three elements are in it (a build that lost them would pass).
  assert.ok(gzip > 10_000, `implausibly small first paint: ${gzip} bytes`);
  const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const tag of ['coop-questionnaire', 'coop-atp-matrix', 'coop-principles-checklist', 'coop-project']) {
    assert.ok(code.includes(tag), `${tag} is not defined in the first paint`);
  }
});

test('the schemas’ documentation (for the JSON Schemas only) is not in the first paint', () => {
  const code = firstPaintBytes(join(out, 'coop-widgets.js'))
    .files.map((file) => readFileSync(file, 'utf8'))
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

test('only the first-paint chunk carries the compile hint, on its first line', () => {
  const hinted = (file: string) => readFileSync(file, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
  const [entry, ...chunks] = firstPaintBytes(join(out, 'coop-widgets.js')).files;
  assert.deepEqual(chunks.map(hinted), [true], `the main chunk: ${chunks.join(', ')}`);
  assert.equal(hinted(entry!), false);
  const lazy = readdirSync(join(out, 'coop-widgets')).filter((f) => f.endsWith('.js') && !f.startsWith('main-'));
  assert.ok(lazy.length >= 5, `lazy chunks: ${lazy.join(', ')}`);
  assert.deepEqual(
    lazy.filter((f) => hinted(join(out, 'coop-widgets', f))),
    [],
    'a lazy chunk is compiled eagerly',
  );
});
