/**
 * Rights, on every route: a participant reaches their own documents and reads the shared ones; the facilitator
 * reaches everything in their workshop; nobody reaches another workshop; a missing, forged or revoked token is
 * refused. Each refusal leaves the documents as they were.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { startServer } from '../../../server/server.js';
import {
  docUrl,
  documentCount,
  join,
  JSON_HEADERS,
  newWorkshop,
  putDocument,
  request,
  twoWorkshops,
  type Joined,
  type TestServer,
  type Workshop,
} from '../helpers.js';

export function rightsSuite(server: () => TestServer): void {
  describe('rights, on every route', () => {
    let one: Workshop;
    let other: Workshop;
    let alice: Joined;
    let bob: Joined;
    let zoe: Joined;
    before(async () => {
      ({ one, other, alice, bob, zoe } = await twoWorkshops(server(), ['Atelier 1', 'Atelier 2']));
      for (const [w, scope, token] of [
        [one, alice.id, alice.token],
        [one, bob.id, bob.token],
        [one, 'shared', one.facilitator],
        [other, zoe.id, zoe.token],
        [other, 'shared', other.facilitator],
      ] as const) {
        assert.equal((await putDocument(server(), w, scope, 'doc', token, `"${scope}"`)).status, 201);
      }
    });

    /** Every route of a workshop, with a method and what it would send. */
    function routes(w: Workshop, participant: string) {
      const base = `${server().url}/api/workshops/${w.id}`;
      const put = { method: 'PUT', body: '"changed"', headers: JSON_HEADERS };
      return [
        { name: 'me', url: `${base}/me`, init: {} },
        { name: 'overview', url: `${base}`, init: {} },
        {
          name: 'join',
          url: `${base}/participants`,
          init: { method: 'POST', body: '{"name":"Eve","group":"X"}', headers: JSON_HEADERS },
        },
        { name: 'remove', url: `${base}/participants/${participant}`, init: { method: 'DELETE' } },
        { name: 'delete workshop', url: `${base}`, init: { method: 'DELETE' } },
        { name: 'revoke', url: `${base}/participants/${participant}/revoke`, init: { method: 'POST' } },
        { name: 'invitation', url: `${base}/invitation`, init: { method: 'POST' } },
        { name: 'events', url: `${base}/events`, init: {} },
        { name: 'doc GET', url: docUrl(server(), w.id, participant, 'doc'), init: {} },
        { name: 'doc PUT', url: docUrl(server(), w.id, participant, 'doc'), init: put },
        { name: 'doc DELETE', url: docUrl(server(), w.id, participant, 'doc'), init: { method: 'DELETE' } },
        { name: 'shared GET', url: docUrl(server(), w.id, 'shared', 'doc'), init: {} },
        { name: 'shared PUT', url: docUrl(server(), w.id, 'shared', 'doc'), init: put },
        { name: 'shared DELETE', url: docUrl(server(), w.id, 'shared', 'doc'), init: { method: 'DELETE' } },
      ];
    }

    async function unchanged(): Promise<void> {
      for (const [w, scope] of [
        [one, alice.id],
        [one, bob.id],
        [one, 'shared'],
        [other, zoe.id],
        [other, 'shared'],
      ] as const) {
        const read = await server().store.read(w.id, scope as 'shared', 'doc');
        assert.equal(read?.body, `"${scope}"`, `${w.id} ${scope}`);
      }
      const names = (await server().store.overview(one.id)).participants.map((p) => p.name);
      assert.deepEqual(names.slice(0, 2), ['Alice', 'Bob']);
      assert.ok(!names.includes('Eve'), 'nobody joined through a refused request');
    }

    async function expectAll(
      token: string | undefined,
      list: ReturnType<typeof routes>,
      status: number | ((name: string) => number),
      extra: Record<string, string> = {},
    ) {
      const before = await documentCount(server());
      for (const route of list) {
        const init = route.init as { method?: string; body?: string; headers?: Record<string, string> };
        const response = await request(route.url, token, { ...init, headers: { ...init.headers, ...extra } });
        const expected = typeof status === 'number' ? status : status(route.name);
        const text = await response.text();
        assert.equal(response.status, expected, `${route.name}: ${text}`);
        if (response.status === 401) assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer');
        if (response.status >= 400) assert.ok((JSON.parse(text) as { error?: string }).error, 'a 4xx says why');
      }
      assert.equal(await documentCount(server()), before);
      await unchanged();
    }

    it("refuses a participant on another participant's documents and on the facilitator's routes (403)", async () => {
      const forbidden = routes(one, bob.id).filter(
        (r) => r.name !== 'me' && r.name !== 'events' && r.name !== 'shared GET',
      );
      await expectAll(alice.token, forbidden, 403);
      const shared = await request(docUrl(server(), one.id, 'shared', 'doc'), alice.token);
      assert.equal(shared.status, 200, 'a participant reads what the facilitator shares');
      assert.equal((await request(docUrl(server(), one.id, alice.id, 'doc'), alice.token)).status, 200);
    });

    it('refuses every token on every route of another workshop (403)', async () => {
      for (const token of [alice.token, one.facilitator, one.invitation])
        await expectAll(token, routes(other, zoe.id), 403);
      for (const token of [zoe.token, other.facilitator]) await expectAll(token, routes(one, alice.id), 403);
    });

    it('refuses a missing, malformed or forged token everywhere (401), even on a route of the right workshop', async () => {
      await expectAll(undefined, routes(one, alice.id), 401);
      await expectAll('not-a-token', routes(one, alice.id), 401);
      const forged = alice.token.slice(0, -4) + (alice.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      await expectAll(forged, routes(one, alice.id), 401);
      await expectAll(undefined, routes(one, alice.id), 401, { Authorization: `Basic ${alice.token}` });
    });

    it('lets an invitation do nothing but join (403 elsewhere)', async () => {
      await expectAll(
        one.invitation,
        routes(one, alice.id).filter((r) => r.name !== 'join' && r.name !== 'me'),
        403,
      );
    });

    it('gives the facilitator every document of their workshop', async () => {
      for (const scope of [alice.id, bob.id, 'shared']) {
        const response = await request(docUrl(server(), one.id, scope, 'doc'), one.facilitator);
        assert.equal(response.status, 200);
        assert.equal(await response.text(), `"${scope}"`);
      }
      const overview = (await (await request(`${server().url}/api/workshops/${one.id}`, one.facilitator)).json()) as {
        participants: { name: string; group: string; documents: { key: string }[] }[];
      };
      assert.deepEqual(
        overview.participants.map((p) => [p.name, p.group, p.documents.map((d) => d.key)]),
        [
          ['Alice', 'Médecins', ['doc']],
          ['Bob', 'Direction', ['doc']],
        ],
      );
    });

    it('refuses a revoked participant token on every route (401), and ends their live stream', async () => {
      const carol = await join(server(), one, 'Carol', 'Cadres');
      await request(docUrl(server(), one.id, carol.id, 'doc'), carol.token, {
        method: 'PUT',
        body: '"carol"',
        headers: JSON_HEADERS,
      });
      const stream = await request(`${server().url}/api/workshops/${one.id}/events`, carol.token);
      assert.equal(stream.status, 200);
      const ended = (async () => {
        for await (const _ of stream.body as unknown as AsyncIterable<Uint8Array>) void _;
      })();
      const revoke = await request(
        `${server().url}/api/workshops/${one.id}/participants/${carol.id}/revoke`,
        one.facilitator,
        {
          method: 'POST',
        },
      );
      assert.equal(revoke.status, 204);
      await ended;
      const overview = await request(`${server().url}/api/workshops/${one.id}`, one.facilitator);
      const rows = ((await overview.json()) as { participants: { id: string; revoked: boolean }[] }).participants;
      assert.equal(rows.find((p) => p.id === carol.id)?.revoked, true, 'the overview says who was revoked');
      assert.ok(rows.filter((p) => p.id !== carol.id).every((p) => p.revoked === false));
      await expectAll(carol.token, routes(one, carol.id), 401);
      assert.equal((await server().store.read(one.id, carol.id as 'shared', 'doc'))?.body, '"carol"');
    });

    it('renews the invitation: the old one is refused (401), the new one joins', async () => {
      const w = await newWorkshop(server(), 'Atelier 3');
      const renewed = await request(`${server().url}/api/workshops/${w.id}/invitation`, w.facilitator, {
        method: 'POST',
      });
      assert.equal(renewed.status, 201);
      const { token } = (await renewed.json()) as { token: string };
      await assert.rejects(join(server(), w), /401/);
      assert.ok((await join(server(), { ...w, invitation: token })).token);
    });

    it('stores tokens only as their SHA-256, and gives each at least 128 random bits', async () => {
      const { createHash } = await import('node:crypto');
      const rows = await server().db.query<{ hash: string }>('select hash from coop_tokens');
      const hashes = new Set(rows.map((r) => r.hash));
      for (const token of [alice.token, bob.token, one.facilitator, one.invitation]) {
        assert.match(token, /^[A-Za-z0-9_-]{43,}$/, '32 random bytes in base64url');
        assert.ok(!hashes.has(token));
        assert.ok(hashes.has(createHash('sha256').update(token).digest('hex')));
      }
    });

    it('caps the live streams one token holds (429), not those of another token', async () => {
      const dan = await join(server(), one, 'Dan', 'Usagers');
      const events = `${server().url}/api/workshops/${one.id}/events`;
      const open = [];
      for (let i = 0; i < 10; i++) {
        const stream = await request(events, dan.token);
        assert.equal(stream.status, 200);
        open.push(stream);
      }
      const over = await request(events, dan.token);
      assert.equal(over.status, 429);
      const other = await request(events, alice.token);
      assert.equal(other.status, 200);
      for (const stream of [...open, other]) await stream.body?.cancel();
    });

    it('limits the rate per token (429 with Retry-After), the other tokens unaffected', async () => {
      const limited = await startServer({ database: server().db, rateLimit: { perSecond: 1, burst: 3 } });
      try {
        const url = docUrl(limited, one.id, alice.id, 'doc');
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) statuses.push((await request(url, alice.token)).status);
        assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
        const last = await request(url, alice.token, { method: 'PUT', body: '"over"', headers: JSON_HEADERS });
        assert.equal(last.status, 429);
        assert.ok(Number(last.headers.get('Retry-After')) >= 1);
        assert.equal((await request(docUrl(limited, one.id, bob.id, 'doc'), bob.token)).status, 200);
        await unchanged();
      } finally {
        await limited.close();
      }
    });

    it('limits the requests without a valid token per address (429), never a valid token from that address', async () => {
      const limited = await startServer({ database: server().db, ipRateLimit: { perSecond: 1, burst: 3 } });
      try {
        const url = docUrl(limited, one.id, alice.id, 'doc');
        const statuses: number[] = [];
        for (const token of [undefined, 'not-a-token', alice.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))])
          statuses.push((await request(url, token)).status);
        const over = await request(url, undefined);
        statuses.push(over.status);
        assert.deepEqual(statuses, [401, 401, 401, 429]);
        assert.ok(Number(over.headers.get('Retry-After')) >= 1);
        assert.ok(((await over.json()) as { error: string }).error);
        assert.equal((await request(url, alice.token)).status, 200, 'a valid token is not charged to its address');
        const preflight = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'https://portail.example.org' } });
        assert.equal(preflight.status, 204);
        assert.equal((await fetch(`${limited.url}/health`)).status, 200);
        // Without --trust-proxy, X-Forwarded-For is anyone's to write: it changes nothing.
        const forged = await request(url, undefined, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
        assert.equal(forged.status, 429);
        await unchanged();
      } finally {
        await limited.close();
      }
      const proxied = await startServer({
        database: server().db,
        ipRateLimit: { perSecond: 1, burst: 1 },
        trustProxy: true,
      });
      try {
        const url = `${proxied.url}/api/workshops/${one.id}/me`;
        const from = (address: string) =>
          request(url, undefined, { headers: { 'X-Forwarded-For': `198.51.100.7, ${address}` } });
        assert.equal((await from('203.0.113.1')).status, 401);
        assert.equal((await from('203.0.113.1')).status, 429);
        assert.equal((await from('203.0.113.2')).status, 401, 'another client behind the proxy has its own count');
        assert.equal((await from('2001:db8:1:2::5')).status, 401);
        assert.equal((await from('2001:db8:1:2:ffff::9')).status, 429, 'an IPv6 address counts by its /64');
      } finally {
        await proxied.close();
      }
    });
  });
}
