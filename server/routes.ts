/**
 * The routes, matched on the path alone, and the rule each one asks of the token. Kept apart from the handlers
 * (app.ts) so that the whole design reads in one place (docs/server.md lists the same):
 *
 *   GET    /health                                                    no token
 *   GET    /api/workshops/{w}/me                                      any token of the workshop
 *   GET    /api/workshops/{w}                                         facilitator (the overview)
 *   DELETE /api/workshops/{w}                                         facilitator: the workshop, its documents and
 *                                                                     tokens gone, every stream closed
 *   POST   /api/workshops/{w}/participants                            invitation (join: { name, group })
 *   DELETE /api/workshops/{w}/participants/{p}                        facilitator: their documents and tokens gone
 *   POST   /api/workshops/{w}/participants/{p}/revoke                 facilitator
 *   POST   /api/workshops/{w}/invitation                              facilitator (new invitation, old one revoked)
 *   GET    /api/workshops/{w}/events                                  facilitator, participant (Server-Sent Events)
 *   GET PUT DELETE /api/workshops/{w}/participants/{p}/documents/{key}  participant {p}; facilitator
 *   GET PUT DELETE /api/workshops/{w}/shared/documents/{key}            facilitator; participants GET only
 */
export type Route =
  | { readonly name: 'health' }
  | { readonly name: 'me'; readonly workshop: string }
  | { readonly name: 'workshop'; readonly workshop: string }
  | { readonly name: 'join'; readonly workshop: string }
  | { readonly name: 'participant'; readonly workshop: string; readonly participant: string }
  | { readonly name: 'revoke'; readonly workshop: string; readonly participant: string }
  | { readonly name: 'invitation'; readonly workshop: string }
  | { readonly name: 'events'; readonly workshop: string }
  | {
      readonly name: 'document';
      readonly workshop: string;
      /** `shared`, or the participant's id. */
      readonly scope: string;
      /** The key as it came, still percent-encoded (checked by `documentKey`). */
      readonly rawKey: string;
    };

/** Which methods each route answers (`405` otherwise). */
export const METHODS: Record<Route['name'], readonly string[]> = {
  health: ['GET'],
  me: ['GET'],
  workshop: ['GET', 'DELETE'],
  join: ['POST'],
  participant: ['DELETE'],
  revoke: ['POST'],
  invitation: ['POST'],
  events: ['GET'],
  document: ['GET', 'PUT', 'DELETE'],
};

const ID = /^[wp]-[A-Za-z0-9_-]{22}$/;

/** Whether `value` has the shape of a workshop's (`w`) or a participant's (`p`) id. */
export const isId = (value: string, kind: 'w' | 'p'): boolean => ID.test(value) && value.startsWith(`${kind}-`);

/** The route of a path (query already removed), or `null`. Ids of the wrong shape match nothing. */
export function matchRoute(path: string): Route | null {
  if (path === '/health') return { name: 'health' };
  const parts = path.split('/');
  if (parts[0] !== '' || parts[1] !== 'api' || parts[2] !== 'workshops') return null;
  const workshop = parts[3] ?? '';
  if (!ID.test(workshop) || !workshop.startsWith('w-')) return null;
  const rest = parts.slice(4);
  const [a, b, c, d, ...more] = rest;
  if (more.length) return null;
  if (a === undefined) return { name: 'workshop', workshop };
  if (a === 'me' && b === undefined) return { name: 'me', workshop };
  if (a === 'events' && b === undefined) return { name: 'events', workshop };
  if (a === 'invitation' && b === undefined) return { name: 'invitation', workshop };
  if (a === 'shared' && b === 'documents' && c !== undefined && d === undefined)
    return { name: 'document', workshop, scope: 'shared', rawKey: c };
  if (a === 'participants') {
    if (b === undefined) return { name: 'join', workshop };
    if (!ID.test(b) || !b.startsWith('p-')) return null;
    if (c === undefined) return { name: 'participant', workshop, participant: b };
    if (c === 'revoke' && d === undefined) return { name: 'revoke', workshop, participant: b };
    if (c === 'documents' && d !== undefined) return { name: 'document', workshop, scope: b, rawKey: d };
  }
  return null;
}

/**
 * The storage key of a document route, decoded; `null` when it is not one the server keeps. Keys are the
 * widgets' storage keys (`coop-widgets:project:…:atp:…`): printable ASCII letters, digits and `_ . : % ~ @ + -`,
 * 1 to 512 characters, with no `..` — never a path (`/`, `\`), a control character or a traversal.
 */
export function documentKey(rawKey: string): string | null {
  let key: string;
  try {
    key = decodeURIComponent(rawKey);
  } catch {
    return null;
  }
  if (!/^[A-Za-z0-9_.:%~@+-]{1,512}$/.test(key) || key.includes('..')) return null;
  return key;
}
