/**
 * The request handler: CORS and preflights, the token (Authorization: Bearer, or `access_token` in the query of
 * the events stream, which a browser's EventSource cannot give headers), the rate limit, the rights of each
 * route (routes.ts) and the answers. One log line per request, with the path but never the query (a token may be
 * there) or a header. Every refusal is a 4xx with `{ "error", "path"? }` and nothing changed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  corsHeaders,
  etagList,
  HttpError,
  preflightHeaders,
  readBody,
  readJson,
  send,
  sendError,
  sendJson,
  type CorsOptions,
} from './http-util.js';
import type { LiveHub } from './live.js';
import { documentPath } from './live.js';
import {
  clientAddress,
  createRateLimiter,
  DEFAULT_IP_RATE_LIMIT,
  DEFAULT_RATE_LIMIT,
  FACILITATOR_RATE_FACTOR,
  type RateLimitOptions,
} from './rate-limit.js';
import { documentKey, matchRoute, METHODS, type Route } from './routes.js';
import type { Access, Scope, Store } from './store.js';
import { TOKEN_SHAPE } from './tokens.js';

export interface AppOptions {
  readonly store: Store;
  readonly hub: LiveHub;
  /** Checks the database (for /health). */
  readonly ping: () => Promise<void>;
  readonly databaseKind: string;
  /** The largest body accepted, in bytes; default 1 MiB. */
  readonly maxBodyBytes?: number;
  readonly rateLimit?: RateLimitOptions;
  /** The limit per client address on requests that bring no valid token (the `401`s). */
  readonly ipRateLimit?: RateLimitOptions;
  /** Count those against the last address of `X-Forwarded-For` (a reverse proxy of ours in front). */
  readonly trustProxy?: boolean;
  readonly cors?: CorsOptions;
  /** The most participants one workshop takes; default 500. */
  readonly maxParticipants?: number;
  readonly log?: (line: string) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_PARTICIPANTS = 500;
const NAME_MAX = 80;

/** A display name or a group: trimmed, 1 to 80 characters, no control characters. */
function label(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new HttpError(400, 'Expected a string.', path);
  const text = value.trim();
  // eslint-disable-next-line no-control-regex
  if (!text || text.length > NAME_MAX || /[\u0000-\u001f\u007f]/.test(text))
    throw new HttpError(400, `Expected 1 to ${NAME_MAX} characters, with no control character.`, path);
  return text;
}

