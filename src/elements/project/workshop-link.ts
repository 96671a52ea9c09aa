/**
 * Reads a workshop link: `#coop-server=…&coop-workshop=w-…&coop-token=…`, the fragment that
 * `coop-widgets-server new-workshop` and the join print. A fragment never reaches a server (no access log or
 * `Referer` holds the token). No dependency: a page may call it before the widgets load.
 */

/** What a workshop link carries: the server's URL, the workshop's id and the link's token. */
export interface WorkshopLink {
  server: string;
  workshop: string;
  token: string;
}

/** The workshop link in a URL fragment (`location.hash`), or `null` when it has none of its three parts. */
export function readWorkshopLink(fragment: string): WorkshopLink | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
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
export function applyWorkshopLink(project: Element, fragment: string): boolean {
  const link = readWorkshopLink(fragment);
  if (!link) return false;
  project.setAttribute('server', link.server);
  project.setAttribute('workshop', link.workshop);
  project.setAttribute('token', link.token);
  return true;
}
