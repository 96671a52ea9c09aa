/**
 * The server as a library: opens the database (migrations applied), wires the store, the live hub (fed by the
 * database's NOTIFY) and the handler into a node:http server, and stops cleanly: no new connection, the requests
 * under way finish (an acknowledged write is committed before its answer), the streams end, the database closes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import { openDatabase, type Database, type DatabaseOptions } from './db.js';
import { createLiveHub } from './live.js';
import { createStore, type Store } from './store.js';

export interface ServerOptions
  extends
    DatabaseOptions,
    Pick<AppOptions, 'maxBodyBytes' | 'rateLimit' | 'ipRateLimit' | 'trustProxy' | 'cors' | 'maxParticipants'> {
  readonly port?: number;
  readonly host?: string;
  readonly log?: (line: string) => void;
  /** An open database to serve from (another server's, in tests); left open when this server closes. */
  readonly database?: Database;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  readonly store: Store;
  readonly http: Server;
  /** Stops accepting, lets the requests under way finish, ends the streams and closes the database. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? (() => undefined);
  const db = options.database ?? (await openDatabase({ ...options, log }));
  const store = createStore(db);
  const hub = createLiveHub();
  await db.listen((payload) => hub.dispatch(payload));
  const app = createApp({
    ...options,
    store,
    hub,
    log,
    databaseKind: db.kind,
    ping: async () => {
      await db.query('select 1');
    },
  });
  const http = createServer((request, response) => void app.handle(request, response));
  http.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = http.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    store,
    http,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
        hub.close();
        http.closeIdleConnections();
        await app.drained();
        http.closeAllConnections();
        await stopped;
        if (!options.database) await db.close();
      })();
      return closing;
    },
  };
}
