import { describe, expect, it } from 'vitest';
import { classifyAwsError, classifyHttpSdkError, toProviderError } from './define-provider';

const none = () => undefined;
const named = (name: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`${name} happened`), { name, ...extra });

describe('toProviderError', () => {
  it('reads an HTTP status first, with Retry-After', () => {
    const error = toProviderError(
      'p',
      { status: 429, headers: { 'retry-after': '2' } },
      undefined,
      none,
    );
    expect(error).toMatchObject({ kind: 'rate-limited', statusCode: 429, retryAfterMs: 2000 });
  });

  it('knows a dropped connection by its code, wherever it is in the causes', () => {
    const error = new Error('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }),
    });
    expect(toProviderError('p', error, undefined, none).kind).toBe('network');
  });

  it('knows a stalled connection by its code', () => {
    const error = Object.assign(new Error('x'), { code: 'UND_ERR_BODY_TIMEOUT' });
    expect(toProviderError('p', error, undefined, none)).toMatchObject({
      kind: 'network',
      isRetryable: true,
    });
  });

  it('takes the vendor classifier before the fallbacks', () => {
    expect(toProviderError('p', new Error('x'), undefined, () => 'refusal').kind).toBe('refusal');
  });

  it('calls a body that did not parse malformed, and anything else unknown and not retried', () => {
    expect(toProviderError('p', new SyntaxError('Unexpected token'), undefined, none).kind).toBe(
      'malformed-response',
    );
    // Messages are not read: this one mentions a socket, but nothing typed says so.
    const unknown = toProviderError(
      'p',
      new Error('socket hang up in JSON parse'),
      undefined,
      none,
    );
    expect(unknown).toMatchObject({ kind: 'unknown', isRetryable: false });
  });
});

describe('classifyAwsError', () => {
  it.each([
    ['ThrottlingException', {}, 'rate-limited'],
    ['ModelStreamErrorException', { $fault: 'client' }, 'server-error'],
    ['ModelTimeoutException', {}, 'timeout'],
    ['TimeoutError', {}, 'timeout'],
    ['AccessDeniedException', {}, 'authentication'],
    ['ServiceUnavailableException', { $fault: 'server' }, 'server-error'],
    ['ValidationException', { $fault: 'client' }, 'client-error'],
    ['SomethingNew', {}, undefined],
  ] as const)('reads %s as %s', (name, extra, kind) => {
    expect(classifyAwsError(named(name, extra))).toBe(kind);
  });
});

describe('classifyHttpSdkError', () => {
  it('retries an error the vendor sent inside a stream (an API error with no status)', async () => {
    const { default: Anthropic } = await import('@anthropic-ai/sdk');
    const midStream = new Anthropic.APIError(
      undefined,
      { type: 'overloaded_error' },
      'Overloaded',
      undefined,
    );
    const error = toProviderError(
      'anthropic',
      midStream,
      undefined,
      classifyHttpSdkError(Anthropic),
    );
    expect(error).toMatchObject({ kind: 'server-error', isRetryable: true });
  });
});
