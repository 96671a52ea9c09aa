/**
 * The command line as a portal's team runs it: `--help`, `new-workshop` printing its links as JSON, the server on
 * an embedded data folder with one log line per request and never a token, `/health`, a clean SIGTERM, and
 * `kill -9` in the middle of writes: after a restart, every acknowledged write is there.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createHttpStorage } from '../../src/core/storage/http.js';

const CLI = ['--import', 'tsx', 'server/cli.ts'];

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], { env: { ...process.env, DATABASE_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  readonly log: () => string;
  readonly exited: Promise<number | null>;
}

function serve(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, [...CLI, '--data', dataDir, '--port', '0'], {
    env: { ...process.env, DATABASE_URL: '' },
  });
  let log = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      const url = /listening on (http:\/\/\S+)/.exec(log)?.[1];
      if (url) resolve({ child, url, log: () => log, exited });
    });
    void exited.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${log}`)));
  });
}

describe('coop-widgets-server, the command line', () => {
  let dataDir: string;
  let links: {
    workshop: { id: string; name: string };
    facilitator: { token: string; link: string };
    invitation: { token: string; link: string };
  };
  const tokens: string[] = [];
  before(async () => {
    dataDir = mkdtempSync(joinPath(tmpdir(), 'coop-server-test-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('--help lists every command and option', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    for (const word of [
      'new-workshop',
      'list-workshops',
      'revoke',
      'delete-workshop',
      '--trust-proxy',
      '--port',
      '--data',
      '--host',
      '--public-url',
      '--allow-origin',
      'DATABASE_URL',
    ])
      assert.ok(stdout.includes(word), word);
    const wrong = await run(['no-such-command']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /unknown command/);
  });

  it('new-workshop prints the facilitator link and the invitation link as JSON', async () => {
    const { code, stdout, stderr } = await run(['new-workshop', 'Atelier « pôle »', '--data', dataDir]);
    assert.equal(code, 0, stderr);
    links = JSON.parse(stdout) as typeof links;
    assert.equal(links.workshop.name, 'Atelier « pôle »');
    assert.notEqual(links.facilitator.token, links.invitation.token);
    for (const { token, link } of [links.facilitator, links.invitation]) {
      tokens.push(token);
      const fragment = new URLSearchParams(new URL(link).hash.slice(1));
      assert.equal(fragment.get('coop-token'), token, 'the token travels in the fragment');
      assert.equal(fragment.get('coop-workshop'), links.workshop.id);
    }
  });

  it('serves, logs one line per request and never a token, and stops cleanly on SIGTERM', async () => {
    const server = await serve(dataDir);
    const health = await fetch(`${server.url}/health`);
    assert.deepEqual(await health.json(), { status: 'ok', database: 'pglite' });
    const joined = await fetch(`${server.url}/api/workshops/${links.workshop.id}/participants`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${links.invitation.token}`, 'Content-Type': 'application/json' },
      body: '{"name":"Alice","group":"Soignants"}',
    });
    const alice = (await joined.json()) as { participant: { id: string }; token: string };
    tokens.push(alice.token);
    const events = await fetch(`${server.url}/api/workshops/${links.workshop.id}/events?access_token=${alice.token}`);
    assert.equal(events.status, 200);
    await events.body?.cancel();
    const storage = createHttpStorage({
      url: (key) =>
        `${server.url}/api/workshops/${links.workshop.id}/participants/${alice.participant.id}/documents/${key}`,
      headers: () => ({ Authorization: `Bearer ${alice.token}` }),
      retries: 0,
    });
    // Writes under way when SIGTERM comes: each one acknowledged must be there after the restart.
    const acknowledged = new Map<string, string>();
    const writes = Array.from({ length: 20 }, (_, i) =>
      storage.save(`term-${i}`, `{"n":${i}}`).then(
        () => void acknowledged.set(`term-${i}`, `{"n":${i}}`),
        () => undefined,
      ),
    );
    server.child.kill('SIGTERM');
    await Promise.all(writes);
    assert.equal(await server.exited, 0, server.log());
    const lines = server.log().split('\n');
    assert.ok(lines.some((l) => / GET \/health 200 /.test(l)));
    assert.ok(lines.some((l) => / POST \/api\/workshops\/\S+\/participants 201 /.test(l)));
    assert.ok(
      lines.some((l) => / GET \/api\/workshops\/\S+\/events 200 /.test(l)),
      'the stream, without its query',
    );
    for (const token of tokens) assert.ok(!server.log().includes(token), 'a token in the log');
    assert.match(server.log(), /SIGTERM/);

    const again = await serve(dataDir);
    try {
      const reader = createHttpStorage({
        url: (key) =>
          `${again.url}/api/workshops/${links.workshop.id}/participants/${alice.participant.id}/documents/${key}`,
        headers: () => ({ Authorization: `Bearer ${alice.token}` }),
      });
      for (const [key, text] of acknowledged) assert.equal(await reader.load(key), text, key);

      // kill -9 in the middle of a stream of writes.
      const kept = new Map<string, string>();
      const writer = createHttpStorage({
        url: (key) =>
          `${again.url}/api/workshops/${links.workshop.id}/participants/${alice.participant.id}/documents/${key}`,
        headers: () => ({ Authorization: `Bearer ${alice.token}` }),
        retries: 0,
      });
      let killed = false;
      const lanes = Array.from({ length: 4 }, async (_, lane) => {
        for (let i = 0; !killed; i++) {
          const key = `kill-${lane}-${i}`;
          try {
            await writer.save(key, `{"lane":${lane},"i":${i}}`);
            kept.set(key, `{"lane":${lane},"i":${i}}`);
          } catch {
            return;
          }
          if (kept.size === 40) {
            killed = true;
            again.child.kill('SIGKILL');
          }
        }
      });
      await Promise.all(lanes);
      await again.exited;
      assert.ok(kept.size >= 40);
      const third = await serve(dataDir);
      try {
        const check = createHttpStorage({
          url: (key) =>
            `${third.url}/api/workshops/${links.workshop.id}/participants/${alice.participant.id}/documents/${key}`,
          headers: () => ({ Authorization: `Bearer ${alice.token}` }),
        });
        for (const [key, text] of kept) assert.equal(await check.load(key), text, key);
      } finally {
        third.child.kill('SIGTERM');
        await third.exited;
      }
    } finally {
      again.child.kill('SIGKILL');
    }
  });

  it('list-workshops, revoke and delete-workshop act on the data folder, refused while a server holds it', async () => {
    const server = await serve(dataDir);
    const busy = await run(['list-workshops', '--data', dataDir]);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    assert.equal(busy.code, 1);
    assert.match(busy.stderr, /in use by process \d+/, 'one process at a time on a PGlite folder');

    const listed = await run(['list-workshops', '--data', dataDir]);
    assert.equal(listed.code, 0, listed.stderr);
    const workshops = JSON.parse(listed.stdout) as {
      id: string;
      name: string;
      participants: number;
      documents: number;
    }[];
    assert.equal(workshops.length, 1);
    assert.equal(workshops[0]!.id, links.workshop.id);
    assert.equal(workshops[0]!.participants, 1);
    assert.ok(workshops[0]!.documents >= 40, 'the writes of the test above');

    const { openDatabase } = await import('../../server/db.js');
    const peek = async (sql: string) => {
      const db = await openDatabase({ dataDir });
      try {
        return await db.query(sql);
      } finally {
        await db.close();
      }
    };
    const [alice] = (await peek("select participant_id as id from coop_tokens where role = 'participant'")) as {
      id: string;
    }[];
    assert.equal((await run(['revoke', links.workshop.id, 'p-AAAAAAAAAAAAAAAAAAAAAA', '--data', dataDir])).code, 1);
    assert.equal((await run(['revoke', links.workshop.id, 'not-an-id', '--data', dataDir])).code, 2);
    const revoked = await run(['revoke', links.workshop.id, alice!.id, '--data', dataDir]);
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.deepEqual(JSON.parse(revoked.stdout), {
      workshop: links.workshop.id,
      participant: alice!.id,
      revoked: true,
    });
    assert.deepEqual(await peek("select 1 from coop_tokens where role = 'participant' and revoked_at is null"), []);

    const deleted = await run(['delete-workshop', links.workshop.id, '--data', dataDir]);
    assert.equal(deleted.code, 0, deleted.stderr);
    const summary = JSON.parse(deleted.stdout) as { deleted: boolean; participants: number; documents: number };
    assert.deepEqual(summary, {
      workshop: links.workshop.id,
      deleted: true,
      participants: 1,
      documents: workshops[0]!.documents,
    });
    assert.deepEqual(JSON.parse((await run(['list-workshops', '--data', dataDir])).stdout), []);
    assert.deepEqual(await peek('select 1 from coop_documents union all select 1 from coop_tokens'), []);
    assert.equal((await run(['delete-workshop', links.workshop.id, '--data', dataDir])).code, 1);
  });
});
