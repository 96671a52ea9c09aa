/**
 * Deleting, the facilitator's two destructive routes: removing a participant (their documents and tokens gone,
 * their streams closed, the facilitator's stream told) and deleting a workshop (everything of it gone, every
 * stream closed). Nothing of another participant or workshop changes; a write racing the delete leaves nothing
 * behind.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  docUrl,
  join,
  putDocument,
  request,
  twoWorkshops,
  type Joined,
  type TestServer,
  type Workshop,
} from '../helpers.js';

/** An open live stream: its text so far, and a promise of its whole text once the server ends it. */
async function stream(server: TestServer, workshop: Workshop, token: string) {
  const response = await request(`${server.url}/api/workshops/${workshop.id}/events`, token);
  assert.equal(response.status, 200);
  let text = '';
  const ended = (async () => {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      text += Buffer.from(chunk).toString();
    return text;
  })();
  return { text: () => text, ended, cancel: () => response.body?.cancel().catch(() => undefined) };
}

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('Timed out.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

export function deleteSuite(server: () => TestServer): void {
  describe('deleting a participant or a workshop', () => {
    let one: Workshop;
    let other: Workshop;
    let alice: Joined;
    let bob: Joined;
    let zoe: Joined;
    const put = (w: Workshop, scope: string, key: string, token: string, body?: string) =>
      putDocument(server(), w, scope, key, token, body);
    const docsOf = async (w: Workshop, scope?: string) =>
      (
        await server().db.query<{ n: unknown }>(
          `select count(*) as n from coop_documents where workshop_id = $1${scope ? ' and scope = $2' : ''}`,
          scope ? [w.id, scope] : [w.id],
        )
      ).map((r) => Number(r.n))[0];

    before(async () => {
      ({ one, other, alice, bob, zoe } = await twoWorkshops(server(), ['Atelier à vider', 'Atelier voisin']));
      for (const [w, scope, token] of [
        [one, alice.id, alice.token],
        [one, bob.id, bob.token],
        [one, 'shared', one.facilitator],
        [other, zoe.id, zoe.token],
      ] as const)
        for (const key of ['grid', 'answers']) assert.equal((await put(w, scope, key, token)).status, 201);
    });

    it('refuses both deletes to a participant and to an invitation (403), and to another workshop (403)', async () => {
      for (const token of [alice.token, one.invitation, other.facilitator]) {
        const r1 = await request(`${server().url}/api/workshops/${one.id}/participants/${bob.id}`, token, {
          method: 'DELETE',
        });
        assert.equal(r1.status, 403);
        const r2 = await request(`${server().url}/api/workshops/${one.id}`, token, { method: 'DELETE' });
        assert.equal(r2.status, 403);
      }
      assert.equal(await docsOf(one), 6);
    });

    it("removes a participant: 204, their documents and tokens gone, their stream closed, the facilitator's told", async () => {
      const facilitatorStream = await stream(server(), one, one.facilitator);
      const aliceStream = await stream(server(), one, alice.token);
      const bobStream = await stream(server(), one, bob.token);
      const removed = await request(
        `${server().url}/api/workshops/${one.id}/participants/${alice.id}`,
        one.facilitator,
        {
          method: 'DELETE',
        },
      );
      assert.equal(removed.status, 204);
      assert.equal(await removed.text(), '');
      await aliceStream.ended;
      await until(() => facilitatorStream.text().includes('participant-removed'));
      const told = facilitatorStream.text();
      assert.match(told, new RegExp(`event: participant-removed\\ndata: \\{"participant":"${alice.id}"\\}`));
      for (const key of ['grid', 'answers'])
        assert.ok(
          told.includes(
            `event: change\ndata: ${JSON.stringify({ path: new URL(docUrl(server(), one.id, alice.id, key)).pathname, etag: null })}`,
          ),
          `the facilitator hears that ${key} is gone`,
        );
      assert.ok(!bobStream.text().includes('participant-removed'), 'another participant hears nothing of it');

      assert.equal(await docsOf(one, alice.id), 0);
      assert.equal(await docsOf(one), 4, "Bob's and the shared documents stay");
      assert.equal((await request(`${server().url}/api/workshops/${one.id}/me`, alice.token)).status, 401);
      assert.equal((await put(one, alice.id, 'grid', alice.token)).status, 401);
      const tokens = await server().db.query('select 1 from coop_tokens where participant_id = $1', [alice.id]);
      assert.equal(tokens.length, 0);
      const overview = (await (await request(`${server().url}/api/workshops/${one.id}`, one.facilitator)).json()) as {
        participants: { id: string }[];
      };
      assert.deepEqual(
        overview.participants.map((p) => p.id),
        [bob.id],
      );
      // The facilitator's documents route for them: 404, and a write there stores nothing.
      assert.equal((await put(one, alice.id, 'grid', one.facilitator)).status, 404);
      assert.equal(await docsOf(one, alice.id), 0);
      const again = await request(`${server().url}/api/workshops/${one.id}/participants/${alice.id}`, one.facilitator, {
        method: 'DELETE',
      });
      assert.equal(again.status, 404);
      assert.ok((JSON.parse(await again.text()) as { error: string }).error);
      await facilitatorStream.cancel();
      await bobStream.cancel();
    });

    it('leaves no document behind when writes race the removal', async () => {
      const carol = await join(server(), one, 'Carol', 'Cadres');
      const writes = Array.from({ length: 24 }, (_, i) =>
        put(one, carol.id, `race-${i}`, i % 2 ? carol.token : one.facilitator).then((r) => r.status),
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
      const removed = await request(
        `${server().url}/api/workshops/${one.id}/participants/${carol.id}`,
        one.facilitator,
        {
          method: 'DELETE',
        },
      );
      assert.equal(removed.status, 204);
      const statuses = await Promise.all(writes);
      for (const status of statuses) assert.ok([201, 401, 404].includes(status), String(status));
      assert.equal(await docsOf(one, carol.id), 0);
    });

    it('deletes a workshop: 204, its documents, participants and tokens gone, every stream closed', async () => {
      const streams = [await stream(server(), one, one.facilitator), await stream(server(), one, bob.token)];
      const neighbour = await stream(server(), other, zoe.token);
      const deleted = await request(`${server().url}/api/workshops/${one.id}`, one.facilitator, { method: 'DELETE' });
      assert.equal(deleted.status, 204);
      for (const s of streams) assert.match(await s.ended, /event: workshop-deleted\ndata: \{"workshop":"w-/);
      assert.equal(await docsOf(one), 0);
      const left = await server().db.query(
        `select 1 from coop_tokens where workshop_id = $1
         union all select 1 from coop_participants where workshop_id = $1
         union all select 1 from coop_workshops where id = $1`,
        [one.id],
      );
      assert.equal(left.length, 0);
      for (const token of [one.facilitator, one.invitation, bob.token]) {
        assert.equal((await request(`${server().url}/api/workshops/${one.id}/me`, token)).status, 401);
        const r = await request(`${server().url}/api/workshops/${one.id}`, token, { method: 'DELETE' });
        assert.equal(r.status, 401, 'the tokens went with it');
      }
      assert.equal(await docsOf(other), 2, 'another workshop keeps everything');
      assert.equal((await request(docUrl(server(), other.id, zoe.id, 'grid'), zoe.token)).status, 200);
      assert.ok(!neighbour.text().includes('workshop-deleted'));
      await neighbour.cancel();
    });
  });
}
