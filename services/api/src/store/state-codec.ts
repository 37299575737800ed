/**
 * How both stores keep a story: the state without its beats as one JSON document (it changes
 * each turn), and each beat as its own (written once). Reading puts them back together as one
 * document, so `loadStory` checks the whole story, beats included, as it would any other.
 */
import type { Beat, StoryState } from '@liminal/story';
import { loadStory } from '@liminal/story';

/** The story's state without its beats. */
export function encodeStateWithoutBeats(state: StoryState): string {
  return JSON.stringify({ ...state, beats: undefined });
}

export function encodeBeat(beat: Beat): string {
  return JSON.stringify(beat);
}

/** The story from its stored state and its beats (each as encoded above), checked whole. */
export function decodeStory(stateWithoutBeats: string, beats: readonly string[]): StoryState {
  // The state document is an object: its closing brace makes way for the beats.
  return loadStory(`${stateWithoutBeats.slice(0, -1)},"beats":[${beats.join(',')}]}`);
}
