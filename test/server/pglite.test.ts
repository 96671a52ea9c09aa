/** The server's suites on the embedded database (PGlite, in memory). */
import { after, before, describe } from 'node:test';
import { closeEventSources, startTestServer, type TestServer } from './helpers.js';
import { badInputSuite } from './suites/bad-input.js';
import { contractSuite } from './suites/contract.js';
import { deleteSuite } from './suites/delete.js';
import { rightsSuite } from './suites/rights.js';

const MAX_BODY = 64 * 1024;

describe('coop-widgets-server on PGlite', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('pglite', { maxBodyBytes: MAX_BODY });
  });
  after(async () => {
    closeEventSources();
    await server.stop();
  });
  contractSuite(() => server);
  rightsSuite(() => server);
  badInputSuite(() => server, MAX_BODY);
  deleteSuite(() => server);
});
