/**
 * A memory of recent sentences in front of the lasting cache: a sentence read often is served
 * without a query (a DynamoDB read on AWS), and the lasting cache is asked only for what memory
 * lacks; what it finds is remembered too. The lasting cache failing costs only what memory does
 * not hold: the memory's hits are still served.
 */
import type { TranslationCache } from './cache';

export interface LayeredCacheParts {
  /** Fast and small: a process's own memory. */
  memory: TranslationCache;
  /** Shared and kept: the journey store's cache. */
  lasting: TranslationCache;
}

export function createLayeredTranslationCache({
  memory,
  lasting,
}: LayeredCacheParts): TranslationCache {
  return {
    get: async (language, sentences) => {
      const found = await memory.get(language, sentences);
      const missing = sentences.filter((_, index) => found[index] === undefined);
      if (missing.length === 0) return found;
      const fetched = await lasting
        .get(language, missing)
        .catch((): (string | undefined)[] => missing.map(() => undefined));
      const kept: [string, string][] = [];
      let next = 0;
      const merged = found.map((translation, index) => {
        if (translation !== undefined) return translation;
        const fromLasting = fetched[next++];
        const sentence = sentences[index];
        if (fromLasting !== undefined && sentence !== undefined) kept.push([sentence, fromLasting]);
        return fromLasting;
      });
      if (kept.length > 0) await memory.put(language, kept);
      return merged;
    },
    // Memory first: while the lasting cache is failing, this process still remembers.
    put: async (language, entries) => {
      await memory.put(language, entries);
      await lasting.put(language, entries);
    },
  };
}
