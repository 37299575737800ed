/**
 * The contract every AI provider passes, against a local fake server speaking its vendor's wire
 * format: plain and streamed narration, exact usage, cancellation and timeouts, and every failure
 * mapped to a typed error that says whether a retry can help.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AIProvider } from '../contract/ai-provider';
import { ProviderCallError } from '../contract/errors';
import type { FakeUpstream } from '../testing/fake-upstream';
import { DEFAULT_BEAT } from '../testing/fake-upstream';

export interface ProviderHarness {
  start(): Promise<FakeUpstream>;
  create(upstream: FakeUpstream): AIProvider;
  /** Whether the provider streams token by token. */
  streams: boolean;
  /** Whether its model is in the price table. */
  priced: boolean;
  /** Whether the API has a refusal signal (a content filter or refusal stop reason). */
  refusals: boolean;
}

const request = {
  system: 'You narrate.',
  prompt: 'Beat 2. The reader answered yes.',
  maxOutputTokens: 120,
};

async function failure(promise: Promise<unknown>): Promise<ProviderCallError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderCallError);
    return error as ProviderCallError;
  }
  throw new Error('expected the call to fail');
}

export function describeProviderContract(label: string, harness: ProviderHarness): void {
  describe(`AIProvider contract: ${label}`, () => {
    let upstream: FakeUpstream;
    let provider: AIProvider;
    beforeAll(async () => {
      upstream = await harness.start();
      provider = harness.create(upstream);
    });
    afterAll(async () => {
      await upstream.close();
    });

    it('narrates and reports the usage the server reported', async () => {
      upstream.script({ usage: { input: 321, output: 27 } });
      const result = await provider.generate(request);
      expect(result.text).toBe(DEFAULT_BEAT);
      expect(result.usage).toEqual({ inputTokens: 321, outputTokens: 27 });
      expect(provider.validateResponse(result.text)).toBe(true);
      const cost = provider.estimateCost(result.usage);
      if (harness.priced) expect(cost).toBeGreaterThan(0);
      else expect(cost).toBe(0);
    });

    it('streams deltas that add up to the text, with the reported usage', async () => {
      upstream.script({ usage: { input: 400, output: 31 } });
      const deltas: string[] = [];
      const result = await provider.stream(request, { onDelta: (text) => deltas.push(text) });
      expect(deltas.join('')).toBe(result.text);
      expect(result.text).toBe(DEFAULT_BEAT);
      if (harness.streams) expect(deltas.length).toBeGreaterThan(5);
      expect(result.usage).toEqual({ inputTokens: 400, outputTokens: 31 });
    });

    it("keeps the design brief's interface: generateNarrative, capabilities and costs", async () => {
      const text = await provider.generateNarrative('Beat 1.', {
        system: 'You narrate the night bus.',
      });
      expect(text).toBe(DEFAULT_BEAT);
      expect(JSON.stringify(upstream.requests.at(-1)?.body)).toContain(
        'You narrate the night bus.',
      );
      expect(provider.getModelCapabilities()).toMatchObject({
        streaming: harness.streams,
        maxOutputTokens: 120,
      });
      expect(provider.estimateCost(1000)).toBeGreaterThanOrEqual(0);
      expect(provider.validateResponse('Not a beat')).toBe(false);
    });

    it('stops promptly when cancelled', async () => {
      upstream.script({ delayMs: 3000 });
      const controller = new AbortController();
      const started = performance.now();
      setTimeout(() => {
        controller.abort();
      }, 50);
      const error = await failure(
        provider.stream(request, { signal: controller.signal, onDelta: () => undefined }),
      );
      expect(error.kind).toBe('aborted');
      expect(error.isRetryable).toBe(false);
      expect(performance.now() - started).toBeLessThan(1500);
    });

    it('reports a timeout as a retryable timeout', async () => {
      upstream.script({ delayMs: 3000 });
      const error = await failure(provider.generate(request, { signal: AbortSignal.timeout(50) }));
      expect(error.kind).toBe('timeout');
      expect(error.isRetryable).toBe(true);
    });

    it('maps 429 to a retryable rate limit carrying Retry-After', async () => {
      upstream.script({ status: 429, retryAfter: '3' });
      const error = await failure(provider.generate(request));
      expect(error).toMatchObject({
        kind: 'rate-limited',
        statusCode: 429,
        isRetryable: true,
        retryAfterMs: 3000,
      });
    });

    it.each([500, 503])('maps %i to a retryable server error', async (status) => {
      upstream.script({ status });
      const error = await failure(provider.generate(request));
      expect(error).toMatchObject({ kind: 'server-error', statusCode: status, isRetryable: true });
    });

    it.each([
      [400, 'client-error'],
      [403, 'authentication'],
    ])('maps %i to a non-retryable %s', async (status, kind) => {
      upstream.script({ status });
      const error = await failure(provider.generate(request));
      expect(error).toMatchObject({ kind, statusCode: status, isRetryable: false });
    });

    it('maps a dropped connection to a retryable network error', async () => {
      upstream.script({ reset: true });
      const error = await failure(provider.generate(request));
      expect(error.kind).toBe('network');
      expect(error.isRetryable).toBe(true);
    });

    it('maps a malformed body to a retryable malformed-response error', async () => {
      upstream.script({ malformed: true });
      const error = await failure(provider.generate(request));
      expect(error.isRetryable).toBe(true);
      expect(['malformed-response', 'network']).toContain(error.kind);
    });

    // Only for APIs that have the signal: a test that cannot apply is left out, not skipped.
    if (harness.refusals)
      it('maps a refusal to a non-retryable refusal', async () => {
        upstream.script({ refusal: true });
        expect(await failure(provider.generate(request))).toMatchObject({
          kind: 'refusal',
          isRetryable: false,
        });
        if (harness.streams) {
          upstream.script({ refusal: true });
          const streamed = await failure(provider.stream(request, { onDelta: () => undefined }));
          expect(streamed).toMatchObject({ kind: 'refusal', isRetryable: false });
        }
      });

    if (harness.streams)
      it('maps a stream cut after the first tokens to a retryable error', async () => {
        upstream.script({ cutAfter: 3 });
        const deltas: string[] = [];
        const error = await failure(
          provider.stream(request, { onDelta: (text) => deltas.push(text) }),
        );
        expect(deltas.length).toBe(3);
        expect(error.isRetryable).toBe(true);
      });
  });
}
