/**
 * What can go wrong with a journey, as the journey service says it. The service knows nothing
 * of HTTP; the app maps these codes to statuses in one place (`http/to-http-error.ts`).
 */
import { ApiServiceError } from '../errors';

export type JourneyErrorCode =
  | 'journey-not-found'
  | 'not-your-journey'
  | 'stale-turn'
  | 'future-turn'
  | 'answer-conflict'
  | 'journey-ended'
  | 'seed-refused';

export class JourneyError extends ApiServiceError {
  override readonly name = 'JourneyError';
  readonly code: JourneyErrorCode;
  /** Machine-readable facts for the client, such as the journey's current turn. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: JourneyErrorCode,
    message: string,
    details?: Readonly<Record<string, unknown>>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}
