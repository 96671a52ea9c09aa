/**
 * npm run bench:server (and the end of npm run bench) — coop-widgets-server's latency as a workshop meets it:
 * the server in a child process (the command line, as a portal runs it), on PGlite and on PostgreSQL (when
 * COOP_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, answers; a schema of its own, dropped
 * after), with 1, 10 and 50 participants. Each participant saves their grid about once a second through the
 * library's createHttpStorage (a write: PUT with If-Match), and reads it back from a second device (a read: GET);
 * the facilitator listens to every participant's grid through the same adapter's live `subscribe` (Server-Sent
 * Events, then one conditional GET). Figures, measured by the clients (the adapter included):
 *
 * - write: from `save()` to its acknowledgement;
 * - read: from `load()` to the text;
 * - write → facilitator's live event: from a participant's `save()` to the facilitator's `subscribe` callback
 *   with that text (the browser's rendering not included);
 * - keystroke → facilitator's screen, in headless Chromium (bench-keystroke.ts), started alongside the
 *   participants' writes: a participant's page adds an item to their grid (Enter), until the facilitator's page
 *   shows it in its Synthesis. The browser shares the machine with the server and the simulated participants.
 *
 * Prints a table and writes bench-results/server.json. BENCH_SERVER_WRITES (default 12) sets the writes per
 * participant, BENCH_SERVER_SIZES (default 1,10,50) the workshop sizes, BENCH_SERVER_KEYSTROKES (default 10) the
 * keystrokes measured in the browser per row (0: none).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseOptions } from '../server/db.js';
import { createStore } from '../server/store.js';
import { createHttpStorage } from '../src/core/storage/http.js';
import { NodeEventSource } from '../test/server/event-source.js';
import { POSTGRES_URL, postgresAvailable } from '../test/server/helpers.js';
import { keystrokeToScreen } from './bench-keystroke.js';

const WRITES = Number(process.env['BENCH_SERVER_WRITES'] ?? 12);
const SIZES = (process.env['BENCH_SERVER_SIZES'] ?? '1,10,50').split(',').map(Number);
const KEYSTROKES = Number(process.env['BENCH_SERVER_KEYSTROKES'] ?? 10);
const INTERVAL_MS = 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();

function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function serve(env: Record<string, string>, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args, '--port', '0', '--quiet'], {
    env: { ...process.env, DATABASE_URL: '', DATABASE_SCHEMA: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      const url = /listening on (http:\/\/\S+)/.exec(log)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', () => reject(new Error(`The server exited before listening:\n${log}`)));
  });
}

interface Figures {
  backend: string;
  participants: number;
  writes: number;
  write: { p50: number; p99: number };
  read: { p50: number; p99: number };
  live: { p50: number; p99: number; heard: number };
  /** Keystroke → facilitator's screen, in the browser; null when not measured. */
  screen: { p50: number; p99: number; samples: number } | null;
  errors: number;
}

