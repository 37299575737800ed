/**
 * The whole loop with the built-in storyteller: start, answer, replay. AI narration goes
 * through the same plan/append steps with another narrator in the middle.
 */
import type { BeatPlan } from './arc';
import { appendBeat, planNextBeat } from './arc';
import { InvalidReplayError, StoryEndedError } from './errors';
import type { Answer, StoryState } from './state';
import { createStory } from './state';
import { tellBeat } from './storyteller/storyteller';

/** Plans and narrates the next beat with the built-in storyteller. */
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
