/**
 * What the journey service needs from a narrator: a valid beat for a plan, with text deltas as
 * they arrive. The built-in storyteller is the default; the narrator router (packages/narrators)
 * implements the same shape with AI providers in front of it.
 */
import type { BeatPlan, Narration, StoryState } from '@liminal/story';
import { tellBeat } from '@liminal/story';

export interface NarrateOptions {
  /** Called with each piece of the accepted beat's text. */
  onDelta?: (text: string) => void;
  signal?: AbortSignal;
  /** What the journey has spent on narration so far, for its budget. */
  journeySpentUsd?: number;
}

/** One try of one provider, as the narrator router reports it. */
export interface NarrationAttempt {
  provider: string;
  model: string;
  outcome: string;
  reason?: string;
  statusCode?: number;
  retry: number;
  latencyMs: number;
  costUsd: number;
}

export interface NarratedBeat {
  narration: Narration;
  /** True when the configured narrator failed and a fallback spoke instead. */
  fallback: boolean;
  model?: string;
  usage?: { inputTokens: number; outputTokens: number };
  /** Everything this turn's narration cost, failed and repaired calls included. */
  costUsd?: number;
  attempts?: readonly NarrationAttempt[];
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
