/**
 * Under load, on a server in a child process, as a workshop in a room would use it: 50 participants × 20 writes
 * through the library's createHttpStorage, each acknowledged grid write followed by a conditional poll
 * (If-None-Match → 304), ten participants' second device polling their grid, the facilitator's live listener
 * (SSE, through the adapter's `subscribe`) on every participant's grid, five participants' live listeners on a
 * shared document, and four facilitator devices appending to that shared document at once (read, modify, write:
 * 412, never a silent overwrite). In the middle, `kill -9` of the server; it restarts on the same data (port,
 * folder or schema), and then: every acknowledged write is there, every client's queue drains, and the live
 * listeners end on the final versions. On PGlite always, on PostgreSQL when one answers.
 *
 * Knobs for looking into a failure: `COOP_LOAD_LOG=1` traces the phases (and a participant's requests when one
 * meets an unexpected conflict), `COOP_LOAD_SERVER_LOG=<file>` keeps the server's request log,
 * `COOP_LOAD_PARTICIPANTS` runs it smaller, and `COOP_LOAD_TIMEOUT_MS` shortens the clients' time limit, which
 * reproduces on a quiet machine what a loaded one does: requests given up by their client and carried out late.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase, type DatabaseOptions } from '../../server/db.js';
import { createStore } from '../../server/store.js';
import { StorageError } from '../../src/core/storage/adapter.js';
import { createHttpStorage, type HttpRequestInit, type HttpStorage } from '../../src/core/storage/http.js';
import { NodeEventSource } from './event-source.js';
import { closeEventSources, POSTGRES_URL, postgresAvailable } from './helpers.js';

const PARTICIPANTS = Number(process.env['COOP_LOAD_PARTICIPANTS'] ?? 50);
const SERVER_LOG = process.env['COOP_LOAD_SERVER_LOG'];
const TIMEOUT_MS = process.env['COOP_LOAD_TIMEOUT_MS'];
const trace = process.env['COOP_LOAD_LOG']
  ? (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 23)} ${line}\n`)
  : () => undefined;
const WRITES = 20;
const KILL_AFTER = Math.round(PARTICIPANTS * 8); // acknowledged participant writes before kill -9
const DEVICES = 4; // facilitator devices appending to one shared document
const APPENDS = 8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The command-line server in a child process; resolves once it listens. */
function serve(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; exited: Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', ...args, ...(SERVER_LOG ? [] : ['--quiet'])],
    {
      env: { ...process.env, DATABASE_URL: '', DATABASE_SCHEMA: '', ...env },
    },
  );
  let log = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      if (SERVER_LOG) appendFileSync(SERVER_LOG, d);
      if (/listening on/.test(log)) resolve({ child, exited });
    });
    void exited.then(() => reject(new Error(`The server exited before listening:\n${log}`)));
  });
}

const isReason = (error: unknown, reason: string) => error instanceof StorageError && error.reason === reason;

