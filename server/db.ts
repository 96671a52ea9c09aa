/**
 * The database: one small interface over PGlite (PostgreSQL in WASM, embedded, in a data folder) and PostgreSQL
 * (`pg`, when DATABASE_URL is set), the same SQL for both. Opening it applies the pending migrations
 * (migrations.ts) in one transaction, under an advisory lock so that instances starting together apply each once.
 * Live changes travel as NOTIFY on one channel, inside the writing transaction, so a listener hears of a change
 * only once it is committed — and, on PostgreSQL, in every instance.
 */
import { lockDataDir } from './data-lock.js';
import { MIGRATIONS } from './migrations.js';

export type Row = Record<string, unknown>;

export interface Sql {
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** The NOTIFY channel the server's changes travel on. */
  readonly channel: string;
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Calls `onPayload` with each NOTIFY payload of the channel, from this instance or another. */
  listen(onPayload: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL's connection string; without it, PGlite. */
  readonly url?: string;
  /** PGlite's data folder; without it (and without `url`), an in-memory database (tests). */
  readonly dataDir?: string;
  /** A PostgreSQL schema of its own (created if missing), so that several servers or test runs share a database. */
  readonly schema?: string;
  /** Reports a lost and re-established live connection (PostgreSQL). */
  readonly log?: (line: string) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const MIGRATION_LOCK = 741_852_963;

function channelFor(schema: string | undefined): string {
  return schema ? `coop_changes_${schema}`.slice(0, 63) : 'coop_changes';
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  const db = await PGlite.create(options.dataDir).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const channel = channelFor(undefined);
  const wrap = (q: { query: (t: string, p?: unknown[]) => Promise<{ rows: unknown[] }> }): Sql => ({
    async query<T extends Row = Row>(text: string, params: readonly unknown[] = []) {
      return (await q.query(text, [...params])).rows as T[];
    },
  });
  return {
    kind: 'pglite',
    channel,
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async listen(onPayload) {
      await db.listen(channel, onPayload);
    },
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<Database> {
  const pg = (await import('pg')).default;
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`DATABASE_SCHEMA must match ${SCHEMA_NAME.source}.`);
  const config = { connectionString: url, ...(schema ? { options: `-c search_path=${schema}` } : {}) };
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`create schema if not exists ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({ ...config, max: 10 });
  pool.on('error', (error) => options.log?.(`database: idle connection lost (${error.message})`));
  const channel = channelFor(schema);
  let listener: InstanceType<typeof pg.Client> | undefined;
  let listening: Promise<void> | undefined;
  const callbacks = new Set<(payload: string) => void>();
  let closed = false;
  const sql: Sql = {
    async query<T extends Row = Row>(text: string, params: readonly unknown[] = []) {
      return (await pool.query(text, [...params])).rows as T[];
    },
  };

  /** One connection of its own for LISTEN, whatever the number of callbacks; reconnected when lost. */
  async function connectListener(): Promise<void> {
    const client = new pg.Client(config);
    client.on('notification', (message) => {
      if (message.channel !== channel || message.payload === undefined) return;
      for (const callback of callbacks) callback(message.payload);
    });
    client.on('error', (error) => {
      options.log?.(`database: live connection lost (${error.message}), reconnecting`);
      void client.end().catch(() => undefined);
      const retry = () => {
        if (closed) return;
        connectListener().catch(() => setTimeout(retry, 1000));
      };
      setTimeout(retry, 500);
    });
    listener = client;
    await client.connect();
    if (closed) return void (await client.end());
    await client.query(`listen ${channel}`);
  }

  return {
    kind: 'postgres',
    channel,
    ...sql,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          async query<T extends Row = Row>(text: string, params: readonly unknown[] = []) {
            return (await client.query(text, [...params])).rows as T[];
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(onPayload) {
      callbacks.add(onPayload);
      listening ??= connectListener();
      await listening;
    },
    async close() {
      closed = true;
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

/** Applies the migrations the database has not seen yet; returns the versions applied. */
export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists coop_schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set(
      (await tx.query<{ version: number }>('select version from coop_schema_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into coop_schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** The statements of a migration (no `;` inside a statement: migrations are plain DDL). */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Opens the database (PostgreSQL when `url` is given, else PGlite) and applies the pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.url ? await openPostgres(options.url, options) : await openPglite(options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}
