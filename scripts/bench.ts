/**
 * npm run bench — sizes and speed, each speed figure beside a floor measured in the same run (the machine is
 * shared and noisy, so ratios mean more than milliseconds). Prints a table; writes bench-results/latest.json.
 * Not part of npm test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { build } from 'vite';
import { editorWeight, firstPaintBytes, firstPaintFiles, sizeBudgets } from './first-paint.js';
import { embedBuild } from '../vite.config.js';
import {
  createResponses,
  listQuestions,
  parseQuestionnaireConfig,
  scaleOf,
  scoreQuestionnaire,
  type QuestionnaireConfig,
  type Responses,
} from '../src/core/index.js';
import { generateQuestionnaire } from '../test/fixtures/generate.js';
import { heapAfterGc, launch, serve } from '../test/dist/browser.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]! };
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

if (!existsSync('dist/coop-widgets.js') || !existsSync('dist/embed/coop-questionnaire.js')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

// ---------------------------------------------------------------- sizes
// Every file as it ships, and the same code unminified: the embed is built twice more (minified as it ships, and
// with no minification at all, its templates included), and its files are paired by the module they stand for;
// the npm package's files ship unminified, and are minified here with esbuild to show what a host's bundler gets.
interface SizeRow {
  file: string;
  unminified: number;
  minified: number;
  gzip: number;
  brotli: number;
}
const sizeRows: SizeRow[] = [];
const row = (file: string, unminified: number, code: string | Buffer): SizeRow => {
  const buf = Buffer.from(code);
  return {
    file,
    unminified,
    minified: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf).length,
  };
};
type Chunk = { type: string; fileName: string; name: string; facadeModuleId: string | null; code: string };
async function embedChunks(minified: boolean): Promise<Chunk[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'coop-widgets-bench-'));
  const output = embedBuild.build!.rollupOptions!.output as Record<string, unknown>;
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    ...embedBuild,
    plugins: minified
      ? embedBuild.plugins
      : embedBuild.plugins!.filter((p) => !String((p as { name?: string })?.name).includes('minify')),
    build: {
      ...embedBuild.build,
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      minify: minified,
      rollupOptions: { ...embedBuild.build!.rollupOptions, output: { ...output, minify: minified } },
    },
  })) as { output: Chunk[] } | { output: Chunk[] }[];
  rmSync(outDir, { recursive: true, force: true });
  return (Array.isArray(result) ? result[0]! : result).output.filter((c) => c.type === 'chunk');
}
const shipped = await embedChunks(true);
const plain = await embedChunks(false);
const identity = (c: Chunk) => c.facadeModuleId ?? c.name;
for (const chunk of shipped) {
  const twin = plain.find((c) => identity(c) === identity(chunk));
  sizeRows.push(row(`dist/${chunk.fileName}`, twin ? Buffer.byteLength(twin.code) : NaN, chunk.code));
}
// Each package entry with the chunks it imports statically (what a bundler takes in for it), external imports
// (lit, Valibot, chart.js) left out.
for (const entry of [
  'dist/index.js',
  'dist/core.js',
  'dist/define/questionnaire.js',
  'dist/define/atp-matrix.js',
  'dist/define/principles-checklist.js',
  'dist/define/project.js',
]) {
  const files = firstPaintFiles(entry);
  const code = files.map((file) => readFileSync(file, 'utf8'));
  const minified = await Promise.all(code.map(async (c) => (await transform(c, { minify: true, format: 'esm' })).code));
  const label = files.length > 1 ? `${entry} (+ ${files.length - 1} chunks)` : entry;
  sizeRows.push(
    row(
      label,
      code.reduce((n, c) => n + Buffer.byteLength(c), 0),
      minified.join('\n'),
    ),
  );
}
// What a page downloads before it paints, per embed entry (and per set of entries a page loads together), against
// its budget: code only (the default content, the English strings and the lazy views load later).
const firstPaint = sizeBudgets().map((b) => ({ ...b, ...firstPaintBytes(b.entries.map((e) => `dist/${e}`)) }));
const editor = editorWeight();

// ---------------------------------------------------------------- scoring in Node
/** Answers as setAnswer() writes them, built in one pass (setAnswer per question copies all the answers each time). */
function responsesFor(config: QuestionnaireConfig, seed: number): Responses {
  const r = createResponses(config, new Date(0));
  const at = new Date(0).toISOString();
  const answers: Responses['answers'] = {};
  for (const [i, { question }] of listQuestions(config).entries()) {
    const levels = scaleOf(config, question).levels;
    answers[question.id] = { value: levels[(i + seed) % levels.length]!.value, updatedAt: at };
  }
  return { ...r, answers, updatedAt: at };
}
interface SpeedRow {
  what: string;
  ours: ReturnType<typeof stats>;
  floor: ReturnType<typeof stats>;
  /** First renders: the same markup and styles built with plain DOM (what the markup itself costs). */
  markup?: ReturnType<typeof stats>;
}
const nodeRows: SpeedRow[] = [];
for (const size of [100, 500]) {
  const parsed = parseQuestionnaireConfig(generateQuestionnaire(size));
  if (!parsed.ok) throw new Error('generated config invalid');
  const config = parsed.config;
  const sets = Array.from({ length: 10_000 }, (_, i) => responsesFor(config, i % 4));
  const ours: number[] = [];
  const floor: number[] = [];
  const ids = listQuestions(config).map((r) => r.question.id);
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    let sink = 0;
    for (const r of sets) sink += scoreQuestionnaire(config, r).global.score ?? 0;
    ours.push(performance.now() - t);
    // The floor: a plain loop summing the same answers (no sections, bands or completion).
    t = performance.now();
    let plain = 0;
    for (const r of sets) {
      let sum = 0;
      for (const id of ids) sum += (r.answers[id]?.value as number) / 3;
      plain += (sum / ids.length) * 100;
    }
    floor.push(performance.now() - t);
    if (sink < 0 || plain < 0) throw new Error('unreachable');
  }
  nodeRows.push({ what: `score 10,000 response sets of ${size} questions`, ours: stats(ours), floor: stats(floor) });
}

