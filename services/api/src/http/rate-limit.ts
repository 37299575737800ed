/**
 * A per-client token bucket: `perMinute` requests a minute on average, bursts up to `burst`.
 * In memory, so per process: on AWS the WAF's rate-based rule is the shared limit and this one
 * protects each Lambda instance.
 */
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error';

export interface RateLimitOptions {
  /** Requests a minute per client; 0 turns the limit off. */
  perMinute: number;
  burst: number;
  /** Who the client is: an IP address, usually. */
  clientKey: (request: Request, env: unknown) => string;
  now?: () => number;
  /** Buckets kept at most; the least recently used are dropped beyond it. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? (() => performance.now());
  const maxClients = options.maxClients ?? 10_000;
  const refillPerMs = options.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  return async (context, next) => {
    if (options.perMinute <= 0) return next();
    const key = options.clientKey(context.req.raw, context.env);
    const time = now();
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: options.burst, updated: time };
      if (buckets.size >= maxClients) {
        const oldest = buckets.keys().next();
        if (oldest.done !== true) buckets.delete(oldest.value);
      }
    } else {
      buckets.delete(key); // re-inserted below: Map order doubles as least-recently-used order
      bucket.tokens = Math.min(
        options.burst,
        bucket.tokens + (time - bucket.updated) * refillPerMs,
      );
      bucket.updated = time;
    }
    buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      throw new HttpError(429, 'rate-limited', 'Too many requests; wait a moment and try again.', {
        headers: { 'Retry-After': String(retryAfter) },
        details: { retryAfterSeconds: retryAfter },
      });
    }
    bucket.tokens -= 1;
    return next();
  };
}
