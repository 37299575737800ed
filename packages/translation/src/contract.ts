/**
 * The translation contract: one interface every translator implements (like `Moderator` for
 * moderation and `AIProvider` for narrators), and its typed errors. A translator turns English
 * sentences into one of the story's other languages; what to do when it fails, and which
 * sentences it is asked for at all (the cache's misses), is `translation.ts`'s policy.
 */
import type { Language } from '@liminal/story';

/** The names translators go by in events and metrics. */
export const AMAZON_TRANSLATOR_NAME = 'amazon-translate';
export const DEEPL_TRANSLATOR_NAME = 'deepl';
/** A model's name unless the configuration gives it one. */
export const MODEL_TRANSLATOR_NAME = 'model';

/** A language a translator writes into: any of the story's but English, which is the source. */
export type TargetLanguage = Exclude<Language, 'en'>;

export interface Translator {
  /** Its name in events and metrics. */
  readonly name: string;
  /**
   * The English `sentences` in `to`, one for one and in order. All of them or an error: a beat
   * is never shown half translated.
   */
  translate(
    sentences: readonly string[],
    to: TargetLanguage,
    options?: { signal?: AbortSignal },
  ): Promise<string[]>;
}

export type TranslationErrorKind =
  'timeout' | 'throttled' | 'unavailable' | 'malformed' | 'unsupported' | 'refused';

/** A translator could not translate; the chain moves on to the next, or gives up whole. */
export class TranslationError extends Error {
  override readonly name = 'TranslationError';
  constructor(
    readonly kind: TranslationErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
