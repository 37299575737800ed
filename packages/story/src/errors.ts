/**
 * Errors of the story domain. Every error carries a stable `code` so that callers (the API,
 * the narrator router) can map it without parsing messages.
 */

export type StoryErrorCode =
  | 'invalid-seed'
  | 'invalid-answer'
  | 'invalid-turn'
  | 'invalid-beat'
  | 'invalid-state'
  | 'invalid-replay'
  | 'unsupported-format'
  | 'story-ended';

/** Base error of `@liminal/story`. */
export class StoryError extends Error {
  override readonly name: string = 'StoryError';
  readonly code: StoryErrorCode;

  constructor(code: StoryErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export class InvalidSeedError extends StoryError {
  override readonly name = 'InvalidSeedError';
  constructor(message: string) {
    super('invalid-seed', message);
  }
}

export class InvalidAnswerError extends StoryError {
  override readonly name = 'InvalidAnswerError';
  constructor(message: string) {
    super('invalid-answer', message);
  }
}

/** The turn a caller asked for is not the next one; `expectedTurn` says which is. */
export class InvalidTurnError extends StoryError {
  override readonly name = 'InvalidTurnError';
  readonly expectedTurn: number;
  constructor(message: string, expectedTurn: number) {
    super('invalid-turn', message);
    this.expectedTurn = expectedTurn;
  }
}

/** A narrated beat broke the beat rules; `reasons` lists every rule it broke. */
export class InvalidBeatError extends StoryError {
  override readonly name = 'InvalidBeatError';
  readonly reasons: readonly string[];
  constructor(message: string, reasons: readonly string[]) {
    super('invalid-beat', message);
    this.reasons = reasons;
  }
}

export class InvalidStateError extends StoryError {
  override readonly name = 'InvalidStateError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid-state', message, options);
  }
}

export class InvalidReplayError extends StoryError {
  override readonly name = 'InvalidReplayError';
  constructor(message: string) {
    super('invalid-replay', message);
  }
}

export class UnsupportedFormatError extends StoryError {
  override readonly name = 'UnsupportedFormatError';
  readonly format: unknown;
  constructor(format: unknown, oldest: number, newest: number) {
    super(
      'unsupported-format',
      `Story state format ${JSON.stringify(format)} cannot be loaded; this version loads formats ${oldest} to ${newest}.`,
    );
    this.format = format;
  }
}

export class StoryEndedError extends StoryError {
  override readonly name = 'StoryEndedError';
  constructor(message = 'The story has ended; start a new journey or replay this one.') {
    super('story-ended', message);
  }
}
