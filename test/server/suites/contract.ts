/**
 * The HTTP document contract, checked with the library's own HTTP adapter (createHttpStorage) against the real
 * server, plus the raw headers the adapter relies on (ETag, 304, no-store, CORS) and the live channel.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { StorageError } from '../../../src/core/storage/adapter.js';
import {
  adapter,
  docUrl,
  join,
  newWorkshop,
  nextChange,
  request,
  type Joined,
  type TestServer,
  type Workshop,
} from '../helpers.js';

export function contractSuite(server: () => TestServer): void {
  describe('the HTTP document contract, through createHttpStorage', () => {
    let workshop: Workshop;
    let alice: Joined;
    before(async () => {
      workshop = await newWorkshop(server());
      alice = await join(server(), workshop, 'Alice', 'Médecins');
    });

    it('stores a document byte for byte and gives it back to another device', async () => {
      const text = '{"items":[{"label":"Peur : «\u202fperdre\u202f» la main !"}],\n  "n": 1.50 }';
      const one = adapter(server(), workshop.id, alice.id, alice.token);
      const two = adapter(server(), workshop.id, alice.id, alice.token);
      assert.equal(await one.load('k-bytes'), null);
      await one.save('k-bytes', text);
      assert.equal(await two.load('k-bytes'), text);
    });

    it('sends the ETag, no-store and a 304 on an unchanged poll', async () => {
      const url = docUrl(server(), workshop.id, alice.id, 'k-etag');
      const put = await request(url, alice.token, {
        method: 'PUT',
        body: '{"a":1}',
        headers: { 'Content-Type': 'application/json', 'If-None-Match': '*' },
      });
      assert.equal(put.status, 201);
      const etag = put.headers.get('ETag');
      assert.match(etag ?? '', /^"\d+"$/);
      const get = await request(url, alice.token);
      assert.equal(get.status, 200);
      assert.equal(get.headers.get('ETag'), etag);
      assert.equal(get.headers.get('Cache-Control'), 'no-store');
      assert.equal(await get.text(), '{"a":1}');
      const poll = await request(url, alice.token, { headers: { 'If-None-Match': etag! } });
      assert.equal(poll.status, 304);
      assert.equal(await poll.text(), '');
      assert.equal(poll.headers.get('ETag'), etag);
      const weak = await request(url, alice.token, { headers: { 'If-None-Match': `W/${etag}` } });
      assert.equal(weak.status, 304, 'a weakened ETag is compared without its W/');
      const update = await request(url, alice.token, {
        method: 'PUT',
        body: '{"a":2}',
        headers: { 'Content-Type': 'application/json', 'If-Match': etag! },
      });
      assert.ok(update.status >= 200 && update.status < 300);
      assert.notEqual(update.headers.get('ETag'), etag, 'every write gives a new ETag');
      const changed = await request(url, alice.token, { headers: { 'If-None-Match': etag! } });
      assert.equal(changed.status, 200);
    });

    it('refuses stale writes with 412 and changes nothing (If-Match, If-None-Match: *)', async () => {
      const url = docUrl(server(), workshop.id, alice.id, 'k-412');
      const json = { 'Content-Type': 'application/json' };
      const first = await request(url, alice.token, { method: 'PUT', body: '"v1"', headers: json });
      const etag = first.headers.get('ETag')!;
      await request(url, alice.token, { method: 'PUT', body: '"v2"', headers: { ...json, 'If-Match': etag } });
      for (const [method, headers] of [
        ['PUT', { 'If-Match': etag }],
        ['PUT', { 'If-None-Match': '*' }],
        ['DELETE', { 'If-Match': etag }],
        ['DELETE', { 'If-None-Match': '*' }],
      ] as const) {
        const response = await request(url, alice.token, {
          method,
          body: method === 'PUT' ? '"stale"' : undefined,
          headers: { ...json, ...headers },
        });
        assert.equal(response.status, 412, `${method} ${JSON.stringify(headers)}`);
      }
      assert.equal(await (await request(url, alice.token)).text(), '"v2"');
      const missing = docUrl(server(), workshop.id, alice.id, 'k-412-missing');
      const blind = await request(missing, alice.token, {
        method: 'PUT',
        body: '"x"',
        headers: { ...json, 'If-Match': etag },
      });
      assert.equal(blind.status, 412, 'If-Match on a document that does not exist');
      assert.equal((await request(missing, alice.token)).status, 404);
    });

    it('answers a retry of a write already carried out as a success (200, current ETag), changing nothing', async () => {
      const url = docUrl(server(), workshop.id, alice.id, 'k-retry');
      const put = (body: string, headers: Record<string, string>) =>
        request(url, alice.token, { method: 'PUT', body, headers: { 'Content-Type': 'application/json', ...headers } });
      const created = await put('"v1"', { 'If-None-Match': '*' });
      assert.equal(created.status, 201);
      const e1 = created.headers.get('ETag')!;
      const again = await put('"v1"', { 'If-None-Match': '*' });
      assert.deepEqual([again.status, again.headers.get('ETag')], [200, e1], 'a create carried out twice');
      assert.equal((await put('"other"', { 'If-None-Match': '*' })).status, 412, 'another text still conflicts');
      const updated = await put('"v2"', { 'If-Match': e1 });
      const e2 = updated.headers.get('ETag')!;
      const retried = await put('"v2"', { 'If-Match': e1 });
      assert.deepEqual([retried.status, retried.headers.get('ETag')], [200, e2], 'an update carried out twice');
      assert.equal((await put('"v2" ', { 'If-Match': e1 })).status, 412, 'byte for byte: one more space conflicts');
      const get = await request(url, alice.token);
      assert.deepEqual([get.headers.get('ETag'), await get.text()], [e2, '"v2"'], 'no new version');
      assert.equal((await request(url, alice.token, { method: 'DELETE', headers: { 'If-Match': e2 } })).status, 204);
      const deleteAgain = await request(url, alice.token, { method: 'DELETE', headers: { 'If-Match': e2 } });
      assert.equal(deleteAgain.status, 404, 'a delete carried out twice: nothing there (done, for the adapter)');
      const same = await Promise.all(
        Array.from({ length: 6 }, () =>
          request(docUrl(server(), workshop.id, alice.id, 'k-retry-race'), alice.token, {
            method: 'PUT',
            body: '"same"',
            headers: { 'Content-Type': 'application/json', 'If-None-Match': '*' },
          }),
        ),
      );
      assert.deepEqual(same.map((r) => r.status).sort(), [200, 200, 200, 200, 200, 201]);
      assert.equal(new Set(same.map((r) => r.headers.get('ETag'))).size, 1, 'one version, the same ETag for all');
    });

    it('lets the adapter retry a write whose answer was lost: a success, not a conflict with itself', async () => {
      let lose = 1;
      const losing = adapter(server(), workshop.id, alice.id, alice.token, {
        retries: 1,
        fetch: async (url, init) => {
          const response = await fetch(url, init as RequestInit);
          if (init.method !== 'PUT' || lose-- <= 0) return response;
          await response.text(); // carried out; the answer is lost on the way back
          throw new TypeError('fetch failed');
        },
      });
      await losing.save('k-lost', '"first"');
      await losing.save('k-lost', '"second"');
      assert.equal(losing.pending(), 0);
      assert.equal(await adapter(server(), workshop.id, alice.id, alice.token).load('k-lost'), '"second"');
    });

    it('turns a write over a version this page has not seen into a conflict, never an overwrite', async () => {
      const one = adapter(server(), workshop.id, alice.id, alice.token);
      const two = adapter(server(), workshop.id, alice.id, alice.token);
      await one.save('k-conflict', '"base"');
      assert.equal(await one.load('k-conflict'), '"base"');
      assert.equal(await two.load('k-conflict'), '"base"');
      await one.save('k-conflict', '"one"');
      await assert.rejects(
        two.save('k-conflict', '"two"'),
        (e) => e instanceof StorageError && e.reason === 'conflict',
      );
      assert.equal(await adapter(server(), workshop.id, alice.id, alice.token).load('k-conflict'), '"one"');
      assert.equal(await two.resolveConflict('k-conflict', 'mine'), '"two"');
      assert.equal(await one.load('k-conflict'), '"two"');
    });

    it('lets exactly one of many simultaneous writes from the same version through; the rest get 412', async () => {
      const url = docUrl(server(), workshop.id, alice.id, 'k-race');
      const json = { 'Content-Type': 'application/json' };
      const etag = (await request(url, alice.token, { method: 'PUT', body: '0', headers: json })).headers.get('ETag')!;
      const statuses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          request(url, alice.token, {
            method: 'PUT',
            body: String(i + 1),
            headers: { ...json, 'If-Match': etag },
          }).then((r) => r.status),
        ),
      );
      assert.equal(statuses.filter((s) => s === 204).length, 1, statuses.join(' '));
      assert.equal(statuses.filter((s) => s === 412).length, 11, statuses.join(' '));
      const creates = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          request(docUrl(server(), workshop.id, alice.id, 'k-race-new'), alice.token, {
            method: 'PUT',
            body: String(i),
            headers: { ...json, 'If-None-Match': '*' },
          }).then((r) => r.status),
        ),
      );
      assert.equal(creates.filter((s) => s === 201).length, 1, creates.join(' '));
      assert.equal(creates.filter((s) => s === 412).length, 7, creates.join(' '));
    });

    it('deletes: 204, then 404 (which the adapter takes as done)', async () => {
      const one = adapter(server(), workshop.id, alice.id, alice.token);
      await one.save('k-delete', '{}');
      await one.remove('k-delete');
      assert.equal(await one.load('k-delete'), null);
      await one.remove('k-delete');
      const url = docUrl(server(), workshop.id, alice.id, 'k-delete');
      assert.equal((await request(url, alice.token, { method: 'DELETE' })).status, 404);
    });

    it('answers CORS preflights and exposes the ETag to another origin', async () => {
      const url = docUrl(server(), workshop.id, alice.id, 'k-cors');
      const preflight = await fetch(url, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://portal.example',
          'Access-Control-Request-Method': 'PUT',
          'Access-Control-Request-Headers': 'authorization, content-type, if-match',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), '*');
      for (const method of ['GET', 'PUT', 'DELETE'])
        assert.ok(preflight.headers.get('Access-Control-Allow-Methods')?.includes(method));
      for (const header of ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'])
        assert.ok(preflight.headers.get('Access-Control-Allow-Headers')?.includes(header), header);
      const put = await request(url, alice.token, {
        method: 'PUT',
        body: '1',
        headers: { 'Content-Type': 'application/json', Origin: 'https://portal.example' },
      });
      assert.match(put.headers.get('Access-Control-Expose-Headers') ?? '', /\bETag\b/);
      assert.equal(put.headers.get('Access-Control-Allow-Origin'), '*');
    });

    it("delivers another client's write through the live channel, with no polling at all", async () => {
      const facilitator = adapter(server(), workshop.id, alice.id, workshop.facilitator, { liveChannel: true });
      const participant = adapter(server(), workshop.id, alice.id, alice.token);
      await participant.save('k-live', '"before"');
      assert.equal(await facilitator.load('k-live'), '"before"');
      const change = nextChange(facilitator, 'k-live');
      // The stream opens, then the write: give the stream its first event (the open) before writing.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await participant.load('k-live'), '"before"');
      await participant.save('k-live', '"after"');
      assert.equal(await change.value, '"after"');
    });

    it('a participant hears of the shared documents the facilitator writes, not of their own writes', async () => {
      const facilitator = adapter(server(), workshop.id, 'shared', workshop.facilitator);
      const own = adapter(server(), workshop.id, 'shared', alice.token, { liveChannel: true });
      // As the widgets do: read the document before listening to it.
      assert.equal(await own.load('k-shared'), null);
      const heard: (string | null)[] = [];
      const stop = own.subscribe!('k-shared', (v) => heard.push(v));
      const change = nextChange(own, 'k-shared');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await facilitator.save('k-shared', '{"plan":1}');
      assert.equal(await change.value, '{"plan":1}');
      stop();
      assert.deepEqual(heard, ['{"plan":1}']);
      const mine = adapter(server(), workshop.id, alice.id, alice.token, { liveChannel: true });
      assert.equal(await mine.load('k-own'), null);
      const ownHeard: (string | null)[] = [];
      const stopOwn = mine.subscribe!('k-own', (v) => ownHeard.push(v));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await mine.save('k-own', '"mine"');
      // Then someone else's write, which must be the only one heard.
      const other = nextChange(mine, 'k-own');
      const facilitatorOnOwn = adapter(server(), workshop.id, alice.id, workshop.facilitator);
      await facilitatorOnOwn.load('k-own'); // as the widgets do: read before writing
      await facilitatorOnOwn.save('k-own', '"theirs"');
      assert.equal(await other.value, '"theirs"');
      stopOwn();
      assert.deepEqual(ownHeard, ['"theirs"']);
    });

    it('falls back to polling when the live channel is refused', async () => {
      const listener = adapter(server(), workshop.id, alice.id, alice.token, {
        pollMs: 100,
        live: { url: () => `${server().url}/api/workshops/${workshop.id}/events?access_token=forged` },
      });
      // No EventSource given and none global in Node 20: polling it is. And with one that the server refuses:
      const refused = adapter(server(), workshop.id, alice.id, alice.token, { pollMs: 100, liveChannel: true });
      const forged = adapter(server(), workshop.id, alice.id, alice.token, {
        pollMs: 100,
        live: {
          url: () => `${server().url}/api/workshops/${workshop.id}/events?access_token=forged`,
          EventSource: (await import('../event-source.js')).NodeEventSource,
        },
      });
      const writer = adapter(server(), workshop.id, alice.id, alice.token);
      await writer.save('k-fallback', '1');
      for (const a of [listener, refused, forged]) assert.equal(await a.load('k-fallback'), '1');
      const changes = [listener, refused, forged].map((a) => nextChange(a, 'k-fallback'));
      await writer.save('k-fallback', '2');
      assert.deepEqual(await Promise.all(changes.map((c) => c.value)), ['2', '2', '2']);
    });
  });
}
