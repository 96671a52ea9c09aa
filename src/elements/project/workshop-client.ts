/**
 * The workshop mode's talk with coop-widgets-server (docs/server.md): who a token is (`/me`), the join, the
 * facilitator's overview and access (revoke, remove a participant, renew the invitation), one document's text, the participant's or the shared documents as a storage adapter
 * (the HTTP adapter with the live channel), and the facilitator's live stream. Loaded only in workshop mode.
 */
import { createHttpStorage, type HttpStorage } from '../../core/http.js';

/** A refusal or a failure of the server, with its status (0: no answer) and the server's message and path. */
export class WorkshopRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

export interface WorkshopInfo {
  id: string;
  name: string;
}
export interface ParticipantInfo {
  id: string;
  name: string;
  group: string;
}
/** What `/me` and the join answer: who the token is and the paths its documents and stream are at. */
export interface WorkshopMe {
  role: 'facilitator' | 'participant' | 'invitation';
  workshop: WorkshopInfo;
  participant: ParticipantInfo | null;
  documents: string | null;
  shared: string | null;
  events: string | null;
}
export interface OverviewDocument {
  key: string;
  etag: string;
  updatedAt: string;
}
export interface OverviewParticipant extends ParticipantInfo {
  joinedAt: string;
  /** Their access was revoked (their documents stay). Absent from servers before 0.2. */
  revoked?: boolean;
  documents: OverviewDocument[];
}
/** The facilitator's overview: everyone in the workshop and their documents' versions. */
export interface WorkshopOverview {
  id: string;
  name: string;
  participants: OverviewParticipant[];
}

export interface WorkshopClient {
  readonly server: string;
  readonly workshop: string;
  me(token: string): Promise<WorkshopMe>;
  join(invitation: string, name: string, group: string): Promise<{ token: string; me: WorkshopMe }>;
  overview(token: string): Promise<WorkshopOverview>;
  /** Revokes a participant's tokens (their documents stay). */
  revoke(token: string, participant: string): Promise<void>;
  /** Removes a participant and their documents. */
  remove(token: string, participant: string): Promise<void>;
  /** Replaces the invitation; answers the new invitation token (the old link stops working). */
  renewInvitation(token: string): Promise<string>;
  /** A document's text, `null` when absent. */
  read(token: string, path: string): Promise<string | null>;
  /** Writes a document whatever its version (the facilitator's shared outputs: theirs alone to write). */
  write(token: string, path: string, body: string): Promise<void>;
  /** The documents under `prefix` (a path ending in `/documents/`) as a storage adapter, live. */
  storage(token: string, prefix: string, events: string): HttpStorage;
  /** Opens the live stream; `onChange` gets each changed document's path. Returns the stream's closer. */
  listen(
    token: string,
    events: string,
    handlers: { onChange(path: string): void; onState(open: boolean): void },
  ): () => void;
}

async function failure(response: Response): Promise<WorkshopRequestError> {
  let message = response.statusText;
  let path: string | undefined;
  try {
    const body = (await response.json()) as { error?: unknown; path?: unknown };
    if (typeof body.error === 'string') message = body.error;
    if (typeof body.path === 'string') path = body.path;
  } catch {
    // Not JSON: the status says enough.
  }
  return new WorkshopRequestError(response.status, message, path);
}

export function createWorkshopClient(server: string, workshop: string): WorkshopClient {
  const base = `${server}/api/workshops/${encodeURIComponent(workshop)}`;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function request(url: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(url, { cache: 'no-store', ...init });
    } catch (error) {
      throw new WorkshopRequestError(0, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok && response.status !== 404) throw await failure(response);
    return response;
  }

  return {
    server,
    workshop,
    async me(token) {
      const response = await request(`${base}/me`, { headers: auth(token) });
      if (response.status === 404) throw await failure(response);
      return (await response.json()) as WorkshopMe;
    },
    async join(invitation, name, group) {
      const response = await request(`${base}/participants`, {
        method: 'POST',
        headers: { ...auth(invitation), 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, group }),
      });
      if (response.status === 404) throw await failure(response);
      const body = (await response.json()) as { participant: ParticipantInfo; token: string } & WorkshopMe;
      const me: WorkshopMe = {
        role: 'participant',
        workshop: { id: workshop, name: '' },
        participant: body.participant,
        documents: body.documents,
        shared: body.shared,
        events: body.events,
      };
      return { token: body.token, me };
    },
    async overview(token) {
      const response = await request(base, { headers: auth(token) });
      if (response.status === 404) throw await failure(response);
      return (await response.json()) as WorkshopOverview;
    },
    async revoke(token, participant) {
      const response = await request(`${base}/participants/${encodeURIComponent(participant)}/revoke`, {
        method: 'POST',
        headers: auth(token),
      });
      if (response.status === 404) throw await failure(response);
    },
    async remove(token, participant) {
      const response = await request(`${base}/participants/${encodeURIComponent(participant)}`, {
        method: 'DELETE',
        headers: auth(token),
      });
      if (response.status === 404) throw await failure(response);
    },
    async renewInvitation(token) {
      const response = await request(`${base}/invitation`, { method: 'POST', headers: auth(token) });
      if (response.status === 404) throw await failure(response);
      const body = (await response.json()) as { token?: unknown };
      if (typeof body.token !== 'string') throw new WorkshopRequestError(response.status, 'No token in the answer.');
      return body.token;
    },
    async read(token, path) {
      const response = await request(server + path, { headers: auth(token) });
      return response.status === 404 ? null : response.text();
    },
    async write(token, path, body) {
      const response = await request(server + path, {
        method: 'PUT',
        headers: { ...auth(token), 'Content-Type': 'application/json' },
        body,
      });
      if (response.status === 404) throw await failure(response);
    },
    storage(token, prefix, events) {
      return createHttpStorage({
        url: (key) => server + prefix + encodeURIComponent(key),
        headers: () => auth(token),
        live: { url: () => `${server}${events}?access_token=${encodeURIComponent(token)}` },
        pollMs: 30000,
        online: {
          isOnline: () => navigator.onLine,
          addEventListener: (type, listener) => window.addEventListener(type, listener),
          removeEventListener: (type, listener) => window.removeEventListener(type, listener),
        },
      });
    },
    listen(token, events, { onChange, onState }) {
      const source = new EventSource(`${server}${events}?access_token=${encodeURIComponent(token)}`);
      source.addEventListener('open', () => onState(true));
      source.addEventListener('error', () => onState(false));
      source.addEventListener('change', (event) => {
        try {
          const { path } = JSON.parse(String((event as MessageEvent).data)) as { path?: unknown };
          if (typeof path === 'string') onChange(path);
        } catch {
          // A malformed event names no document: nothing to read again.
        }
      });
      return () => source.close();
    },
  };
}
