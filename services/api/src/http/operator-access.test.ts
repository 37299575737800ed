import { describe, expect, it } from 'vitest';
import { HttpError } from './http-error';
import { checkOperator } from './operator-access';

/** The error code a request gets, or 'ok'. */
function outcome(
  token: string | undefined,
  authorization: string | undefined,
  address: string | undefined,
  behindProxy = false,
  header?: string,
): string {
  try {
    checkOperator({ token, behindProxy }, { header, authorization }, address);
    return 'ok';
  } catch (error) {
    return error instanceof HttpError ? `${String(error.status)} ${error.code}` : 'thrown';
  }
}

describe('operator access to the insights', () => {
  it('takes the operators’ token from anywhere, and nothing else', () => {
    expect(outcome('s3cret', 'Bearer s3cret', '203.0.113.9')).toBe('ok');
    expect(outcome('s3cret', 'Bearer s3cre', '127.0.0.1')).toBe('401 operator-token-required');
    expect(outcome('s3cret', 'Bearer s3cret-and-more', '127.0.0.1')).toBe(
      '401 operator-token-required',
    );
    expect(outcome('s3cret', 'Basic s3cret', '127.0.0.1')).toBe('401 operator-token-required');
    expect(outcome('s3cret', undefined, '127.0.0.1')).toBe('401 operator-token-required');
  });

  it('takes the token from its own header, beside a SigV4 Authorization as on AWS', () => {
    const sigv4 =
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261126/eu-west-1/execute-api/aws4_request';
    expect(outcome('s3cret', sigv4, undefined, true, 's3cret')).toBe('ok');
    expect(outcome('s3cret', sigv4, undefined, true, 'guess')).toBe('401 operator-token-required');
    expect(outcome('s3cret', sigv4, undefined, true)).toBe('401 operator-token-required');
  });

  it('without a token, serves this machine only, and never through a proxy', () => {
    expect(outcome(undefined, undefined, '127.0.0.1')).toBe('ok');
    expect(outcome(undefined, undefined, '::1')).toBe('ok');
    expect(outcome(undefined, undefined, '::ffff:127.0.0.1')).toBe('ok');
    expect(outcome(undefined, undefined, '192.168.1.20')).toBe('403 operator-only');
    expect(outcome(undefined, undefined, undefined)).toBe('403 operator-only');
    expect(outcome(undefined, undefined, '127.0.0.1', true)).toBe('403 operator-only');
  });
});
