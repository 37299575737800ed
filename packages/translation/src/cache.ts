/**
 * Where translations are kept, per English sentence and language. The storyteller is
 * deterministic, so the same sentences recur across readers and stories: once a sentence is
 * translated, every later reader of it is served from here. The journey store keeps the lasting
 * cache (SQLite locally, DynamoDB on AWS); the memory cache here holds the sentences a process
 * read lately, in front of it (see layered-cache.ts), and serves tests and a process with no store.
 */
import type { TargetLanguage } from './contract';

export interface TranslationCache {
  /** The kept translations of `sentences` in `language`, undefined where there is none. */
  get(language: TargetLanguage, sentences: readonly string[]): Promise<(string | undefined)[]>;
  /** Keeps translations: each English sentence with its translation. */
  put(language: TargetLanguage, entries: readonly (readonly [string, string])[]): Promise<void>;
}

/**
 * A cache in memory, holding at most `capacity` sentences; the least recently used go first, as
 * a clock keeps them: a read marks its sentence used, and the sentence about to go is spared
 * (moved to the back, unmarked) if it was used since it last came round. A read then changes no
 * map and builds no key, which was the larger part of a warm translated turn.
 */
export function createMemoryTranslationCache(capacity = 50_000): TranslationCache {
  interface Entry {
    text: string;
    used: boolean;
  }
  const byLanguage = new Map<TargetLanguage, Map<string, Entry>>();
  let size = 0;
  const kept = (language: TargetLanguage): Map<string, Entry> => {
    let sentences = byLanguage.get(language);
    if (sentences === undefined) {
      sentences = new Map();
      byLanguage.set(language, sentences);
    }
    return sentences;
  };
  /** Lets one sentence go, from `from` while it holds more than the one just put. */
  const evict = (from: Map<string, Entry>): void => {
    const sentences =
      from.size > 1 ? from : [...byLanguage.values()].find((other) => other.size > 0);
    if (sentences === undefined) return;
    for (const [sentence, entry] of sentences) {
      sentences.delete(sentence);
      if (!entry.used) {
        size--;
        return;
      }
      entry.used = false;
      sentences.set(sentence, entry);
    }
  };
  return {
    get: (language, sentences) => {
      const known = byLanguage.get(language);
      return Promise.resolve(
        sentences.map((sentence) => {
          const entry = known?.get(sentence);
          if (entry === undefined) return undefined;
          entry.used = true;
          return entry.text;
        }),
      );
    },
    put: (language, entries) => {
      const sentences = kept(language);
      for (const [sentence, translated] of entries) {
        const entry = sentences.get(sentence);
        if (entry !== undefined) {
          entry.text = translated;
          continue;
        }
        sentences.set(sentence, { text: translated, used: false });
        size++;
        if (size > capacity) evict(sentences);
      }
      return Promise.resolve();
    },
  };
}
