/**
 * npm run heap — where the questionnaire's JS heap goes: the bench page (test/dist/blank.html) draws a generated
 * questionnaire of HEAP_QUESTIONS questions (500 by default), full garbage collections run until the heap stops
 * shrinking (as in the bench), then a Chromium heap snapshot is taken through the DevTools protocol and its
 * objects are summed by constructor (self size). The same page with the plain-DOM floor drawn instead is printed
 * beside it. Needs a build (dist/coop-widgets.js).
 * Not part of npm test.
 */
import { writeFileSync } from 'node:fs';
import { heapAfterGc, launch, serve } from '../test/dist/browser.js';
import { generateQuestionnaire } from '../test/fixtures/generate.js';

const QUESTIONS = Number(process.env.HEAP_QUESTIONS ?? 500);
const TOP = Number(process.env.HEAP_TOP ?? 40);

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}
interface Group {
  count: number;
  size: number;
}

/** Self sizes summed by "type: constructor" (objects by their constructor, strings, arrays, code… by type). */
function byConstructor(snap: Snapshot): { groups: Map<string, Group>; total: number } {
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [t, n, s] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const groups = new Map<string, Group>();
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + t]!]!;
    const size = snap.nodes[i + s]!;
    total += size;
    // Objects and closures by name; everything else (strings, arrays, code, hidden) by its type.
    const name = type === 'object' || type === 'closure' || type === 'native' ? snap.strings[snap.nodes[i + n]!]! : '';
    const key = name ? `${type}: ${name.slice(0, 60)}` : type;
    const g = groups.get(key) ?? { count: 0, size: 0 };
    g.count++;
    g.size += size;
    groups.set(key, g);
  }
  return { groups, total };
}

const server = await serve(process.cwd());
const browser = await launch();
async function snapshotAfter(
  run: string,
  config: unknown,
): Promise<{ groups: Map<string, Group>; total: number; used: number }> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/test/dist/blank.html`);
  await page.waitForFunction(() => 'bench' in window && customElements.get('coop-questionnaire') !== undefined);
  await page.evaluate(
    (which, c) => (window as unknown as { bench: Record<string, (c: unknown) => Promise<unknown>> }).bench[which]!(c),
    run,
    config,
  );
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  const usedSize = await heapAfterGc(cdp);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }: { chunk: string }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await page.close();
  // HEAP_SAVE=dir keeps the snapshots, to open in DevTools' Memory panel.
  if (process.env.HEAP_SAVE) writeFileSync(`${process.env.HEAP_SAVE}/${run}.heapsnapshot`, chunks.join(''));
  return { ...byConstructor(JSON.parse(chunks.join('')) as Snapshot), used: usedSize };
}

const config = generateQuestionnaire(QUESTIONS);
const ours = await snapshotAfter('drawn', config);
const floor = await snapshotAfter('plainDom', config);
await browser.close();
server.close();

const kib = (n: number) => (n / 1024).toFixed(1);
/** The JS heap's part of a snapshot: Blink's own objects ("native") are not in Runtime.getHeapUsage's figure. */
const js = (key: string) => !key.startsWith('native') && key !== 'synthetic';
const sum = (groups: Map<string, Group>, keep: (key: string) => boolean) =>
  [...groups].reduce((n, [key, g]) => (keep(key) ? n + g.size : n), 0);
console.log(
  `JS heap after GC, ${QUESTIONS} questions (Runtime.getHeapUsage): ours ${kib(ours.used)} KiB, ` +
    `plain-DOM floor ${kib(floor.used)} KiB`,
);
console.log(
  `Snapshot, JS objects: ours ${kib(sum(ours.groups, js))} KiB, floor ${kib(sum(floor.groups, js))} KiB; ` +
    `Blink's objects (not in the JS heap): ours ${kib(sum(ours.groups, (k) => !js(k)))} KiB, ` +
    `floor ${kib(sum(floor.groups, (k) => !js(k)))} KiB\n`,
);
console.log(
  '| type: constructor (JS heap) | count | KiB | floor count | floor KiB | ours − floor KiB |\n|---|---:|---:|---:|---:|---:|',
);
const none = { count: 0, size: 0 };
const keys = new Set([...ours.groups.keys(), ...floor.groups.keys()].filter(js));
const rows = [...keys].map((key) => {
  const g = ours.groups.get(key) ?? none;
  const f = floor.groups.get(key) ?? none;
  return { key, g, f, diff: g.size - f.size };
});
rows.sort((a, b) => b.diff - a.diff);
for (const { key, g, f, diff } of rows.slice(0, TOP))
  console.log(
    `| ${key.replace(/\|/g, '\\|')} | ${g.count} | ${kib(g.size)} | ${f.count} | ${kib(f.size)} | ${kib(diff)} |`,
  );
