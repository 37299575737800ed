/**
 * The whole loop with the built-in storyteller: start, answer, replay. AI narration goes
 * through the same plan/append steps with another narrator in the middle.
 */
import { appendBeat } from './append';
import { InvalidReplayError, StoryEndedError } from './errors';
import type { BeatPlan } from './plan';
import { planNextBeat } from './plan';
import { RETOLD_FACT } from './ledger/migrate';
import { decodeReplay } from './replay';
import type { Answer, StoryState } from './state';
import { createStory } from './state';
import { tellBeat } from './storyteller/storyteller';

/** Narrates a planned beat with the built-in storyteller and appends it. */
export function tellNext(state: StoryState, plan: BeatPlan): StoryState {
  return appendBeat(state, plan, tellBeat(state, plan));
}

/** A new story with its opening beat, told by the built-in storyteller. */
export function startStory(seed: string): StoryState {
  const state = createStory(seed);
  return tellNext(state, planNextBeat(state));
}

/** Answers the newest beat and tells the next one with the built-in storyteller. */
export function continueStory(state: StoryState, answer: unknown): StoryState {
  return tellNext(state, planNextBeat(state, answer));
}

/**
 * Replays a built-in story from its seed and answers, word for word. Throws
 * `InvalidReplayError` when there are more answers than the story has questions.
 */
export function replayStory(seed: string, answers: readonly Answer[]): StoryState {
  let state = startStory(seed);
  for (const [index, answer] of answers.entries()) {
    try {
      state = continueStory(state, answer);
    } catch (error) {
      if (error instanceof StoryEndedError) {
        throw new InvalidReplayError(
          `The story ends after ${index} answers, but ${answers.length} were given.`,
        );
      }
      throw error;
    }
  }
  return state;
}

export interface ReplayedStory {
  state: StoryState;
  /**
   * True when the token was made by an earlier storyteller: the words have changed since, and
   * answers past the new telling's ending were set aside.
   */
  retold: boolean;
}

/**
 * Replays a share token. A token from this storyteller replays word for word; one from an
 * earlier telling replays its seed and answers with today's storyteller, as far as they go,
 * and says so. Throws `InvalidReplayError` for a token that is not a replay at all.
 */
export function replayToken(token: unknown): ReplayedStory {
  const replay = decodeReplay(token);
  if (replay.current) return { state: replayStory(replay.seed, replay.answers), retold: false };
  let state = startStory(replay.seed);
  for (const answer of replay.answers) {
    if (state.ending !== null) break;
    state = continueStory(state, answer);
  }
  // The journey remembers that it began from an earlier telling's link.
  const facts = [...state.ledger.facts, RETOLD_FACT];
  return { state: { ...state, ledger: { ...state.ledger, facts } }, retold: true };
}
