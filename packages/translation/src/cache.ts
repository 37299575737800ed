/**
 * Where translations are kept, per English sentence and language. The storyteller is
 * deterministic, so the same sentences recur across readers and stories: once a sentence is
 * translated, every later reader of it is served from here. The journey store keeps the lasting
 * cache (SQLite locally, DynamoDB on AWS); the memory cache here is for tests and for a process
 * with no store.
 */
import type { TargetLanguage } from './contract';

export interface TranslationCache {
  /** The kept translations of `sentences` in `language`, undefined where there is none. */
  get(language: TargetLanguage, sentences: readonly string[]): Promise<(string | undefined)[]>;
  /** Keeps translations: each English sentence with its translation. */
  put(language: TargetLanguage, entries: readonly (readonly [string, string])[]): Promise<void>;
}

/** A cache in memory, holding at most `capacity` sentences (the least recently used go first). */
export function createMemoryTranslationCache(capacity = 50_000): TranslationCache {
  const kept = new Map<string, string>();
  const keyOf = (language: TargetLanguage, sentence: string) => `${language}\u0000${sentence}`;
  return {
    get: (language, sentences) =>
      Promise.resolve(
        sentences.map((sentence) => {
          const key = keyOf(language, sentence);
          const found = kept.get(key);
          if (found !== undefined) {
            // Used again: to the back of the queue.
            kept.delete(key);
            kept.set(key, found);
          }
          return found;
        }),
      ),
    put: (language, entries) => {
      for (const [sentence, translated] of entries) {
        kept.set(keyOf(language, sentence), translated);
        if (kept.size > capacity) kept.delete(kept.keys().next().value as string);
      }
      return Promise.resolve();
    },
  };
}

/**
 * A cache in memory in front of a lasting one: a sentence read often is served without a query,
 * and the lasting cache is asked only for what memory lacks (what it finds is kept in memory
 * too). Every put goes to both.
 */
export function createLayeredTranslationCache(
  front: TranslationCache,
  back: TranslationCache,
): TranslationCache {
  return {
    get: async (language, sentences) => {
      const found = await front.get(language, sentences);
      const missing = sentences.filter((_, index) => found[index] === undefined);
      if (missing.length === 0) return found;
      const fetched = await back.get(language, missing);
      const kept: [string, string][] = [];
      let next = 0;
      const merged = found.map((translation, index) => {
        if (translation !== undefined) return translation;
        const fromBack = fetched[next++];
        const sentence = sentences[index];
        if (fromBack !== undefined && sentence !== undefined) kept.push([sentence, fromBack]);
        return fromBack;
      });
      if (kept.length > 0) await front.put(language, kept);
      return merged;
    },
    put: async (language, entries) => {
      await back.put(language, entries);
      await front.put(language, entries);
    },
  };
}
