/**
 * The live channel: Server-Sent Events, one stream per client and workshop. Each stream hears of the changes its
 * token may read (a participant: their own documents and the shared ones; the facilitator: all of the workshop),
 * as `event: change` with `{ "path", "etag" }` (`etag` null when deleted); the client then reads the document
 * with a plain GET, so rights and ETags stay where they are. Changes come from the database's NOTIFY (db.ts), so
 * a write made through another instance reaches this one's streams too. A revoked participant's streams close.
 * A removed participant's streams close too, and the facilitator's hear `event: participant-removed` with
 * `{ "participant" }` (after one `change` per document of theirs, `etag` null). A deleted workshop's streams
 * hear `event: workshop-deleted` with `{ "workshop" }`, then end (a client that reconnects gets `401`).
 */
import type { ServerResponse } from 'node:http';
import type { Access, Change } from './store.js';

export interface LiveHub {
  /**
   * Opens a stream on `response` for `access`; it ends when the client leaves or the hub closes. Returns false,
   * opening nothing, when the token already holds `maxPerToken` streams.
   */
  open(response: ServerResponse, access: Access, headers: Record<string, string>): boolean;
  /** Dispatches one NOTIFY payload. */
  dispatch(payload: string): void;
  /** How many streams are open. */
  size(): number;
  close(): void;
}

export function documentPath(workshopId: string, scope: string, key: string): string {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}`;
  return scope === 'shared'
    ? `${base}/shared/documents/${encodeURIComponent(key)}`
    : `${base}/participants/${encodeURIComponent(scope)}/documents/${encodeURIComponent(key)}`;
}

/** The most streams one token may hold open (tabs and devices of one person): this server's default. */
export const MAX_STREAMS_PER_TOKEN = 10;

export function createLiveHub(heartbeatMs = 20_000, maxPerToken = MAX_STREAMS_PER_TOKEN): LiveHub {
  const streams = new Set<{ access: Access; response: ServerResponse }>();
  const heartbeat = setInterval(() => {
    for (const { response } of streams) response.write(': keep-alive\n\n');
  }, heartbeatMs);
  heartbeat.unref();

  return {
    open(response, access, headers) {
      let held = 0;
      for (const stream of streams) if (stream.access.tokenHash === access.tokenHash) held++;
      if (held >= maxPerToken) return false;
      response.writeHead(200, {
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        // nginx: pass events on at once instead of buffering them.
        'X-Accel-Buffering': 'no',
      });
      response.write('retry: 1000\n\n');
      const stream = { access, response };
      streams.add(stream);
      response.on('close', () => streams.delete(stream));
      return true;
    },
    dispatch(payload) {
      let change: Change;
      try {
        change = JSON.parse(payload) as Change;
      } catch {
        return;
      }
      for (const stream of [...streams]) {
        const { access, response } = stream;
        if (access.workshopId !== change.w) continue;
        if (change.t === 'drop') {
          response.end(`event: workshop-deleted\ndata: ${JSON.stringify({ workshop: change.w })}\n\n`);
          streams.delete(stream);
          continue;
        }
        if (change.t === 'revoke' || change.t === 'remove') {
          if (access.participantId === change.p) {
            streams.delete(stream);
            response.end();
          } else if (change.t === 'remove' && access.role === 'facilitator') {
            response.write(`event: participant-removed\ndata: ${JSON.stringify({ participant: change.p })}\n\n`);
          }
          continue;
        }
        if (access.role !== 'facilitator' && change.s !== 'shared' && change.s !== access.participantId) continue;
        const data = JSON.stringify({ path: documentPath(change.w, change.s, change.k), etag: change.e });
        response.write(`event: change\ndata: ${data}\n\n`);
      }
    },
    size: () => streams.size,
    close() {
      clearInterval(heartbeat);
      for (const { response } of streams) response.end();
      streams.clear();
    },
  };
}