async function run(backend: 'pglite' | 'postgres', participants: number): Promise<Figures> {
  const dataDir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'coop-bench-')) : undefined;
  const schema = backend === 'postgres' ? `coop_bench_${randomBytes(6).toString('hex')}` : undefined;
  const database: DatabaseOptions = dataDir ? { dataDir } : { url: POSTGRES_URL, schema };
  const db = await openDatabase(database);
  const workshop = await createStore(db).createWorkshop('Banc d’essai');
  await db.close();
  const server = await serve(
    schema ? { DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: schema } : {},
    dataDir ? ['--data', dataDir] : [],
  );
  const base = `${server.url}/api/workshops/${workshop.id}`;
  const bearer = (token: string) => () => ({ Authorization: `Bearer ${token}` });
  const gridUrl = (participant: string) => `${base}/participants/${participant}/documents/grid`;
  try {
    const people: { id: string; token: string }[] = [];
    for (let n = 0; n < participants; n++) {
      const response = await fetch(`${base}/participants`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${workshop.invitation}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `P${n}`, group: 'Soignants' }),
      });
      const body = (await response.json()) as { participant: { id: string }; token: string };
      people.push({ id: body.participant.id, token: body.token });
    }
    const sentAt = new Map<string, number>();
    const liveMs: number[] = [];
    const facilitator = createHttpStorage({
      url: gridUrl,
      headers: bearer(workshop.facilitator),
      live: { url: () => `${base}/events?access_token=${workshop.facilitator}`, EventSource: NodeEventSource },
    });
    const stops = people.map((p) =>
      facilitator.subscribe!(p.id, (text) => {
        const at = text === null ? undefined : sentAt.get(text);
        if (at !== undefined) liveMs.push(now() - at);
      }),
    );
    await sleep(500); // the stream opens
    const screen = KEYSTROKES > 0 ? keystrokeToScreen(server.url, workshop, KEYSTROKES) : Promise.resolve(null);
    const writeMs: number[] = [];
    const readMs: number[] = [];
    let errors = 0;
    await Promise.all(
      people.map(async (p, n) => {
        const adapter = (retries: number) =>
          createHttpStorage({ url: () => gridUrl(p.id), headers: bearer(p.token), retries });
        const mine = adapter(3);
        const other = adapter(0);
        await sleep(Math.random() * INTERVAL_MS);
        for (let i = 0; i < WRITES; i++) {
          const text = JSON.stringify({ participant: n, write: i, at: Date.now() });
          const t0 = now();
          sentAt.set(text, t0);
          try {
            await mine.save('grid', text);
            writeMs.push(now() - t0);
            const t1 = now();
            await other.load('grid');
            readMs.push(now() - t1);
          } catch {
            errors++;
          }
          await sleep(INTERVAL_MS * (0.75 + Math.random() * 0.5));
        }
      }),
    );
    const screenMs = await screen;
    await sleep(1500); // the last live events
    for (const stop of stops) stop();
    for (const source of [...NodeEventSource.instances]) source.close();
    const summary = (xs: number[]) => ({ p50: percentile(xs, 50), p99: percentile(xs, 99) });
    return {
      backend,
      participants,
      writes: writeMs.length,
      write: summary(writeMs),
      read: summary(readMs),
      live: { ...summary(liveMs), heard: liveMs.length },
      screen: screenMs && { ...summary(screenMs), samples: screenMs.length },
      errors,
    };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (schema) {
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  }
}

const backends: ('pglite' | 'postgres')[] = ['pglite'];
if (await postgresAvailable()) backends.push('postgres');
else process.stdout.write(`(no PostgreSQL at ${POSTGRES_URL}: PGlite only)\n`);
const rows: Figures[] = [];
for (const backend of backends)
  for (const size of SIZES) {
    process.stderr.write(`bench-server: ${backend}, ${size} participant(s)…\n`);
    rows.push(await run(backend, size));
  }

const ms = (x: number) => (Number.isNaN(x) ? '–' : `${x.toFixed(1)} ms`);
process.stdout.write(
  `\ncoop-widgets-server: ${WRITES} writes per participant, about one a second; latency seen by the clients\n\n`,
);
process.stdout.write(
  '| database | participants | writes | write p50 | write p99 | read p50 | read p99 | write → facilitator’s live event p50 | p99 | events heard | keystroke → facilitator’s screen p50 | p99 | errors |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n',
);
for (const r of rows)
  process.stdout.write(
    `| ${r.backend === 'pglite' ? 'PGlite' : 'PostgreSQL'} | ${r.participants} | ${r.writes} | ${ms(r.write.p50)} | ${ms(r.write.p99)} | ${ms(r.read.p50)} | ${ms(r.read.p99)} | ${ms(r.live.p50)} | ${ms(r.live.p99)} | ${r.live.heard} | ${ms(r.screen?.p50 ?? NaN)} | ${ms(r.screen?.p99 ?? NaN)} | ${r.errors} |\n`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/server.json', `${JSON.stringify({ writesPerParticipant: WRITES, rows }, null, 2)}\n`);
process.exit(0);
