/**
 * Test helper: the narrator configuration (AI_PROVIDER_CONFIG) of one OpenAI-compatible narrator,
 * "local-llama", served by a fake upstream on loopback, as the API and browser tests configure it.
 */
export function fakeNarratorConfig(
  upstreamUrl: string,
  options: { timeoutMs: number; apiKeyEnv?: string },
): string {
  return JSON.stringify({
    providers: [
      {
        type: 'custom',
        name: 'local-llama',
        baseURL: `${upstreamUrl}/v1`,
        model: 'gpt-4o-mini',
        ...(options.apiKeyEnv === undefined ? {} : { apiKeyEnv: options.apiKeyEnv }),
        timeoutMs: options.timeoutMs,
        maxRetries: 0,
      },
    ],
  });
}