export function createApp(options: AppOptions) {
  const { store, hub } = options;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const ipLimiter = createRateLimiter(options.ipRateLimit ?? DEFAULT_IP_RATE_LIMIT);
  const trustProxy = options.trustProxy ?? false;
  const cors = options.cors ?? { allowOrigins: ['*'] };
  const maxParticipants = options.maxParticipants ?? DEFAULT_MAX_PARTICIPANTS;
  const log = options.log ?? (() => undefined);
  let inFlight = 0;
  const idle: (() => void)[] = [];

  async function authenticate(request: IncomingMessage, query: URLSearchParams, route: Route): Promise<Access> {
    const header = request.headers.authorization;
    let token: string | undefined;
    if (header !== undefined) token = /^Bearer (\S+)$/i.exec(header)?.[1];
    else if (route.name === 'events') token = query.get('access_token') ?? undefined;
    const challenge = { 'WWW-Authenticate': 'Bearer' };
    /** A request without a valid token: 401, or 429 once its address has sent too many. */
    const refuse = (message: string) => {
      const wait = ipLimiter.take(clientAddress(request, trustProxy));
      return wait > 0
        ? new HttpError(429, 'Too many requests without a valid token from this address.', undefined, {
            'Retry-After': String(wait),
          })
        : new HttpError(401, message, undefined, challenge);
    };
    if (token === undefined) throw refuse('A token is required (Authorization: Bearer …).');
    const access = TOKEN_SHAPE.test(token) ? await store.access(token) : null;
    if (!access) throw refuse('This token is unknown or revoked.');
    const wait = limiter.take(access.tokenHash, access.role === 'facilitator' ? FACILITATOR_RATE_FACTOR : 1);
    if (wait > 0)
      throw new HttpError(429, 'Too many requests with this token.', undefined, { 'Retry-After': String(wait) });
    if (!('workshop' in route) || access.workshopId !== route.workshop)
      throw new HttpError(403, 'This token gives no access to this workshop.');
    return access;
  }

  const forbid = (message = 'This token does not allow this.') => new HttpError(403, message);

  async function documentRoute(
    request: IncomingMessage,
    response: ServerResponse,
    route: Extract<Route, { name: 'document' }>,
    access: Access,
    cors: Record<string, string>,
  ): Promise<void> {
    const method = request.method ?? 'GET';
    if (access.role === 'invitation') throw forbid('An invitation only lets one join the workshop.');
    if (route.scope === 'shared') {
      if (access.role !== 'facilitator' && method !== 'GET')
        throw forbid('Only the facilitator writes shared documents.');
    } else if (access.role === 'participant') {
      if (route.scope !== access.participantId) throw forbid('A participant reaches only their own documents.');
    } else if (!(await store.participant(route.workshop, route.scope))) {
      throw new HttpError(404, 'There is no such participant in this workshop.');
    }
    const key = documentKey(route.rawKey);
    if (key === null) throw new HttpError(400, 'This is not a valid document key.');
    const scope = route.scope as Scope;
    if (method === 'GET') {
      const document = await store.read(route.workshop, scope, key);
      if (!document) throw new HttpError(404, 'There is no document under this key.');
      const headers = { ...cors, ETag: document.etag };
      const known = etagList(request.headers['if-none-match']);
      if (known === '*' || known?.includes(document.etag)) return send(response, 304, undefined, headers);
      return send(response, 200, document.body, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    }
    const pre = {
      ifMatch: etagList(request.headers['if-match']),
      ifNoneMatch: etagList(request.headers['if-none-match']),
    };
    const body = method === 'PUT' ? (await readJson(request, maxBody)).text : null;
    if (method === 'DELETE') await readBody(request, 0);
    // Still there? A client that timed out has retried or queued this write: carried out late, it could overwrite
    // a newer version (a first write is unconditional).
    const wanted = () => !request.socket.destroyed;
    const result = await store.write(route.workshop, scope, key, body, pre, wanted);
    switch (result.outcome) {
      case 'failed':
        throw new HttpError(412, 'The document is not at the version this write expects; nothing was changed.');
      case 'absent':
        throw new HttpError(404, 'There is no document under this key.');
      case 'gone':
        throw new HttpError(404, 'This participant or workshop has been deleted; nothing was written.');
      case 'abandoned':
        throw new HttpError(408, 'The client left before this write could be made; nothing was written.');
      case 'deleted':
        return send(response, 204, undefined, cors);
      case 'unchanged':
        // A retry of a write already carried out (its answer lost, or its first try carried out late).
        return send(response, 200, undefined, { ...cors, ETag: result.etag });
      default:
        return send(response, result.outcome === 'created' ? 201 : 204, undefined, { ...cors, ETag: result.etag });
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse, path: string, query: URLSearchParams) {
    const cors = corsHeaders(request, corsOptions);
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') return send(response, 204, undefined, { ...cors, ...preflightHeaders() });
    const matched = matchRoute(path);
    if (!matched) throw new HttpError(404, 'There is nothing here.');
    const allowed = METHODS[matched.name];
    if (!allowed.includes(method))
      throw new HttpError(405, `This route answers ${allowed.join(', ')}.`, undefined, { Allow: allowed.join(', ') });
    if (matched.name === 'health') {
      await options.ping();
      return sendJson(response, 200, { status: 'ok', database: options.databaseKind }, cors);
    }
    const access = await authenticate(request, query, matched);
    const workshopId = matched.workshop;
    switch (matched.name) {
      case 'document':
        return documentRoute(request, response, matched, access, cors);
      case 'me': {
        const workshop = await store.workshop(workshopId);
        const participant = access.participantId ? await store.participant(workshopId, access.participantId) : null;
        return sendJson(
          response,
          200,
          {
            role: access.role,
            workshop: workshop && { id: workshop.id, name: workshop.name },
            participant,
            documents: participant ? documentPath(workshopId, participant.id, '') : null,
            shared: access.role === 'invitation' ? null : documentPath(workshopId, 'shared', ''),
            events: access.role === 'invitation' ? null : `/api/workshops/${workshopId}/events`,
          },
          cors,
        );
      }
      case 'workshop': {
        if (method === 'DELETE') {
          if (access.role !== 'facilitator') throw forbid('Only the facilitator deletes the workshop.');
          await readBody(request, 0);
          if (!(await store.deleteWorkshop(workshopId))) throw new HttpError(404, 'There is no such workshop.');
          return send(response, 204, undefined, cors);
        }
        if (access.role !== 'facilitator') throw forbid('Only the facilitator sees the whole workshop.');
        const workshop = await store.workshop(workshopId);
        return sendJson(response, 200, { ...workshop, ...(await store.overview(workshopId)) }, cors);
      }
      case 'join': {
        if (access.role !== 'invitation') throw forbid('Joining takes the invitation link.');
        const { value } = await readJson(request, Math.min(maxBody, 16 * 1024));
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          throw new HttpError(400, 'Expected an object { "name", "group" }.', '$');
        const record = value as Record<string, unknown>;
        const name = label(record['name'], '$.name');
        const group = label(record['group'], '$.group');
        if ((await store.countParticipants(workshopId)) >= maxParticipants)
          throw new HttpError(409, `This workshop has reached its limit of ${maxParticipants} participants.`);
        const joined = await store.join(workshopId, name, group);
        if (!joined) throw new HttpError(404, 'This workshop has been deleted.');
        return sendJson(
          response,
          201,
          {
            participant: { id: joined.id, name, group },
            token: joined.token,
            documents: documentPath(workshopId, joined.id, ''),
            shared: documentPath(workshopId, 'shared', ''),
            events: `/api/workshops/${workshopId}/events`,
          },
          cors,
        );
      }
      case 'revoke': {
        if (access.role !== 'facilitator') throw forbid('Only the facilitator revokes a participant.');
        await readBody(request, 0);
        if (!(await store.revokeParticipant(workshopId, matched.participant)))
          throw new HttpError(404, 'There is no such participant in this workshop.');
        return send(response, 204, undefined, cors);
      }
      case 'participant': {
        if (access.role !== 'facilitator') throw forbid('Only the facilitator removes a participant.');
        await readBody(request, 0);
        if (!(await store.removeParticipant(workshopId, matched.participant)))
          throw new HttpError(404, 'There is no such participant in this workshop.');
        return send(response, 204, undefined, cors);
      }
      case 'invitation': {
        if (access.role !== 'facilitator') throw forbid('Only the facilitator renews the invitation.');
        await readBody(request, 0);
        return sendJson(response, 201, { token: await store.renewInvitation(workshopId) }, cors);
      }
      case 'events': {
        if (access.role === 'invitation') throw forbid('An invitation only lets one join the workshop.');
        if (!hub.open(response, access, cors))
          throw new HttpError(429, 'This token holds too many live streams already.', undefined, {
            'Retry-After': '30',
          });
        return;
      }
    }
  }

  const corsOptions = cors;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    inFlight++;
    const rawUrl = request.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const path = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? '' : rawUrl.slice(queryAt + 1));
    let logged = false;
    const finish = () => {
      if (logged) return;
      logged = true;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`${new Date().toISOString()} ${request.method} ${path} ${response.statusCode} ${ms.toFixed(1)}ms`);
    };
    response.on('close', finish);
    try {
      await route(request, response, path, query);
    } catch (error) {
      const cors = corsHeaders(request, corsOptions);
      if (error instanceof HttpError) {
        // A body refused half-read: close the connection rather than read the rest.
        const extra: Record<string, string> = error.status === 413 ? { Connection: 'close' } : {};
        sendError(response, error, { ...cors, ...extra });
      } else {
        log(`error: ${error instanceof Error ? error.message : String(error)}`);
        sendError(response, new HttpError(500, 'The server failed on this request; try again.'), cors);
      }
    } finally {
      if (--inFlight === 0) for (const resolve of idle.splice(0)) resolve();
    }
  }

  return {
    handle,
    /** Resolves when no request is being handled (streams, once opened, are not counted). */
    drained(): Promise<void> {
      return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve));
    },
  };
}
