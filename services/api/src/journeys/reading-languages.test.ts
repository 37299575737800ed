/**
 * Which languages can be read here, and a replayed story carried into one: a story the store
 * can save and load again.
 */
import { continueStory, loadStory, serialiseStory, startStory } from '@liminal/story';
import { createMemoryTranslationCache, createTranslation } from '@liminal/translation';
import { gloss } from '@liminal/translation/testing';
import { describe, expect, it } from 'vitest';
import { createBeatTranslation, fixedTranslator } from './beat-translation';
import { createReadingLanguages } from './reading-languages';

const glossing = fixedTranslator(
  createTranslation({
    translators: [
      {
        name: 'gloss',
        translate: (sentences, to) => Promise.resolve(sentences.map((s) => gloss(s, to))),
      },
    ],
    cache: createMemoryTranslationCache(),
  }),
);

describe('reading in another language', () => {
  it('offers English alone without a translator, and every language with one', async () => {
    const none = createReadingLanguages(undefined, createBeatTranslation(undefined, undefined));
    expect((await none.options()).filter((option) => option.available).map((o) => o.code)).toEqual([
      'en',
    ]);
    expect(await none.readableIn('es')).toBeUndefined();
    const some = createReadingLanguages(glossing, createBeatTranslation(glossing, undefined));
    expect((await some.options()).every((option) => option.available)).toBe(true);
    expect(await some.readableIn('ja')).toBe('ja');
  });

  it('carries a replayed story into a language as a story the store can save and load', async () => {
    const reading = createReadingLanguages(glossing, createBeatTranslation(glossing, undefined));
    const replayed = continueStory(continueStory(startStory('read back'), 'yes'), 'no');
    const spanish = await reading.replayIn(replayed, 'es');
    expect(spanish.language).toBe('es');
    expect(spanish.beats.every((beat) => beat.translation?.language === 'es')).toBe(true);
    expect(loadStory(serialiseStory(spanish))).toEqual(spanish);
  });
});
