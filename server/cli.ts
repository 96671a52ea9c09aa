#!/usr/bin/env node
/**
 * coop-widgets-server: the command line. `coop-widgets-server [options]` serves; `new-workshop "<name>"`,
 * `list-workshops`, `revoke` and `delete-workshop` act once on the database and print JSON (commands.ts);
 * `--help` lists it all. The database is PGlite in `--data` (default ./coop-data), or PostgreSQL when
 * DATABASE_URL is set.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startServer } from './server.js';
import { CommandError, isCommand, runCommand } from './commands.js';
import { DEFAULT_MAX_BODY_BYTES } from './app.js';
import {
  DEFAULT_IP_RATE_LIMIT,
  DEFAULT_RATE_LIMIT,
  FACILITATOR_RATE_FACTOR,
  type RateLimitOptions,
} from './rate-limit.js';

const HELP = `coop-widgets-server — the reference back end of coop-widgets (documents, workshops, live changes)

Usage:
  coop-widgets-server [options]                 start the server
  coop-widgets-server new-workshop "<name>" [options]
                                                create a workshop; prints JSON with the facilitator's link and
                                                the participants' invitation link (each holds its token: keep the
                                                facilitator's private)
  coop-widgets-server list-workshops [options]  print every workshop as JSON (id, name, createdAt, how many
                                                participants and documents)
  coop-widgets-server revoke <workshop> <participant> [options]
                                                revoke a participant's tokens (their documents stay)
  coop-widgets-server delete-workshop <workshop> [options]
                                                delete a workshop with all its participants, documents and tokens
  coop-widgets-server --help                    this help

The commands take the same --data or DATABASE_URL as the server. On PGlite (--data), stop the server first: one
process at a time opens the folder. On PostgreSQL they may run while servers serve.

Options:
  --port <n>            port to listen on (default 8787; env PORT)
  --host <address>      address to listen on (default 127.0.0.1; 0.0.0.0 to listen on every interface)
  --data <folder>       the embedded database's folder (PGlite; default ./coop-data), unless DATABASE_URL is set
  --public-url <url>    the server's address as browsers reach it, used in links (default http://127.0.0.1:<port>)
  --app-url <url>       the page that hosts the widgets, which the links open (default <public-url>/)
  --allow-origin <o>    origins allowed by CORS, comma-separated (default *: any; tokens, not cookies, carry rights)
  --max-body <bytes>    the largest request body (default ${DEFAULT_MAX_BODY_BYTES})
  --rate <n>/<burst>    requests per second per token, and the burst (default ${DEFAULT_RATE_LIMIT.perSecond}/${DEFAULT_RATE_LIMIT.burst}); the
                        facilitator's token gets ${FACILITATOR_RATE_FACTOR} times both (it reads every participant's changes)
  --ip-rate <n>/<burst> requests without a valid token (the 401s) per second per client address, and the burst
                        (default ${DEFAULT_IP_RATE_LIMIT.perSecond}/${DEFAULT_IP_RATE_LIMIT.burst}; an IPv6 address counts by its /64)
  --trust-proxy         count those by the last address of X-Forwarded-For, which a reverse proxy in front of
                        this server sets (without it, the header is ignored: anyone can write it)
  --quiet               no request log

Environment:
  DATABASE_URL          PostgreSQL connection string (postgres://user@host:5432/db): use PostgreSQL, not PGlite;
                        several instances may share it (live changes cross them by LISTEN/NOTIFY)
  DATABASE_SCHEMA       a PostgreSQL schema of its own (created if missing), default the search_path's
  PORT                  as --port

The server logs one line per request (never a token or a query string) and stops cleanly on SIGTERM or SIGINT.
See docs/server.md.`;

function fail(message: string): never {
  process.stderr.write(`coop-widgets-server: ${message}\nTry --help.\n`);
  process.exit(2);
}

function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`${name} expects a whole number, not "${value}".`);
  return n;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'public-url': { type: 'string' },
        'app-url': { type: 'string' },
        'allow-origin': { type: 'string' },
        'max-body': { type: 'string' },
        rate: { type: 'string' },
        'ip-rate': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        quiet: { type: 'boolean' },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const port = number(values.port ?? process.env['PORT'], '--port', 8787);
  const database = {
    url: process.env['DATABASE_URL'] || undefined,
    schema: process.env['DATABASE_SCHEMA'] || undefined,
    dataDir: resolve(values.data ?? 'coop-data'),
  };
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const [command, ...rest] = positionals;

  if (isCommand(command)) {
    const publicUrl = (values['public-url'] ?? `http://127.0.0.1:${port}`).replace(/\/+$/, '');
    try {
      const output = await runCommand(command, rest, {
        database,
        publicUrl,
        appUrl: values['app-url'] ?? `${publicUrl}/`,
        log,
      });
      process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      if (error.code === 2) fail(error.message);
      process.stderr.write(`coop-widgets-server: ${error.message}\n`);
      process.exit(1);
    }
    return;
  }
  if (command !== undefined) fail(`unknown command "${command}".`);

  const rate = (text: string | undefined, name: string, fallback: RateLimitOptions): RateLimitOptions => {
    const [perSecond, burst, ...more] = text?.split('/') ?? [];
    if (text === undefined) return fallback;
    if (more.length) fail(`${name} expects <per second>/<burst>, not "${text}".`);
    return {
      perSecond: number(perSecond, name, fallback.perSecond) || 1,
      burst: number(burst, name, fallback.burst) || 1,
    };
  };
  const server = await startServer({
    ...database,
    port,
    host: values.host ?? '127.0.0.1',
    maxBodyBytes: number(values['max-body'], '--max-body', DEFAULT_MAX_BODY_BYTES),
    rateLimit: rate(values.rate, '--rate', DEFAULT_RATE_LIMIT),
    ipRateLimit: rate(values['ip-rate'], '--ip-rate', DEFAULT_IP_RATE_LIMIT),
    trustProxy: values['trust-proxy'] ?? false,
    cors: { allowOrigins: (values['allow-origin'] ?? '*').split(',').map((o) => o.trim()) },
    log: values.quiet ? () => undefined : log,
  });
  const where = database.url ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${database.dataDir}`;
  log(`coop-widgets-server listening on ${server.url} — database: ${where}`);
  const stop = (signal: string) => {
    log(`${signal}: finishing the requests under way, then closing the database`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`coop-widgets-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
