/**
 * What the journey service needs from a narrator: a valid beat for a plan, with text deltas.
 * The narrator router (packages/narrators) has this shape: AI providers in order, the built-in
 * storyteller last (alone when nothing is configured).
 */
import type { BeatPlan, Narration, StoryState } from '@liminal/story';

export interface NarrateOptions {
  /**
   * Called with each piece of the beat's text as the reader may see it: a streamed beat's first
   * sentence once it stands alone, the rest once the beat is accepted.
   */
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
  /** For a beat moderation blocked: who blocked it and for what. */
  moderation?: { moderator: string; categories: readonly string[] };
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
  /** What moderating this turn's AI beats cost. */
  moderationCostUsd?: number;
  attempts?: readonly NarrationAttempt[];
}

export interface BeatNarrator {
  narrate(state: StoryState, plan: BeatPlan, options?: NarrateOptions): Promise<NarratedBeat>;
}
