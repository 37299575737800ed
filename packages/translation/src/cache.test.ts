import { describe, expect, it } from 'vitest';
import { createMemoryTranslationCache } from './cache';
import { translationCacheContract } from './cache.contract';

translationCacheContract('memory', () => Promise.resolve(createMemoryTranslationCache()));

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
});
