import { describe, expect, it } from 'vitest';
import { ProviderCallError } from '../contract/errors';
import { defineProvider } from '../providers/define-provider';
import { createAttemptLog } from './attempt-log';
import type { RouterEntry } from './call-provider';
import { createCircuitBreaker } from './circuit-breaker';
import type { RetryContext } from './retries';
import { backoff, withRetries } from './retries';

const provider = defineProvider(
  { name: 'flaky', model: 'flaky-1', classify: () => undefined },
  { generate: () => Promise.reject(new Error('never called')) },
);
const entry: RouterEntry = { provider, timeoutMs: 1000, maxRetries: 2 };

function context(): RetryContext & { slept: number[] } {
  const slept: number[] = [];
  return {
    policy: { baseDelayMs: 100, maxDelayMs: 1000 },
    breaker: createCircuitBreaker({ failureThreshold: 10, cooldownMs: 1000, now: () => 0 }),
    log: createAttemptLog(),
    now: () => 0,
    random: () => 0.5,
    sleep: (ms) => {
      slept.push(ms);
      return Promise.resolve();
    },
    signal: undefined,
    slept,
  };
}

describe('withRetries', () => {
  it('tries again after a retryable failure and returns what the try returned', async () => {
    const retrying = context();
    let tries = 0;
    const result = await withRetries(entry, retrying, (tryNumber) => {
      tries++;
      if (tryNumber < 2)
        return Promise.reject(new ProviderCallError('flaky', 'server-error', '503'));
      return Promise.resolve('beat');
    });
    expect(result).toEqual({ value: 'beat', retry: null });
    expect(tries).toBe(3);
    expect(retrying.slept).toEqual([50, 100]);
    expect(
      retrying.log.attempts.map((attempt) => [attempt.outcome, attempt.reason, attempt.retry]),
    ).toEqual([
      ['failed', 'server-error', 0],
      ['failed', 'server-error', 1],
    ]);
  });

  it('does not retry what a retry cannot help, an error no provider mapped included', async () => {
    for (const error of [
      new ProviderCallError('flaky', 'authentication', '401'),
      new TypeError('a bug in a provider'),
    ]) {
      const retrying = context();
      let tries = 0;
      const result = await withRetries(entry, retrying, () => {
        tries++;
        return Promise.reject(error);
      });
      expect(result).toEqual({ value: null, retry: null });
      expect(tries).toBe(1);
      expect(retrying.log.attempts[0]?.reason).toBe(
        error instanceof ProviderCallError ? 'authentication' : 'unknown',
      );
    }
  });

  it('moves on, and leaves the provider alone, when asked to wait longer than a reader should', async () => {
    const retrying = context();
    const result = await withRetries(entry, retrying, () =>
      Promise.reject(new ProviderCallError('flaky', 'rate-limited', '429', { retryAfterMs: 5000 })),
    );
    expect(result).toEqual({ value: null, retry: null });
    expect(retrying.slept).toEqual([]);
    expect(retrying.breaker.state('flaky')).toBe('open');
  });

  it('does not retry a try that returned null (a beat that broke the rules twice)', async () => {
    const retrying = context();
    let tries = 0;
    expect(
      await withRetries(entry, retrying, () => {
        tries++;
        return Promise.resolve(null);
      }),
    ).toEqual({ value: null, retry: null });
    expect(tries).toBe(1);
  });
});

describe('withRetries over part of the tries', () => {
  it('stops after the range and says when the next try may start', async () => {
    const retrying = context();
    const failing = () => Promise.reject(new ProviderCallError('flaky', 'server-error', '503'));
    const first = await withRetries(entry, retrying, failing, { from: 0, to: 0 });
    expect(first).toEqual({ value: null, retry: { from: 1, at: 50 } });
    expect(retrying.slept).toEqual([]);
    const rest = await withRetries(entry, retrying, failing, { from: 1, to: 2 });
    expect(rest).toEqual({ value: null, retry: null });
    expect(retrying.slept).toEqual([100]);
    expect(retrying.log.attempts.map((attempt) => attempt.retry)).toEqual([0, 1, 2]);
  });

  it('offers no later try when the range ends at the last retry', async () => {
    const retrying = context();
    const failing = () => Promise.reject(new ProviderCallError('flaky', 'server-error', '503'));
    expect(await withRetries(entry, retrying, failing, { from: 2, to: 2 })).toEqual({
      value: null,
      retry: null,
    });
  });
});

describe('backoff', () => {
  it('jitters up to the doubled delay, capped, and never comes sooner than Retry-After', () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoff(policy, () => 1, 0, undefined)).toBe(100);
    expect(backoff(policy, () => 1, 5, undefined)).toBe(1000);
    expect(backoff(policy, () => 0, 3, 700)).toBe(700);
  });
});
