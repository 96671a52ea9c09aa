/** The server's suites on the embedded database (PGlite, in memory). */
import { after, before, describe } from 'node:test';
import { closeEventSources, startTestServer, type TestServer } from './helpers.js';
import { contractSuite } from './suites/contract.js';

describe('coop-widgets-server on PGlite', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('pglite', { maxBodyBytes: 64 * 1024 });
  });
  after(async () => {
    closeEventSources();
    await server.stop();
  });
  contractSuite(() => server);
});
