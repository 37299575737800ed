/**
 * The one place errors become HTTP: the journey service's and the story domain's errors get
 * their status and stable code here, for JSON answers and for the error event of a stream alike.
 * Anything else is unexpected and becomes a 500 that says nothing of its cause.
 */
import { STATUS_OF } from '@liminal/contract';
import { StoryError } from '@liminal/story';
import { JourneyError } from '../journeys/journey-error';
import { HttpError } from './http-error';

/** The HTTP error for `error`, or null when it is unexpected (a bug or an outage: log it). */
export function toHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof JourneyError) {
    return new HttpError(
      STATUS_OF[error.code],
      error.code,
      error.message,
      error.details === undefined ? {} : { details: error.details },
    );
  }
  if (error instanceof StoryError) {
    // A seed or replay token the reader gave; a story that has ended. Other story errors mean a
    // narrator or a stored state is wrong: the server's fault, not the reader's.
    if (error.code === 'invalid-seed' || error.code === 'invalid-replay') {
      return new HttpError(STATUS_OF[error.code], error.code, error.message);
    }
    if (error.code === 'story-ended') {
      return new HttpError(STATUS_OF['journey-ended'], 'journey-ended', error.message);
    }
  }
  return null;
}

/** The 500 every unexpected error becomes. */
export const INTERNAL_ERROR = new HttpError(
  500,
  'internal-error',
  'Something went wrong on our side.',
);
