import type { IncomingMessage } from 'node:http';

/**
 * The rate limits. Per token: a token bucket of `burst` requests, refilled at `perSecond`. Over it, the request is
 * refused with `429` and `Retry-After` (the HTTP adapter retries those with back-off). These figures are this
 * server's defaults, chosen so that a widget's saves and polls never meet them; a portal may change them.
 * Per client address, for the requests that bring no valid token (missing, malformed, unknown or revoked: the
 * `401`s): a guesser or a forgotten client is slowed down to `429` without touching anyone's token, and a valid
 * token is never charged to its address (a hospital's participants often share one address).
 */
export interface RateLimitOptions {
  readonly perSecond: number;
  readonly burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 20, burst: 200 };

/**
 * The facilitator's token reads every participant's document as it changes (one GET per change): its rate and
 * burst are this many times the per-token ones, so that 50 participants saving every second or two stay under it.
 */
export const FACILITATOR_RATE_FACTOR = 10;

/** Requests without a valid token, per client address: this server's default. */
export const DEFAULT_IP_RATE_LIMIT: RateLimitOptions = { perSecond: 10, burst: 100 };

/** An IPv6 address written out in full, eight groups (`::` expanded, an embedded IPv4 turned into two groups). */
function ipv6Groups(address: string): string[] | null {
  let text = address.replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail, ...more] = text.split('::');
  if (more.length) return null;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  if (fill < 0) return null;
  const groups = [...left, ...Array<string>(fill).fill('0'), ...right];
  return groups.length === 8 && groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)) ? groups : null;
}

/**
 * The address a request's limit is counted against: the connection's peer, or — only with `trustProxy`, when a
 * reverse proxy of ours stands in front — the last address of `X-Forwarded-For` (the one that proxy saw; those
 * before it are the client's to write). An IPv4 address as itself (also when IPv6-mapped); an IPv6 address by its
 * /64, the block one subscriber usually holds.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  let address = request.socket.remoteAddress ?? '';
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && forwarded) {
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').pop()?.trim();
    if (last) address = last.replace(/^\[(.*)\](?::\d+)?$/, '$1');
  }
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return mapped;
  if (!address.includes(':')) return address;
  const groups = ipv6Groups(address);
  return groups
    ? `${groups
        .slice(0, 4)
        .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
        .join(':')}::/64`
    : address;
}

export function createRateLimiter(options: RateLimitOptions, now: () => number = () => Date.now()) {
  const buckets = new Map<string, { tokens: number; at: number; scale: number }>();
  let sweepAt = now();

  return {
    /**
     * Takes one request from the bucket of `id`, whose rate and burst are `scale` times the options'; returns the
     * seconds to wait when there is none left, else 0.
     */
    take(id: string, scale = 1): number {
      const perSecond = options.perSecond * scale;
      const burst = options.burst * scale;
      const t = now();
      if (t - sweepAt > 60_000) {
        // Forget buckets that are full again, so that the map does not grow with every token ever seen.
        for (const [key, bucket] of buckets)
          if (
            bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond * bucket.scale >=
            options.burst * bucket.scale
          )
            buckets.delete(key);
        sweepAt = t;
      }
      const bucket = buckets.get(id) ?? { tokens: burst, at: t, scale };
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
      bucket.at = t;
      buckets.set(id, bucket);
      if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / perSecond);
      bucket.tokens -= 1;
      return 0;
    },
  };
}
