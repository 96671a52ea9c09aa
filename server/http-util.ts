/**
 * What every route needs of node:http: CORS headers, JSON and empty answers (always `no-store`), errors as
 * `{ "error", "path"? }`, the request body read under a size limit, and the ETag lists of If-Match /
 * If-None-Match.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The JSON path of the bad value in the request body, when there is one. */
    readonly path?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface CorsOptions {
  /** Origins allowed to call the server from a browser; `*` (the default) allows any. */
  readonly allowOrigins: readonly string[];
}

export function corsHeaders(request: IncomingMessage, cors: CorsOptions): Record<string, string> {
  const origin = request.headers.origin;
  const any = cors.allowOrigins.includes('*');
  const allowed = any ? '*' : origin && cors.allowOrigins.includes(origin) ? origin : undefined;
  if (!allowed) return {};
  return {
    'Access-Control-Allow-Origin': allowed,
    'Access-Control-Expose-Headers': 'ETag, Retry-After',
    ...(any ? {} : { Vary: 'Origin' }),
  };
}

export function preflightHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': 'GET, PUT, DELETE, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, If-None-Match',
    'Access-Control-Max-Age': '600',
  };
}

export function send(
  response: ServerResponse,
  status: number,
  body: string | undefined,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  const all: Record<string, string | number> = { 'Cache-Control': 'no-store', ...headers };
  if (body !== undefined) all['Content-Length'] = Buffer.byteLength(body);
  else if (status !== 204 && status !== 304) all['Content-Length'] = 0;
  response.writeHead(status, all);
  response.end(body);
}

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(response, status, JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

export function sendError(response: ServerResponse, error: HttpError, headers: Record<string, string> = {}): void {
  const body = error.path === undefined ? { error: error.message } : { error: error.message, path: error.path };
  sendJson(response, error.status, body, { ...headers, ...error.headers });
}

/** The body as UTF-8 text, refused with `413` above `limit` bytes and `400` when it is not valid UTF-8. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit)
    throw new HttpError(413, `The body is larger than the limit of ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `The body is larger than the limit of ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, 'The body is not valid UTF-8.');
  }
}

/** A JSON body: `415` when not declared as JSON, `400` when it does not parse. */
export async function readJson(request: IncomingMessage, limit: number): Promise<{ text: string; value: unknown }> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'The body must be sent as application/json.');
  const text = await readBody(request, limit);
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    throw new HttpError(400, 'The body is not valid JSON.', '$');
  }
}

/** The ETags of an If-Match / If-None-Match header (`W/` stripped, as the contract asks), `*`, or `null`. */
export function etagList(header: string | string[] | undefined): readonly string[] | '*' | null {
  if (header === undefined) return null;
  const text = Array.isArray(header) ? header.join(',') : header;
  if (text.trim() === '*') return '*';
  const tags = text.match(/(?:W\/)?"[^"]*"/g) ?? [];
  return tags.map((tag) => tag.replace(/^W\//, ''));
}