async function scenario(database: DatabaseOptions, env: Record<string, string>, args: string[]) {
  const started = Date.now();
  const db = await openDatabase(database);
  const workshop = await createStore(db).createWorkshop('Atelier sous charge');
  await db.close();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/api/workshops/${workshop.id}`;
  const serverArgs = [...args, '--port', String(port)];
  trace('workshop created');
  let server = await serve(serverArgs, env);
  trace('server up');
  let up: Promise<void> = Promise.resolve();

  const bearer = (token: string) => () => ({ Authorization: `Bearer ${token}` });
  const docUrl = (scope: string, key: string) =>
    scope === 'shared'
      ? `${base}/shared/documents/${encodeURIComponent(key)}`
      : `${base}/participants/${scope}/documents/${encodeURIComponent(key)}`;
  const live = (token: string) => ({
    url: () => `${base}/events?access_token=${token}`,
    EventSource: NodeEventSource,
  });
  const storage = (scope: string, token: string, extra: object = {}) =>
    createHttpStorage({
      url: (key) => docUrl(scope, key),
      headers: bearer(token),
      retries: 1,
      backoffMs: 50,
      ...(TIMEOUT_MS ? { timeoutMs: Number(TIMEOUT_MS) } : {}),
      ...extra,
    });

  // Everyone joins through the invitation.
  const people = await Promise.all(
    Array.from({ length: PARTICIPANTS }, async (_, n) => {
      const response = await fetch(`${base}/participants`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${workshop.invitation}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `Participant ${n}`, group: ['Soignants', 'Direction', 'Usagers'][n % 3] }),
      });
      assert.equal(response.status, 201);
      const body = (await response.json()) as { participant: { id: string }; token: string };
      return { n, id: body.participant.id, token: body.token };
    }),
  );

  trace('joined');
  // The facilitator's live view of every participant's grid, keyed by the participant's id.
  const facilitatorSees = new Map<string, string | null>();
  const facilitator = createHttpStorage({
    url: (id) => docUrl(id, 'grid'),
    headers: bearer(workshop.facilitator),
    live: live(workshop.facilitator),
  });
  const unsubscribe = people.map((p) => facilitator.subscribe!(p.id, (v) => facilitatorSees.set(p.id, v)));
  // Five participants hear the shared document live; ten participants' second device polls their grid.
  const sharedSeen = people.slice(0, 5).map((p) => {
    const seen = { value: null as string | null };
    const adapter = storage('shared', p.token, { live: live(p.token) });
    return { seen, stop: adapter.subscribe!('plan', (v) => (seen.value = v)) };
  });
  const secondDevices = people.slice(0, 10).map((p) => {
    const seen = { value: null as string | null };
    const adapter = storage(p.id, p.token, { pollMs: 1000 });
    return { p, seen, stop: adapter.subscribe!('grid', (v) => (seen.value = v)) };
  });

  let acks = 0;
  let killed = false;
  let polls304 = 0;
  const restart = async () => {
    killed = true;
    server.child.kill('SIGKILL');
    trace(`kill -9 after ${acks} acknowledged writes`);
    await server.exited;
    up = serve(serverArgs, env).then((s) => void (server = s));
    await up;
    trace('restarted');
  };
  let restarted: Promise<void> | undefined;

  /** Flushes a client's queue once the server is back; returns how many writes it still held. */
  async function drain(adapter: HttpStorage): Promise<number> {
    const held = adapter.pending();
    for (let attempt = 0; adapter.pending() > 0; attempt++) {
      await (restarted ?? up);
      await adapter.flush().catch((error: unknown) => {
        if (!isReason(error, 'unavailable') && !isReason(error, 'conflict')) throw error;
      });
      assert.ok(attempt < 50, 'the queue drains');
      if (adapter.pending()) await sleep(100);
    }
    return held;
  }

  // Each participant: 20 writes, grid and notes alternately, a conditional poll after each grid write.
  const results = people.map(async (p) => {
    const attempted = new Map<string, string[]>();
    const acknowledged = new Map<string, string>();
    /** Keys with a write whose outcome the client cannot know (no answer): it may have been carried out. */
    const uncertain = new Set<string>();
    let lastEtag: string | null = null;
    const history: string[] = []; // this participant's requests, traced when something goes wrong
    const writerFetch = async (url: string, init: HttpRequestInit) => {
      const t0 = Date.now();
      const what = `${init.method} ${url.slice(url.lastIndexOf('/') + 1)} ${init.headers['If-Match'] ?? init.headers['If-None-Match'] ?? '-'} ${init.body ?? ''}`;
      try {
        const response = await fetch(url, init as RequestInit);
        history.push(
          `${t0 - started} +${Date.now() - t0} ${what} → ${response.status} ${response.headers.get('ETag')}`,
        );
        if (init.method === 'PUT' && url.endsWith('/grid')) lastEtag = response.headers.get('ETag');
        return response;
      } catch (error) {
        history.push(`${t0 - started} +${Date.now() - t0} ${what} → ${String(error)}`);
        throw error;
      }
    };
    const tracked = storage(p.id, p.token, { fetch: writerFetch });
    for (let i = 0; i < WRITES; i++) {
      const key = i % 2 === 0 ? 'grid' : `note-${i}`;
      const text = JSON.stringify({ participant: p.n, write: i });
      attempted.set(key, [...(attempted.get(key) ?? []), text]);
      try {
        await tracked.save(key, text);
        acknowledged.set(key, text);
        if (++acks === KILL_AFTER) restarted = restart();
        if (key === 'grid' && lastEtag) {
          const poll: Response | null = await fetch(docUrl(p.id, 'grid'), {
            headers: { Authorization: `Bearer ${p.token}`, 'If-None-Match': lastEtag },
          }).catch(() => null);
          // Every write is conditional: a try of an earlier write carried out late (its client gave up on it)
          // fails its precondition, or finds its own text there and changes nothing. So the version just
          // acknowledged is still the one stored (or the server is down).
          if (poll) assert.equal(poll.status, 304, `${p.n}: the acknowledged version is the stored one`);
          if (poll?.status === 304) polls304++;
        }
      } catch (error) {
        // The server is down, or too slow (a timeout): queued, and the write may or may not have been carried
        // out. A conflict on one's own document comes only after such a write of that key, carried out with its
        // answer lost (it is set aside, resolved below); anything else would be an overwrite of one's own
        // version by a late try, which conditional writes rule out.
        const conflict = isReason(error, 'conflict');
        if (conflict && !uncertain.has(key)) trace(`participant ${p.n} conflict on ${key}:\n${history.join('\n')}`);
        assert.ok(isReason(error, 'unavailable') || (conflict && uncertain.has(key)), String(error));
        if (!conflict) uncertain.add(key);
      }
      await sleep(5 + Math.random() * 20);
    }
    return { p, tracked, attempted, acknowledged };
  });

  // Four facilitator devices append to one shared document at once: read, add, write with If-Match.
  const appended: string[] = [];
  let conflicts = 0;
  const devices = Array.from({ length: DEVICES }, async (_, d) => {
    const device = storage('shared', workshop.facilitator);
    for (let a = 0; a < APPENDS;) {
      const entry = `device ${d} append ${a}`;
      try {
        const list = JSON.parse((await device.load('plan')) ?? '[]') as string[];
        if (list.includes(entry)) {
          a++; // written before a kill -9 took the answer away: there, though never acknowledged
          continue;
        }
        await device.save('plan', JSON.stringify([...list, entry]));
        appended.push(entry);
        a++;
      } catch (error) {
        if (isReason(error, 'conflict')) {
          conflicts++;
          await device.resolveConflict('plan', 'theirs').catch(() => undefined);
        } else {
          assert.ok(isReason(error, 'unavailable'), String(error));
          await (restarted ?? up);
          await device.resolveConflict('plan', 'theirs').catch(() => undefined);
          await sleep(50);
        }
      }
    }
  });

  const written = await Promise.all(results);
  trace('participants done');
  await Promise.all(devices);
  trace('devices done');
  assert.ok(killed, 'the server was killed in the middle of the load');
  await restarted;
  // Each client drains its queue, all at once, as the participants' pages would.
  const done = await Promise.all(
    written.map(async ({ p, tracked, attempted, acknowledged }) => {
      const held = await drain(tracked);
      // A write carried out but never acknowledged (just before the kill, or timed out) makes the next write of
      // its key a 412: the adapter sets it aside (no overwrite). The server then holds one of this participant's
      // own earlier texts, and 'mine' settles it.
      let ownConflicts = 0;
      for (const [key, texts] of attempted) {
        const check = await fetch(docUrl(p.id, key), { headers: { Authorization: `Bearer ${p.token}` } });
        const body = check.status === 200 ? await check.text() : null;
        if (body !== texts.at(-1)) {
          assert.ok(body !== null && texts.includes(body), `${p.n} ${key}: ${body} is one of its own writes`);
          assert.notEqual(acknowledged.get(key), texts.at(-1), 'an acknowledged write is never missing');
          await tracked.resolveConflict(key, 'mine');
          ownConflicts++;
        }
      }
      return { p, attempted, acknowledged, held, ownConflicts };
    }),
  );
  trace('drained');

  // Every acknowledged write is there (and every queued one, once drained); queues are empty.
  const check = await fetch(`${base}`, { headers: { Authorization: `Bearer ${workshop.facilitator}` } });
  const overview = (await check.json()) as { participants: { id: string; documents: { key: string }[] }[] };
  assert.equal(overview.participants.length, PARTICIPANTS);
  await Promise.all(
    done.map(async ({ p, attempted }) => {
      for (const [key, texts] of attempted) {
        const response = await fetch(docUrl(p.id, key), { headers: { Authorization: `Bearer ${p.token}` } });
        assert.equal(await response.text(), texts.at(-1), `${p.n} ${key}`);
      }
    }),
  );
  const acknowledged = done.reduce((n, r) => n + r.acknowledged.size, 0);
  const held = done.reduce((n, r) => n + r.held, 0);
  assert.ok(held > 0, 'some writes were queued while the server was down, and drained');
  const plan = JSON.parse(
    await (await fetch(docUrl('shared', 'plan'), { headers: bearer(workshop.facilitator)() })).text(),
  ) as string[];
  assert.equal(new Set(plan).size, plan.length, 'no entry twice');
  for (const entry of appended) assert.ok(plan.includes(entry), `acknowledged append "${entry}" kept`);
  assert.ok(conflicts > 0, 'simultaneous writers met 412');

  trace('checked');
  // The live listeners end on the final versions.
  const finalGrid = (p: { id: string }) =>
    done
      .find((r) => r.p.id === p.id)!
      .attempted.get('grid')!
      .at(-1) ?? null;
  const settled = Date.now() + 20_000;
  while (
    people.some((p) => facilitatorSees.get(p.id) !== finalGrid(p)) ||
    sharedSeen.some((s) => s.seen.value !== JSON.stringify(plan)) ||
    secondDevices.some((s) => s.seen.value !== finalGrid(s.p))
  ) {
    if (Date.now() > settled)
      trace(
        `unsettled: facilitator ${people.filter((p) => facilitatorSees.get(p.id) !== finalGrid(p)).length}, shared ${sharedSeen.filter((s) => s.seen.value !== JSON.stringify(plan)).length}, second devices ${secondDevices.filter((s) => s.seen.value !== finalGrid(s.p)).length}`,
      );
    assert.ok(Date.now() < settled, 'the live listeners and polls reach the final versions');
    await sleep(100);
  }
  for (const stop of [...unsubscribe, ...sharedSeen.map((s) => s.stop), ...secondDevices.map((s) => s.stop)]) stop();
  closeEventSources();
  server.child.kill('SIGTERM');
  await server.exited;
  return {
    seconds: (Date.now() - started) / 1000,
    acknowledged,
    held,
    ownConflicts: done.reduce((n, r) => n + r.ownConflicts, 0),
    polls304,
    conflicts,
  };
}

describe('coop-widgets-server under load, with kill -9 in the middle', () => {
  after(() => closeEventSources());

  it('PGlite: every acknowledged write kept, queues drained, 412 for simultaneous writers', async (t) => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), 'coop-load-'));
    try {
      const figures = await scenario({ dataDir }, {}, ['--data', dataDir]);
      t.diagnostic(JSON.stringify(figures));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL: the same', async (t) => {
    if (!(await postgresAvailable())) return t.skip(`no PostgreSQL at ${POSTGRES_URL}`);
    const schema = `coop_load_${randomBytes(6).toString('hex')}`;
    try {
      const figures = await scenario(
        { url: POSTGRES_URL, schema },
        { DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: schema },
        [],
      );
      t.diagnostic(JSON.stringify(figures));
    } finally {
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  });
});
