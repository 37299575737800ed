/**
 * Errors as the API answers them: a JSON body with a stable `code` a client can act on, a
 * message safe to show, and sometimes machine-readable details (the current turn for a 409).
 */
export const ERROR_CODES = [
  'malformed-json',
  'invalid-request',
  'unsupported-media-type',
  'payload-too-large',
  'headers-too-large',
  'request-timeout',
  'not-found',
  'journey-not-found',
  'not-your-journey',
  'method-not-allowed',
  'stale-turn',
  'future-turn',
  'answer-conflict',
  'journey-ended',
  'invalid-seed',
  'seed-refused',
  'invalid-replay',
  'rate-limited',
  'operator-token-required',
  'operator-only',
  'internal-error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Extra machine-readable facts, such as the current turn for a 409. */
    details?: Readonly<Record<string, unknown>>;
  };
}

/**
 * The HTTP status each code is answered with. A stream that fails after it began carries the
 * code only (its status is already 200), so a client reads the status from here.
 */
export const STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  'malformed-json': 400,
  'invalid-request': 400,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'headers-too-large': 431,
  'request-timeout': 408,
  'not-found': 404,
  'journey-not-found': 404,
  'not-your-journey': 403,
  'method-not-allowed': 405,
  'stale-turn': 409,
  'future-turn': 409,
  'answer-conflict': 409,
  'journey-ended': 409,
  'invalid-seed': 400,
  'seed-refused': 400,
  'invalid-replay': 400,
  'rate-limited': 429,
  'operator-token-required': 401,
  'operator-only': 403,
  'internal-error': 500,
};
