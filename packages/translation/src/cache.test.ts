import { describe, expect, it } from 'vitest';
import type { TranslationCache } from './cache';
import { createMemoryTranslationCache } from './cache';
import { createLayeredTranslationCache } from './layered-cache';
import { translationCacheContract } from './cache.contract';

translationCacheContract('memory', () => Promise.resolve(createMemoryTranslationCache()));
translationCacheContract('memory in front of another', () =>
  Promise.resolve(
    createLayeredTranslationCache({
      memory: createMemoryTranslationCache(),
      lasting: createMemoryTranslationCache(),
    }),
  ),
);

describe('the memory translation cache', () => {
  it('lets the least recently used sentence go first when full', async () => {
    const cache = createMemoryTranslationCache(2);
    await cache.put('es', [
      ['One.', 'Uno.'],
      ['Two.', 'Dos.'],
    ]);
    await cache.get('es', ['One.']);
    await cache.put('es', [['Three.', 'Tres.']]);
    expect(await cache.get('es', ['One.', 'Two.', 'Three.'])).toEqual(['Uno.', undefined, 'Tres.']);
  });

  it('keeps the sentence just put, even when every other was read since', async () => {
    const cache = createMemoryTranslationCache(3);
    await cache.put('es', [
      ['A.', 'a.'],
      ['B.', 'b.'],
      ['C.', 'c.'],
    ]);
    await cache.get('es', ['A.', 'B.', 'C.']);
    await cache.put('es', [['D.', 'd.']]);
    expect(await cache.get('es', ['A.', 'D.'])).toEqual([undefined, 'd.']);
  });

  it('counts every language against one capacity, and lets the least recently read go first across them', async () => {
    const cache = createMemoryTranslationCache(2);
    await cache.put('es', [['One.', 'Uno.']]);
    await cache.put('fr', [['One.', 'Un.']]);
    expect(await cache.get('es', ['One.'])).toEqual(['Uno.']);
    expect(await cache.get('fr', ['One.'])).toEqual(['Un.']);
    await cache.put('de', [['One.', 'Eins.']]);
    const kept = [
      ...(await cache.get('es', ['One.'])),
      ...(await cache.get('fr', ['One.'])),
      ...(await cache.get('de', ['One.'])),
    ];
    // Spanish was read longest ago: it goes first.
    expect(kept).toEqual([undefined, 'Un.', 'Eins.']);
  });
});

describe('a memory in front of a lasting cache', () => {
  /** A lasting cache that counts the sentences it is asked for. */
  function counted(): TranslationCache & { asked: string[] } {
    const inner = createMemoryTranslationCache();
    const asked: string[] = [];
    return {
      asked,
      get: (language, sentences) => {
        asked.push(...sentences);
        return inner.get(language, sentences);
      },
      put: (language, entries) => inner.put(language, entries),
    };
  }

  it('asks the lasting cache only for what memory lacks, and remembers what it finds', async () => {
    const back = counted();
    await back.put('es', [['One.', 'Uno.']]);
    const cache = createLayeredTranslationCache({
      memory: createMemoryTranslationCache(),
      lasting: back,
    });
    expect(await cache.get('es', ['One.', 'Two.'])).toEqual(['Uno.', undefined]);
    expect(back.asked).toEqual(['One.', 'Two.']);
    expect(await cache.get('es', ['One.'])).toEqual(['Uno.']);
    expect(back.asked).toEqual(['One.', 'Two.']);
  });

  it('keeps what is put in both, so another process finds it in the lasting cache', async () => {
    const back = counted();
    const cache = createLayeredTranslationCache({
      memory: createMemoryTranslationCache(),
      lasting: back,
    });
    await cache.put('fr', [['Two.', 'Deux.']]);
    expect(await back.get('fr', ['Two.'])).toEqual(['Deux.']);
    expect(await cache.get('fr', ['Two.'])).toEqual(['Deux.']);
  });
});

describe('a memory in front of a failing lasting cache', () => {
  it('still serves what memory holds while the lasting cache fails, and remembers new puts', async () => {
    const failing: TranslationCache = {
      get: () => Promise.reject(new Error('store down')),
      put: () => Promise.reject(new Error('store down')),
    };
    const cache = createLayeredTranslationCache({
      memory: createMemoryTranslationCache(),
      lasting: failing,
    });
    await expect(cache.put('de', [['One.', 'Eins.']])).rejects.toThrow('store down');
    expect(await cache.get('de', ['One.', 'Two.'])).toEqual(['Eins.', undefined]);
  });
});
