/**
 * The replay format: a seed and the answers given, as one URL-safe token
 * (`5.<base64url seed>.<y|n answers>`), enough to reproduce a built-in story word for word.
 * The leading number is the telling: tokens from an earlier storyteller (`1.` to `4.`) still decode,
 * and are marked so that a replay can say the words have changed.
 */
import { InvalidReplayError, StoryError } from './errors';
import { normaliseSeed } from './seed';
import type { Answer } from './vocabulary';
import { MAX_STORY_BEATS } from './arc';

export interface Replay {
  seed: string;
  answers: Answer[];
}

export interface DecodedReplay extends Replay {
  /** False for a token made by an earlier storyteller, whose words have since changed. */
  current: boolean;
}

/** The storyteller's telling: bumped whenever the same seed and answers would tell differently. */
export const TELLING = '16';
/** Every telling before this one, "1" to one less than TELLING: their tokens still replay. */
const EARLIER_TELLINGS: ReadonlySet<string> = new Set(
  Array.from({ length: Number(TELLING) - 1 }, (_, index) => String(index + 1)),
);

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

function fromBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/u.test(encoded))
    throw new InvalidReplayError('The seed part is not base64url.');
  const binary = atob(encoded.replace(/-/gu, '+').replace(/_/gu, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidReplayError('The seed part is not valid UTF-8.');
  }
}

/** Encodes a seed and answers as a replay token of the current telling. */
export function encodeReplay(replay: Replay): string {
  const answers = replay.answers.map((answer) => (answer === 'yes' ? 'y' : 'n')).join('');
  return `${TELLING}.${toBase64Url(normaliseSeed(replay.seed))}.${answers}`;
}

/** Decodes a replay token, or throws `InvalidReplayError` saying what is wrong with it. */
export function decodeReplay(token: unknown): DecodedReplay {
  if (typeof token !== 'string' || token.length > 200) {
    throw new InvalidReplayError('A replay token is a short piece of text.');
  }
  const [version, seedPart, answerPart, ...rest] = token.split('.');
  const known = version === TELLING || (version !== undefined && EARLIER_TELLINGS.has(version));
  if (!known || seedPart === undefined || answerPart === undefined || rest.length > 0) {
    throw new InvalidReplayError(
      `The replay token is not in the ${TELLING}.<seed>.<answers> format.`,
    );
  }
  if (!/^[yn]*$/u.test(answerPart) || answerPart.length >= MAX_STORY_BEATS) {
    throw new InvalidReplayError('The answers part must be a short run of y and n.');
  }
  let seed: string;
  try {
    seed = normaliseSeed(fromBase64Url(seedPart));
  } catch (error) {
    if (error instanceof StoryError)
      throw new InvalidReplayError(`Bad seed in replay: ${error.message}`);
    throw new InvalidReplayError('The seed part cannot be decoded.');
  }
  return {
    seed,
    answers: (answerPart.match(/[yn]/gu) ?? []).map((letter): Answer =>
      letter === 'y' ? 'yes' : 'no',
    ),
    current: version === TELLING,
  };
}
