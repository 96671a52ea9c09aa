/**
 * The rate limit per token: a token bucket of `burst` requests, refilled at `perSecond`. Over it, the request is
 * refused with `429` and `Retry-After` (the HTTP adapter retries those with back-off). These figures are this
 * server's defaults, chosen so that a widget's saves and polls never meet them; a portal may change them.
 */
export interface RateLimitOptions {
  readonly perSecond: number;
  readonly burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 20, burst: 200 };

export function createRateLimiter(options: RateLimitOptions, now: () => number = () => Date.now()) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sweepAt = now();

  return {
    /** Takes one request from the bucket of `id`; returns the seconds to wait when there is none left, else 0. */
    take(id: string): number {
      const t = now();
      if (t - sweepAt > 60_000) {
        // Forget buckets that are full again, so that the map does not grow with every token ever seen.
        for (const [key, bucket] of buckets)
          if (bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond >= options.burst) buckets.delete(key);
        sweepAt = t;
      }
      const bucket = buckets.get(id) ?? { tokens: options.burst, at: t };
      bucket.tokens = Math.min(options.burst, bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond);
      bucket.at = t;
      buckets.set(id, bucket);
      if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / options.perSecond);
      bucket.tokens -= 1;
      return 0;
    },
  };
}
