/**
 * What the server's tests share: a server on PGlite (in memory) or on PostgreSQL (a schema of its own, dropped
 * afterwards; skipped when no PostgreSQL answers), workshops and participants made through the real routes, raw
 * requests, and the HTTP adapter (the library's own createHttpStorage) pointed at a participant's documents.
 */
import { randomBytes } from 'node:crypto';
import { createHttpStorage } from '../../src/core/storage/http.js';
import type { HttpStorageOptions } from '../../src/core/storage/http-types.js';
import { startServer, type RunningServer, type ServerOptions } from '../../server/server.js';
import { NodeEventSource } from './event-source.js';

export const POSTGRES_URL = process.env['COOP_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export type Backend = 'pglite' | 'postgres';

export interface TestServer extends RunningServer {
  readonly backend: Backend;
  /** Stops the server and, on PostgreSQL, drops the test schema. */
  stop(): Promise<void>;
}

export async function postgresAvailable(): Promise<boolean> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function startTestServer(backend: Backend, options: ServerOptions = {}): Promise<TestServer> {
  const schema = backend === 'postgres' ? `coop_test_${randomBytes(6).toString('hex')}` : undefined;
  const server = await startServer({
    ...(backend === 'postgres' ? { url: POSTGRES_URL, schema } : {}),
    ...options,
  });
  return {
    ...server,
    backend,
    async stop() {
      await server.close();
      if (schema) {
        const pg = (await import('pg')).default;
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`drop schema ${schema} cascade`);
        await client.end();
      }
    },
  };
}

export interface Workshop {
  readonly id: string;
  readonly facilitator: string;
  readonly invitation: string;
}

export interface Joined {
  readonly id: string;
  readonly token: string;
}

export async function newWorkshop(server: RunningServer, name = 'Atelier'): Promise<Workshop> {
  return server.store.createWorkshop(name);
}

export async function join(server: RunningServer, workshop: Workshop, name = 'Alice', group = 'Soignants') {
  const response = await fetch(`${server.url}/api/workshops/${workshop.id}/participants`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${workshop.invitation}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, group }),
  });
  if (response.status !== 201) throw new Error(`join answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { participant: { id: string }; token: string };
  return { id: body.participant.id, token: body.token } satisfies Joined;
}

export const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** Two workshops: Alice (Médecins) and Bob (Direction) joined the first, Zoé (Usagers) the second. */
export interface TwoWorkshops {
  readonly one: Workshop;
  readonly other: Workshop;
  readonly alice: Joined;
  readonly bob: Joined;
  readonly zoe: Joined;
}

export async function twoWorkshops(server: RunningServer, names: [string, string]): Promise<TwoWorkshops> {
  const one = await newWorkshop(server, names[0]);
  const other = await newWorkshop(server, names[1]);
  const alice = await join(server, one, 'Alice', 'Médecins');
  const bob = await join(server, one, 'Bob', 'Direction');
  const zoe = await join(server, other, 'Zoé', 'Usagers');
  return { one, other, alice, bob, zoe };
}

/** A raw, unconditional PUT of `body` under `key` in a scope (a participant's id or `shared`). */
export function putDocument(
  server: RunningServer,
  workshop: Workshop,
  scope: string,
  key: string,
  token: string,
  body = `"${key}"`,
) {
  return request(docUrl(server, workshop.id, scope, key), token, { method: 'PUT', body, headers: JSON_HEADERS });
}

export function docUrl(server: RunningServer, workshopId: string, scope: string, key: string): string {
  const base = `${server.url}/api/workshops/${workshopId}`;
  return scope === 'shared'
    ? `${base}/shared/documents/${encodeURIComponent(key)}`
    : `${base}/participants/${scope}/documents/${encodeURIComponent(key)}`;
}

export function request(
  url: string,
  token: string | undefined,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  return fetch(url, {
    method: init.method ?? 'GET',
    body: init.body,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...init.headers },
  });
}

/** The HTTP adapter on a scope's documents (a participant's id or `shared`), with a live channel when asked. */
export function adapter(
  server: RunningServer,
  workshopId: string,
  scope: string,
  token: string,
  options: Partial<HttpStorageOptions> & { liveChannel?: boolean } = {},
) {
  const { liveChannel, ...rest } = options;
  return createHttpStorage({
    url: (key) => docUrl(server, workshopId, scope, key),
    headers: () => ({ Authorization: `Bearer ${token}` }),
    retries: 0,
    backoffMs: 10,
    ...(liveChannel
      ? {
          live: {
            url: () => `${server.url}/api/workshops/${workshopId}/events?access_token=${token}`,
            EventSource: NodeEventSource,
          },
        }
      : {}),
    ...rest,
  });
}

/** Closes the test EventSources left open (their streams would keep the server from closing). */
export function closeEventSources(): void {
  for (const source of [...NodeEventSource.instances]) source.close();
}

/** Resolves with the first value `subscribe` reports for `key`, or rejects after `ms`. */
export function nextChange(
  storage: { subscribe?: (key: string, on: (v: string | null) => void) => () => void },
  key: string,
  ms = 5000,
): { value: Promise<string | null>; stop: () => void } {
  let stop: () => void = () => undefined;
  const value = new Promise<string | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No change of ${key} within ${ms} ms.`)), ms);
    const unsubscribe = storage.subscribe!(key, (v) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(v);
    });
    stop = () => {
      clearTimeout(timer);
      unsubscribe();
    };
  });
  return { value, stop };
}

/** How many documents the server holds in all (to check that a refused request stored nothing). */
export async function documentCount(server: RunningServer): Promise<number> {
  const [row] = await server.db.query<{ n: unknown }>('select count(*) as n from coop_documents');
  return Number(row?.n);
}