// ---------------------------------------------------------------- rendering in Chromium
const server = await serve(process.cwd());
const browser = await launch();
const browserRows: SpeedRow[] = [];
let heapRow: SpeedRow | undefined;

type PageBench = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** Runs one measure in a fresh page (no warm caches from another measure). */
async function inFreshPage<T>(run: string, ...args: unknown[]): Promise<T> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/test/dist/blank.html`);
  await page.waitForFunction(() => 'bench' in window && customElements.get('coop-questionnaire') !== undefined);
  const result = (await page.evaluate(
    (which, params) => (window as unknown as { bench: PageBench }).bench[which]!(...params),
    run,
    args,
  )) as T;
  await page.close();
  return result;
}

for (const size of [20, 100, 500]) {
  const config = generateQuestionnaire(size);
  const ours: number[] = [];
  const floor: number[] = [];
  const markup: number[] = [];
  const click: number[] = [];
  const drawn = await inFreshPage<unknown>('markupOf', config);
  for (let run = 0; run < RUNS; run++) {
    const r = await inFreshPage<{ render: number; click: number }>('element', config);
    ours.push(r.render);
    click.push(r.click);
    floor.push(await inFreshPage<number>('plainDom', config));
    markup.push(await inFreshPage<number>('sameMarkup', drawn));
  }
  browserRows.push({
    what: `first render, ${size} questions`,
    ours: stats(ours),
    floor: stats(floor),
    markup: stats(markup),
  });
  browserRows.push({
    what: `answer click → summary updated, ${size} questions (median of 5 clicks a page)`,
    ours: stats(click),
    floor: { median: 16.7, min: 16.7, max: 16.7 },
  });
}
// The questionnaire's DOM, per question, and the JS heap after a garbage collection with 500 questions drawn, beside
// the same page with the plain-DOM floor drawn instead (both pages load the all-in-one embed).
interface NodeCount {
  elements: number;
  comments: number;
  texts: number;
  whitespace: number;
  total: number;
  questions: number;
}
const nodeCounts: { size: number; count: NodeCount }[] = [];
for (const size of [20, 500])
  nodeCounts.push({ size, count: await inFreshPage<NodeCount>('nodes', generateQuestionnaire(size)) });
/**
 * The page's JS heap (MiB) after `run` and full garbage collections until it stops shrinking: one collection
 * leaves the JS wrappers of nodes a script touched once (a second one frees them), which made the figure
 * swing by up to 0.7 MiB between runs of the same page.
 */
async function heapAfter(run: string, ...args: unknown[]): Promise<number> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/test/dist/blank.html`);
  await page.waitForFunction(() => 'bench' in window && customElements.get('coop-questionnaire') !== undefined);
  await page.evaluate(
    (which, params) => (window as unknown as { bench: PageBench }).bench[which]!(...params),
    run,
    args,
  );
  const cdp = await page.createCDPSession();
  const used = await heapAfterGc(cdp);
  await page.close();
  return used / 2 ** 20;
}
{
  const config = generateQuestionnaire(500);
  const ours: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    // `drawn`, not `nodes`: counting the nodes would touch each one from a script (see bench-page.js).
    ours.push(await heapAfter('drawn', config));
    floor.push(await heapAfter('plainDom', config));
  }
  heapRow = { what: 'JS heap after GC, 500 questions drawn (MiB)', ours: stats(ours), floor: stats(floor) };
}
// A French page, the default: its strings are in the first paint, none are fetched (the floor is the same).
{
  const config = generateQuestionnaire(20);
  const ours: number[] = [];
  const floor: number[] = [];
  const markup: number[] = [];
  const drawn = await inFreshPage<unknown>('markupOf', config, 'fr');
  for (let run = 0; run < RUNS; run++) {
    ours.push((await inFreshPage<{ render: number }>('element', config, 'fr')).render);
    floor.push(await inFreshPage<number>('plainDom', config));
    markup.push(await inFreshPage<number>('sameMarkup', drawn));
  }
  browserRows.push({
    what: 'first render, 20 questions, French page',
    ours: stats(ours),
    floor: stats(floor),
    markup: stats(markup),
  });
}
// The register of 1,000 proposals and the ATP grid of 12 groups × 40 items.
{
  const load: number[] = [];
  const sort: number[] = [];
  const decide: number[] = [];
  const floor: number[] = [];
  const sortFloor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const r = await inFreshPage<{ load: number; sort: number; decide: number }>('register', 1000);
    load.push(r.load);
    sort.push(r.sort);
    decide.push(r.decide);
    floor.push(await inFreshPage<number>('plainRegister', 1000));
    sortFloor.push(await inFreshPage<number>('plainRegisterSort', 1000));
  }
  const frameFloor = { median: 16.7, min: 16.7, max: 16.7 };
  browserRows.push({
    what: 'register of 1,000 proposals: data to painted (100 rows drawn)',
    ours: stats(load),
    floor: stats(floor),
  });
  // A sort draws 100 other rows: its floor is a plain table doing the same, not one frame.
  browserRows.push({
    what: 'register of 1,000 proposals: sort by text (100 other rows drawn)',
    ours: stats(sort),
    floor: stats(sortFloor),
  });
  browserRows.push({ what: 'register of 1,000 proposals: one decision', ours: stats(decide), floor: frameFloor });
}
{
  const ours: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    ours.push(await inFreshPage<number>('atp', 12, 40));
    floor.push(await inFreshPage<number>('plainAtp', 12, 40));
  }
  browserRows.push({
    what: 'ATP grid of 12 groups × 40 items: data to painted',
    ours: stats(ours),
    floor: stats(floor),
  });
}
await browser.close();
server.close();

