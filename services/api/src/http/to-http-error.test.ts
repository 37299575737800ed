import {
  InvalidReplayError,
  InvalidSeedError,
  InvalidStateError,
  StoryEndedError,
} from '@liminal/story';
import { describe, expect, it } from 'vitest';
import { JourneyError } from '../journeys/journey-error';
import { HttpError } from './http-error';
import { INTERNAL_ERROR, toHttpError } from './to-http-error';

describe('toHttpError', () => {
  it.each([
    ['journey-not-found', 404],
    ['stale-turn', 409],
    ['future-turn', 409],
    ['answer-conflict', 409],
    ['journey-ended', 409],
  ] as const)('answers the journey error %s with %i and its details', (code, status) => {
    const error = toHttpError(new JourneyError(code, 'Said plainly.', { currentTurn: 3 }));
    expect(error?.status).toBe(status);
    expect(error?.toJSON()).toEqual({
      error: { code, message: 'Said plainly.', details: { currentTurn: 3 } },
    });
  });

  it('answers what the reader gave wrong with 400, and a story that has ended with 409', () => {
    expect(toHttpError(new InvalidSeedError('Too long.'))?.status).toBe(400);
    expect(toHttpError(new InvalidSeedError('Too long.'))?.code).toBe('invalid-seed');
    expect(toHttpError(new InvalidReplayError('Not a token.'))?.code).toBe('invalid-replay');
    expect(toHttpError(new StoryEndedError())?.code).toBe('journey-ended');
  });

  it('passes HTTP errors through and leaves everything else to the 500', () => {
    const limited = new HttpError(429, 'rate-limited', 'Slow down.');
    expect(toHttpError(limited)).toBe(limited);
    expect(toHttpError(new InvalidStateError('A stored state is broken.'))).toBeNull();
    expect(toHttpError(new Error('boom'))).toBeNull();
    expect(INTERNAL_ERROR.toJSON().error.message).not.toContain('boom');
  });
});
