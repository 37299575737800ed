/**
 * Where translations are kept, per English sentence and language. The storyteller is
 * deterministic, so the same sentences recur across readers and stories: once a sentence is
 * translated, every later reader of it is served from here. The journey store keeps the lasting
 * cache (SQLite locally, DynamoDB on AWS); the memory cache here holds the sentences a process
 * read lately, in front of it (see layered-cache.ts), and serves tests and a process with no store.
 */
import type { TargetLanguage } from './contract';
import { createLru } from './lru';

export interface TranslationCache {
  /** The kept translations of `sentences` in `language`, undefined where there is none. */
  get(language: TargetLanguage, sentences: readonly string[]): Promise<(string | undefined)[]>;
  /** Keeps translations: each English sentence with its translation. */
  put(language: TargetLanguage, entries: readonly (readonly [string, string])[]): Promise<void>;
}

/** A cache in memory, holding at most `capacity` sentences (the least recently used go first). */
export function createMemoryTranslationCache(capacity = 50_000): TranslationCache {
  const kept = createLru<string>(capacity);
  const keyOf = (language: TargetLanguage, sentence: string) => `${language}\u0000${sentence}`;
  return {
    get: (language, sentences) =>
      Promise.resolve(sentences.map((sentence) => kept.get(keyOf(language, sentence)))),
    put: (language, entries) => {
      for (const [sentence, translated] of entries) kept.set(keyOf(language, sentence), translated);
      return Promise.resolve();
    },
  };
}