// ---------------------------------------------------------------- report
// kB = 1,000 bytes, as in test/size/budget.test.ts.
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
console.log(`\nBytes (node scripts/bench.ts, ${new Date().toISOString()})`);
console.log('| file | unminified | minified | gzip | brotli |\n|---|---|---|---|---|');
for (const r of sizeRows)
  console.log(`| ${r.file} | ${kb(r.unminified)} | ${kb(r.minified)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
console.log('\nFirst paint per embed entry (entry + static imports, gzip of each file; test/size/budget.json)');
console.log('| entry | files | gzip | budget | ceiling | |\n|---|---|---|---|---|---|');
for (const f of firstPaint) {
  const verdict = f.gzip <= f.budget ? 'budget met' : `${kb(f.gzip - f.budget)} over the budget`;
  console.log(`| ${f.key} | ${f.files.length} | ${kb(f.gzip)} | ${kb(f.budget)} | ${kb(f.ceiling)} | ${verdict} |`);
}
console.log(
  '\nThe config editor’s own weight (beside the widgets’ main chunk; gzip)\n| file | loaded | gzip |\n|---|---|---|',
);
for (const f of editor) console.log(`| ${f.file} | ${f.when} | ${kb(f.gzip)} |`);
console.log(`| all | | ${kb(editor.reduce((n, f) => n + f.gzip, 0))} |`);
console.log('\nThe questionnaire’s shadow root: nodes per question (issue 22: at most 45)');
console.log(
  '| questions | nodes | per question | elements | comments | texts | whitespace-only |\n|---|---|---|---|---|---|---|',
);
for (const { size, count: c } of nodeCounts) {
  const per = (n: number) => (n / c.questions).toFixed(1);
  console.log(
    `| ${size} | ${c.total} | ${per(c.total)} | ${per(c.elements)} | ${per(c.comments)} | ${per(c.texts)} | ${per(c.whitespace)} |`,
  );
}
if (heapRow) {
  const mib = (x: ReturnType<typeof stats>) => `${x.median.toFixed(2)} MiB (${x.min.toFixed(2)}–${x.max.toFixed(2)})`;
  console.log(
    `\n${heapRow.what}: ours ${mib(heapRow.ours)}, plain-DOM floor ${mib(heapRow.floor)}, ` +
      `ratio ${(heapRow.ours.median / heapRow.floor.median).toFixed(2)} (issue 22: at most 3 MiB)`,
  );
}
console.log(`\nSpeed: median (min–max) of ${RUNS} runs, each in a fresh page; ratio = ours ÷ floor`);
console.log('For first renders, a second floor: our markup and styles built by plain DOM (innerHTML), and ours ÷ it.');
console.log('| measure | ours | floor | ratio | same markup | ratio |\n|---|---|---|---|---|---|');
const range = (x: ReturnType<typeof stats>) => `${ms(x.median)} (${ms(x.min)}–${ms(x.max)})`;
for (const r of [...browserRows, ...nodeRows]) {
  const floorLabel = r.floor.median === 16.7 && r.floor.min === 16.7 ? 'one frame (16.7 ms)' : range(r.floor);
  const markup = r.markup ? `${range(r.markup)} | ${(r.ours.median / r.markup.median).toFixed(2)}` : '— | —';
  console.log(
    `| ${r.what} | ${range(r.ours)} | ${floorLabel} | ${(r.ours.median / r.floor.median).toFixed(2)} | ${markup} |`,
  );
}
// Issue 22's render, interaction, heap and scoring targets, each against this run's figure.
{
  const find = (prefix: string) => [...browserRows, ...nodeRows].find((r) => r.what.startsWith(prefix));
  const render = find('first render, 500 questions');
  const click = find('answer click → summary updated, 500 questions');
  const scoring = find('score 10,000 response sets of 500 questions');
  const nodes = nodeCounts.find((n) => n.size === 500)?.count;
  const targets: [string, number | undefined, number, string][] = [
    ['DOM nodes per question, 500 questions', nodes && nodes.total / nodes.questions, 45, ''],
    ['first render, 500 questions ÷ bare floor', render && render.ours.median / render.floor.median, 3, '×'],
    [
      'first render, 500 questions ÷ same markup',
      render?.markup && render.ours.median / render.markup.median,
      1.5,
      '×',
    ],
    ['answer click → summary updated, 500 questions', click?.ours.median, 8, ' ms'],
    ['JS heap after GC, 500 questions drawn', heapRow?.ours.median, 3, ' MiB'],
    ['scoring ÷ a plain loop, 500 questions', scoring && scoring.ours.median / scoring.floor.median, 3, '×'],
  ];
  console.log("\nIssue 22's targets (this run)\n| measure | this run | target | |\n|---|---|---|---|");
  for (const [what, value, limit, unit] of targets) {
    const shown = value === undefined ? '—' : `${value.toFixed(2)}${unit}`;
    const verdict = value === undefined ? 'not measured' : value <= limit ? 'met' : 'not met';
    console.log(`| ${what} | ${shown} | ≤ ${limit}${unit} | ${verdict} |`);
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  join('bench-results', 'latest.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      runs: RUNS,
      sizes: sizeRows,
      firstPaint,
      editor,
      nodes: nodeCounts,
      heap: heapRow,
      speed: [...browserRows, ...nodeRows],
    },
    null,
    2,
  ),
);
console.log('\nWritten: bench-results/latest.json');
