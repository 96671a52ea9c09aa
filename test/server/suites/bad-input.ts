/**
 * Bad input: bodies too large, not JSON, not UTF-8; keys that are not keys (traversal, separators, control
 * characters, too long); a join with the wrong fields. Each is a 4xx that says why (with the JSON path when the
 * fault is in the body), and nothing is stored.
 */
import assert from 'node:assert/strict';
import { request as rawRequest } from 'node:http';
import { before, describe, it } from 'node:test';
import { documentCount, join, newWorkshop, request, type Joined, type TestServer, type Workshop } from '../helpers.js';

/** A request with a raw path, which fetch would normalise (`/../`). */
function rawPath(server: TestServer, path: string, token: string, method = 'GET', body?: string) {
  return new Promise<number>((resolve, reject) => {
    const req = rawRequest(
      // As an options object with `path`: a URL string would be normalised (`/../` resolved) before it is sent.
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function badInputSuite(server: () => TestServer, maxBodyBytes: number): void {
  describe('bad input', () => {
    let workshop: Workshop;
    let alice: Joined;
    let base: string;
    before(async () => {
      workshop = await newWorkshop(server());
      alice = await join(server(), workshop);
      base = `${server().url}/api/workshops/${workshop.id}/participants/${alice.id}/documents/`;
    });

    async function nothingStored(work: () => Promise<void>) {
      const count = await documentCount(server());
      await work();
      assert.equal(await documentCount(server()), count);
    }

    it('refuses a body over the limit with 413, declared or streamed', async () => {
      await nothingStored(async () => {
        const big = JSON.stringify('x'.repeat(maxBodyBytes));
        const response = await request(`${base}big`, alice.token, {
          method: 'PUT',
          body: big,
          headers: { 'Content-Type': 'application/json' },
        });
        assert.equal(response.status, 413);
        assert.match(((await response.json()) as { error: string }).error, /limit/);
        const streamed = await new Promise<number>((resolve, reject) => {
          const req = rawRequest(
            `${base}big-streamed`,
            {
              method: 'PUT',
              headers: { Authorization: `Bearer ${alice.token}`, 'Content-Type': 'application/json' },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', reject);
          // Chunked, no Content-Length: the limit is counted as it comes.
          req.write('"');
          req.write('y'.repeat(maxBodyBytes));
          req.end('"');
        });
        assert.equal(streamed, 413);
      });
      const fits = JSON.stringify('x'.repeat(maxBodyBytes - 10));
      const ok = await request(`${base}fits`, alice.token, {
        method: 'PUT',
        body: fits,
        headers: { 'Content-Type': 'application/json' },
      });
      assert.equal(ok.status, 201, 'a body just under the limit is stored');
    });

    it('refuses a document that is not JSON (400) or not sent as JSON (415)', async () => {
      await nothingStored(async () => {
        for (const [body, type, status] of [
          ['{"a":', 'application/json', 400],
          ['<html>', 'application/json', 400],
          ['', 'application/json', 400],
          ['{"a":1}', 'text/plain', 415],
          ['{"a":1}', '', 415],
        ] as const) {
          const response = await request(`${base}not-json`, alice.token, {
            method: 'PUT',
            body,
            headers: type ? { 'Content-Type': type } : {},
          });
          assert.equal(response.status, status, `${type} ${body}`);
        }
        const latin1 = await fetch(`${base}not-utf8`, {
          method: 'PUT',
          body: new Uint8Array([0x22, 0xe9, 0x22]),
          headers: { Authorization: `Bearer ${alice.token}`, 'Content-Type': 'application/json' },
        });
        assert.equal(latin1.status, 400);
      });
    });

    it('refuses keys that are not keys: traversal, separators, control characters, too long', async () => {
      await nothingStored(async () => {
        for (const key of [
          '..%2F..%2Fetc%2Fpasswd',
          'a..b',
          'a%2Fb',
          'a%5Cb',
          'a%00b',
          'a%0Ab',
          'a%20b',
          '%E9t%E9',
          '%',
          'x'.repeat(513),
        ]) {
          const response = await request(`${base}${key}`, alice.token, {
            method: 'PUT',
            body: '1',
            headers: { 'Content-Type': 'application/json' },
          });
          assert.equal(response.status, 400, key);
        }
        const wp = `/api/workshops/${workshop.id}/participants/${alice.id}`;
        for (const path of [
          `${wp}/documents/../documents/k`,
          `${wp}/documents/a/b`,
          `${wp}/../${alice.id}/documents/k`,
        ])
          assert.ok([400, 404].includes(await rawPath(server(), path, alice.token, 'PUT', '1')), path);
      });
      const fine = await request(
        `${base}${encodeURIComponent('coop-widgets:project:a%3Ab:atp:x.y_z~1')}`,
        alice.token,
        {
          method: 'PUT',
          body: '1',
          headers: { 'Content-Type': 'application/json' },
        },
      );
      assert.equal(fine.status, 201, 'the widgets’ own keys are accepted');
    });

    it('refuses a join that is not JSON or lacks a name or group, with the JSON path, and adds nobody', async () => {
      const url = `${server().url}/api/workshops/${workshop.id}/participants`;
      const before = (await server().store.overview(workshop.id)).participants.length;
      for (const [body, type, status, path] of [
        ['name=Eve', 'application/x-www-form-urlencoded', 415, undefined],
        ['{"name":', 'application/json', 400, '$'],
        ['[]', 'application/json', 400, '$'],
        ['{"group":"X"}', 'application/json', 400, '$.name'],
        ['{"name":"Eve","group":42}', 'application/json', 400, '$.group'],
        ['{"name":"   ","group":"X"}', 'application/json', 400, '$.name'],
        [`{"name":"${'E'.repeat(81)}","group":"X"}`, 'application/json', 400, '$.name'],
        ['{"name":"E\\u0007ve","group":"X"}', 'application/json', 400, '$.name'],
      ] as const) {
        const response = await request(url, workshop.invitation, {
          method: 'POST',
          body,
          headers: { 'Content-Type': type },
        });
        assert.equal(response.status, status, body);
        const answer = (await response.json()) as { error: string; path?: string };
        assert.ok(answer.error);
        assert.equal(answer.path, path, body);
      }
      assert.equal((await server().store.overview(workshop.id)).participants.length, before);
    });

    it('answers 404 on unknown routes and 405 on a method a route does not take', async () => {
      assert.equal((await request(`${server().url}/api/nothing`, alice.token)).status, 404);
      assert.equal((await request(`${server().url}/api/workshops/not-an-id/me`, alice.token)).status, 404);
      const post = await request(`${base}k`, alice.token, { method: 'POST', body: '1' });
      assert.equal(post.status, 405);
      assert.equal(post.headers.get('Allow'), 'GET, PUT, DELETE');
    });
  });
}
