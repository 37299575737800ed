/**
 * The contract every translation cache passes (the memory cache here; the SQLite and DynamoDB
 * journey stores' in the API): what is put is got back, per language, one for one and in order,
 * and what was never put is missing.
 */
import { describe, expect, it } from 'vitest';
import type { TranslationCache } from './cache';

export function translationCacheContract(name: string, make: () => Promise<TranslationCache>) {
  describe(`${name} translation cache`, () => {
    it('gives back what was put, in order, and undefined for what was not', async () => {
      const cache = await make();
      await cache.put('es', [
        ['You wait.', 'Esperas.'],
        ['Do you stay?', '¿Te quedas?'],
      ]);
      expect(await cache.get('es', ['Do you stay?', 'Never seen.', 'You wait.'])).toEqual([
        '¿Te quedas?',
        undefined,
        'Esperas.',
      ]);
    });

    it('keeps each language apart', async () => {
      const cache = await make();
      await cache.put('fr', [['You wait.', 'Tu attends.']]);
      await cache.put('ja', [['You wait.', 'あなたは待つ。']]);
      expect(await cache.get('fr', ['You wait.'])).toEqual(['Tu attends.']);
      expect(await cache.get('ja', ['You wait.'])).toEqual(['あなたは待つ。']);
      expect(await cache.get('de', ['You wait.'])).toEqual([undefined]);
    });

    it('keeps the newest translation of a sentence, and any text whole', async () => {
      const cache = await make();
      const long = `${'The tram sways, and the lamps swing with it; '.repeat(20)}you hold on.`;
      await cache.put('de', [[long, 'Alt.']]);
      await cache.put('de', [[long, 'Neu, mit „Anführungszeichen“ und Ümlauten.']]);
      expect(await cache.get('de', [long])).toEqual(['Neu, mit „Anführungszeichen“ und Ümlauten.']);
    });

    it('answers an empty question with an empty answer', async () => {
      const cache = await make();
      expect(await cache.get('es', [])).toEqual([]);
      await cache.put('es', []);
      expect(await cache.get('es', ['You wait.'])).toEqual([undefined]);
    });
  });
}
