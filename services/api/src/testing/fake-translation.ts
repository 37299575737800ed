/**
 * A server configured to translate through Amazon Translate's fake (see
 * `@liminal/translation/testing`): the narrator configuration with no AI narrator and one
 * translator at `endpoint`, and the credentials the SDK signs its requests with.
 */
import { vi } from 'vitest';

export function translatingConfig(endpoint: string): string {
  return JSON.stringify({
    providers: [],
    translation: {
      translators: [{ type: 'amazon', region: 'eu-west-1', endpoint }],
      timeoutMs: 2000,
    },
  });
}

/** Any credentials do for the fake; undo with `vi.unstubAllEnvs()`. */
export function stubAwsCredentials(): void {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
}
