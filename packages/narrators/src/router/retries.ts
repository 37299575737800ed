/**
 * Trying one provider again after a retryable failure: full jitter, never sooner than the
 * provider's Retry-After, and never longer than a reader should wait (then the provider is
 * left alone that long and the chain moves on). Every failure is logged and counted by the
 * provider's circuit breaker. The router decides which tries happen when (see TryRange): a
 * provider with another after it gets one try at first, its retries only once the rest failed.
 */
import { ProviderCallError } from '../contract/errors';
import type { AttemptLog } from './attempt-log';
import type { RouterEntry } from './call-provider';
import type { CircuitBreaker } from './circuit-breaker';

export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface RetryContext {
  policy: RetryPolicy;
  breaker: CircuitBreaker;
  log: AttemptLog;
  now: () => number;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal: AbortSignal | undefined;
}

/** Full jitter, never sooner than the provider asked. */
export function backoff(
  policy: RetryPolicy,
  random: () => number,
  attempt: number,
  retryAfterMs: number | undefined,
): number {
  const jittered = random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Which tries of a provider to make now: `from` to `to`, numbered from 0. */
export interface TryRange {
  from: number;
  to: number;
}

/**
 * What the tries came to: the value a try returned, or null and when the provider may be tried
 * again (its next try number and the time its backoff ends), if a retry could help and it has
 * retries left.
 */
export type Tried<T> =
  { value: T; retry: null } | { value: null; retry: { from: number; at: number } | null };

/**
 * Runs `attempt` for each try of `tries` (all of the entry's, by default) until one returns, or
 * throws something a retry cannot help. The caller's own cancellation is thrown as it is.
 */
export async function withRetries<T>(
  entry: RouterEntry,
  context: RetryContext,
  attempt: (tryNumber: number) => Promise<T | null>,
  tries: TryRange = { from: 0, to: entry.maxRetries },
): Promise<Tried<T>> {
  const { provider } = entry;
  const model = provider.getModelCapabilities().model;
  const gaveUp = { value: null, retry: null };
  for (let tryNumber = tries.from; tryNumber <= tries.to; tryNumber++) {
    const started = context.now();
    try {
      const value = await attempt(tryNumber);
      return value === null ? gaveUp : { value, retry: null };
    } catch (caught) {
      if (context.signal?.aborted === true) throw context.signal.reason;
      const error = asProviderError(provider.name, caught);
      context.log.record(provider.name, model, {
        outcome: 'failed',
        reason: error.kind,
        statusCode: error.statusCode,
        retry: tryNumber,
        latencyMs: context.now() - started,
      });
      context.breaker.failure(provider.name);
      if (!error.isRetryable || tryNumber === entry.maxRetries) return gaveUp;
      const delay = backoff(context.policy, context.random, tryNumber, error.retryAfterMs);
      if (delay > context.policy.maxDelayMs) {
        // Asked to wait longer than a reader should: stay away that long, try the next one.
        context.breaker.openFor(provider.name, delay);
        return gaveUp;
      }
      if (tryNumber === tries.to) {
        return { value: null, retry: { from: tryNumber + 1, at: context.now() + delay } };
      }
      await context.sleep(delay, context.signal);
    }
  }
  return gaveUp;
}

/**
 * Providers map their SDKs' failures to ProviderCallError; anything else escaped that mapping
 * (a bug in a provider), so it is not retried: a retry would only repeat it.
 */
function asProviderError(provider: string, caught: unknown): ProviderCallError {
  if (caught instanceof ProviderCallError) return caught;
  return new ProviderCallError(provider, 'unknown', String(caught), { cause: caught });
}
