/**
 * Errors of the narrator layer. Provider call errors carry the provider, the HTTP status where
 * there was one, whether a retry can help and how long the provider asked us to wait; a failed
 * chain keeps every attempt's error.
 */

export type ProviderErrorKind =
  | 'rate-limited'
  | 'server-error'
  | 'network'
  | 'timeout'
  | 'malformed-response'
  | 'refusal'
  | 'client-error'
  | 'authentication'
  | 'aborted'
  /** A failure no provider mapping recognised: not retried, since a retry would repeat it. */
  | 'unknown';

/** Base error of `@liminal/narrators`. */
export class NarratorError extends Error {
  override readonly name: string = 'NarratorError';
}

export class ProviderCallError extends NarratorError {
  override readonly name = 'ProviderCallError';
  readonly provider: string;
  readonly kind: ProviderErrorKind;
  readonly statusCode: number | undefined;
  readonly isRetryable: boolean;
  /** From Retry-After (or a provider's own hint), in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(
    provider: string,
    kind: ProviderErrorKind,
    message: string,
    options: {
      statusCode?: number | undefined;
      retryAfterMs?: number | undefined;
      cause?: unknown;
    } = {},
  ) {
    super(`${provider}: ${message}`, { cause: options.cause });
    this.provider = provider;
    this.kind = kind;
    this.statusCode = options.statusCode;
    this.retryAfterMs = options.retryAfterMs;
    this.isRetryable = [
      'rate-limited',
      'server-error',
      'network',
      'timeout',
      'malformed-response',
    ].includes(kind);
  }
}

export class NarratorConfigError extends NarratorError {
  override readonly name = 'NarratorConfigError';
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The error kind for an HTTP status. */
export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 429) return 'rate-limited';
  if (status === 401 || status === 403) return 'authentication';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server-error';
  return 'client-error';
}
