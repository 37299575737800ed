/**
 * Trying one provider again after a retryable failure: full jitter, never sooner than the
 * provider's Retry-After, and never longer than a reader should wait (then the provider is
 * left alone that long and the chain moves on). Every failure is logged and counted by the
 * provider's circuit breaker.
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

/**
 * Runs `attempt` (numbered from 0) until it returns, or throws something a retry cannot help,
 * or the entry's retries are spent. Returns what it returned; null when the provider failed.
 * The caller's own cancellation is thrown as it is.
 */
export async function withRetries<T>(
  entry: RouterEntry,
  context: RetryContext,
  attempt: (tryNumber: number) => Promise<T | null>,
): Promise<T | null> {
  const { provider } = entry;
  const model = provider.getModelCapabilities().model;
  for (let tryNumber = 0; tryNumber <= entry.maxRetries; tryNumber++) {
    const started = context.now();
    try {
      return await attempt(tryNumber);
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
      if (!error.isRetryable || tryNumber === entry.maxRetries) return null;
      const delay = backoff(context.policy, context.random, tryNumber, error.retryAfterMs);
      if (delay > context.policy.maxDelayMs) {
        // Asked to wait longer than a reader should: stay away that long, try the next one.
        context.breaker.openFor(provider.name, delay);
        return null;
      }
      await context.sleep(delay, context.signal);
    }
  }
  return null;
}

/**
 * Providers map their SDKs' failures to ProviderCallError; anything else escaped that mapping
 * (a bug in a provider), so it is not retried: a retry would only repeat it.
 */
function asProviderError(provider: string, caught: unknown): ProviderCallError {
  if (caught instanceof ProviderCallError) return caught;
  return new ProviderCallError(provider, 'unknown', String(caught), { cause: caught });
}
