/**
 * Reads a workshop link: `#coop-server=…&coop-workshop=w-…&coop-token=…`, the fragment that
 * `coop-widgets-server new-workshop` and the join print. A fragment never reaches a server (no access log or
 * `Referer` holds the token). No dependency and no DOM: part of the HTTP entry (`coop-widgets-http.js`) and of
 * `coop-widgets/core`.
 */

/** What a workshop link carries: the server's URL, the workshop's id and the link's token. */
export interface WorkshopLink {
  server: string;
  workshop: string;
  token: string;
}

/** The workshop link in a URL fragment (`location.hash`), or `null` when it has none of its three parts. */
export function readWorkshopLink(fragment: string): WorkshopLink | null {
  const params = new Map<string, string>();
  for (const pair of fragment.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    try {
      params.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' ')));
    } catch {
      // A broken escape: that part is not read.
    }
  }
  const server = params.get('coop-server');
  const workshop = params.get('coop-workshop');
  const token = params.get('coop-token');
  if (!server || !workshop || !token) return null;
  return { server: server.replace(/\/+$/, ''), workshop, token };
}

/**
 * Puts the page's workshop link on a `<coop-project>` (its `server`, `workshop` and `token` attributes), which
 * then works in workshop mode. Returns whether the fragment held a link.
 */
export function applyWorkshopLink(
  project: { setAttribute(name: string, value: string): void },
  fragment: string,
): boolean {
  const link = readWorkshopLink(fragment);
  if (!link) return false;
  project.setAttribute('server', link.server);
  project.setAttribute('workshop', link.workshop);
  project.setAttribute('token', link.token);
  return true;
}

/**
 * A workshop link to a page (`page`: its address, whatever fragment it has is replaced): what the facilitator
 * sends when they renew the invitation. `readWorkshopLink` reads it back.
 */
export function workshopLinkTo(page: string, link: WorkshopLink): string {
  const at = page.indexOf('#');
  const base = at < 0 ? page : page.slice(0, at);
  const part = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;
  return `${base}#${[
    part('coop-server', link.server),
    part('coop-workshop', link.workshop),
    part('coop-token', link.token),
  ].join('&')}`;
}
