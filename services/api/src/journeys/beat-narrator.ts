/**
 * What the journey service needs from a narrator: a valid beat for a plan, with text deltas as
 * they arrive. The built-in storyteller is the default; the narrator router (packages/narrators)
 * implements the same shape with AI providers in front of it.
 */
import type { BeatPlan, Narration, StoryState } from '@liminal/story';
import { tellBeat } from '@liminal/story';

export interface NarrateOptions {
  /** Called with each piece of text as it is ready; the final beat may differ (see fallback). */
  onDelta?: (text: string) => void;
  signal?: AbortSignal;
}

export interface NarratedBeat {
  narration: Narration;
  /** True when the configured narrator failed and a fallback spoke instead. */
  fallback: boolean;
}

export interface BeatNarrator {
  narrate(state: StoryState, plan: BeatPlan, options?: NarrateOptions): Promise<NarratedBeat>;
}

/** Splits text into word-sized deltas, keeping the spaces, so streaming looks like typing. */
export function* wordDeltas(text: string): Generator<string> {
  for (const match of text.matchAll(/\S+\s*/gu)) yield match[0];
}

/** The built-in storyteller as a narrator: no key, no network, never fails. */
export function createStorytellerNarrator(): BeatNarrator {
  return {
    narrate(state, plan, options = {}) {
      const narration = tellBeat(state, plan);
      if (options.onDelta) for (const delta of wordDeltas(narration.text)) options.onDelta(delta);
      return Promise.resolve({ narration, fallback: false });
    },
  };
}
