/**
 * HTTP errors: each carries a status and a stable `code`, serialises itself, and is turned into
 * a response in exactly one place (the app's error handler). Messages are safe to show; stack
 * traces and causes never leave the server.
 */
import type { ErrorBody, ErrorCode } from '@liminal/contract';
import { ApiServiceError } from '../errors';

export class HttpError extends ApiServiceError {
  override readonly name = 'HttpError';
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  /** Response headers the error needs, such as Retry-After. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    options: {
      details?: Readonly<Record<string, unknown>>;
      headers?: Readonly<Record<string, string>>;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  toJSON(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}
