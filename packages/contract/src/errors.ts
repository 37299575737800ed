/**
 * Errors as the API answers them: a JSON body with a stable `code` a client can act on, a
 * message safe to show, and sometimes machine-readable details (the current turn for a 409).
 */
export const ERROR_CODES = [
  'malformed-json',
  'invalid-request',
  'unsupported-media-type',
  'payload-too-large',
  'not-found',
  'journey-not-found',
  'method-not-allowed',
  'stale-turn',
  'future-turn',
  'answer-conflict',
  'journey-ended',
  'invalid-seed',
  'invalid-replay',
  'rate-limited',
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
