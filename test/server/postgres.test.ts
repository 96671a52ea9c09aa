/**
 * The server's suites on PostgreSQL (COOP_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test),
 * each run in a schema of its own, dropped afterwards; and live changes crossing two server instances through
 * LISTEN/NOTIFY. Skipped, saying so, when no PostgreSQL answers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../server/server.js';
import {
  adapter,
  closeEventSources,
  join,
  newWorkshop,
  nextChange,
  POSTGRES_URL,
  postgresAvailable,
  startTestServer,
  type TestServer,
} from './helpers.js';
import { badInputSuite } from './suites/bad-input.js';
import { contractSuite } from './suites/contract.js';
import { deleteSuite } from './suites/delete.js';
import { rightsSuite } from './suites/rights.js';

const MAX_BODY = 64 * 1024;
const available = await postgresAvailable();

describe('coop-widgets-server on PostgreSQL', { skip: available ? false : `no PostgreSQL at ${POSTGRES_URL}` }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('postgres', { maxBodyBytes: MAX_BODY });
  });
  after(async () => {
    closeEventSources();
    await server.stop();
  });
  contractSuite(() => server);
  rightsSuite(() => server);
  badInputSuite(() => server, MAX_BODY);
  deleteSuite(() => server);

  it("carries a write made through one instance to another instance's live listeners (LISTEN/NOTIFY)", async () => {
    const [schema] = await server.db.query<{ s: string }>('select current_schema() as s');
    const second = await startServer({ url: POSTGRES_URL, schema: schema!.s });
    try {
      const workshop = await newWorkshop(server);
      const alice = await join(server, workshop);
      const listener = adapter(second, workshop.id, alice.id, workshop.facilitator, { liveChannel: true });
      assert.equal(await listener.load('k-cross'), null);
      const change = nextChange(listener, 'k-cross');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await adapter(server, workshop.id, alice.id, alice.token).save('k-cross', '"through the first"');
      assert.equal(await change.value, '"through the first"');
    } finally {
      closeEventSources();
      await second.close();
    }
  });

  it('applies each migration once, however many instances start', async () => {
    const [schema] = await server.db.query<{ s: string }>('select current_schema() as s');
    const more = await Promise.all([1, 2].map(() => startServer({ url: POSTGRES_URL, schema: schema!.s })));
    await Promise.all(more.map((s) => s.close()));
    const rows = await server.db.query<{ version: number }>('select version from coop_schema_migrations');
    assert.deepEqual(
      rows.map((r) => r.version),
      [1],
    );
  });
});
