/**
 * The moderation contract: one interface every moderator implements (like `AIProvider` for
 * narrators), its categories, and its typed errors. A moderator only scores a text; what counts
 * as blocked (thresholds, order, what a failure means) is `moderation.ts`'s policy.
 */

/** What a moderator may find. Bounded, so each can be a metric dimension. */
export const MODERATION_CATEGORIES = [
  'profanity',
  'hate',
  'insult',
  'sexual',
  'violence',
  'harassment',
  'graphic',
  'toxicity',
  'personal-data',
] as const;
export type ModerationCategory = (typeof MODERATION_CATEGORIES)[number];

/** Scores from 0 (none) to 1 (certain) for the categories a moderator found anything of. */
export type ModerationScores = Partial<Record<ModerationCategory, number>>;

/** The names moderators go by in events and metrics. */
export const LOCAL_MODERATOR_NAME = 'local';
export const COMPREHEND_MODERATOR_NAME = 'comprehend';

/** Where a text comes from: a beat an AI wrote, or a seed a reader typed. */
export type ModerationSource = 'beat' | 'seed';

export interface Moderator {
  /** Its name in events and metrics: "local", "comprehend". */
  readonly name: string;
  /** True when it answers in-process with no network: it can then also check synchronously. */
  readonly local: boolean;
  moderate(text: string, options?: { signal?: AbortSignal }): Promise<ModerationScores>;
  /** What judging `text` costs in USD (none for a local moderator). */
  costUsd?(text: string): number;
}

/** A moderator that can also answer at once (for a streamed beat's first sentence). */
export interface LocalModerator extends Moderator {
  readonly local: true;
  scoresNow(text: string): ModerationScores;
}

export type ModerationErrorKind =
  'timeout' | 'throttled' | 'unavailable' | 'malformed' | 'unsupported';

/** A moderator could not give a verdict; the policy decides what that means for the text. */
export class ModerationError extends Error {
  override readonly name = 'ModerationError';
  constructor(
    readonly kind: ModerationErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
