/**
 * The translation policy: the cache first, the translators in order for what it lacks, a
 * translation kept only when the whole beat passes the beat rules in its language, and nothing
 * half translated when every translator fails. Against the fakes, through the official SDKs.
 */
import { continueStory, startStory, validateBeatIn } from '@liminal/story';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAmazonTranslator } from './amazon-translator';
import { createMemoryTranslationCache } from './cache';
import type { Translator } from './contract';
import { TranslationError } from './contract';
import { createDeeplTranslator } from './deepl-translator';
import type { FakeService } from './testing';
import { FAKE_DEEPL_KEY, startFakeDeepl, startFakeTranslate } from './testing';
import { createTranslation } from './translation';

const QUESTION = 'The bus leans into the long bend. Do you take the seat beside Mara?';

describe('translating the storyteller’s beats', () => {
  let amazonFake: FakeService;
  let deeplFake: FakeService;
  let amazon: Translator;
  let deepl: Translator;
  beforeAll(async () => {
    [amazonFake, deeplFake] = await Promise.all([startFakeTranslate(), startFakeDeepl()]);
    amazon = createAmazonTranslator({
      region: 'eu-west-1',
      endpoint: amazonFake.url,
      credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' },
    });
    deepl = createDeeplTranslator({ authKey: FAKE_DEEPL_KEY, serverUrl: deeplFake.url });
  });
  afterAll(() => Promise.all([amazonFake.close(), deeplFake.close()]));

  it('asks a translator once for each sentence, then serves it from the cache', async () => {
    const translation = createTranslation({
      translators: [amazon],
      cache: createMemoryTranslationCache(),
    });
    const before = amazonFake.received.length;
    const first = await translation.translateBeat(QUESTION, 'es', 'question');
    expect(first).toMatchObject({ hits: 0, misses: 2, translator: 'amazon-translate' });
    expect(validateBeatIn('es', first.text, 'question').ok).toBe(true);
    const again = await translation.translateBeat(QUESTION, 'es', 'question');
    expect(again).toMatchObject({ text: first.text, hits: 2, misses: 0, translator: null });
    expect(amazonFake.received.length - before).toBe(2);
  });

  it('gives a beat given before again without looking up its pieces, moderated every time', async () => {
    const lasting = createMemoryTranslationCache();
    let lookups = 0;
    const translation = createTranslation({
      translators: [amazon],
      // No memory of sentences in front: every piece looked up reaches the counted cache.
      memorySentences: 0,
      cache: { ...lasting, get: (...args) => (lookups++, lasting.get(...args)) },
    });
    const first = await translation.translateBeat(QUESTION, 'es', 'question');
    const looked = lookups;
    let moderated = 0;
    const accept = () => (moderated++, Promise.resolve(true));
    const again = await translation.translateBeat(QUESTION, 'es', 'question', { accept });
    expect(again).toMatchObject({ text: first.text, hits: 2, misses: 0, translator: null });
    expect([lookups - looked, moderated]).toEqual([0, 1]);
    // What moderation now refuses is not given from memory either.
    await expect(
      translation.translateBeat(QUESTION, 'es', 'question', {
        accept: () => Promise.resolve(false),
      }),
    ).rejects.toBeInstanceOf(TranslationError);
  });

  it('caches a statement and the question after its semicolon apart, and joins them again', async () => {
    const cache = createMemoryTranslationCache();
    const translation = createTranslation({ translators: [amazon], cache });
    const first = await translation.translateBeat(
      'The bus leans into the bend. Mara waves at the window; do you wave back?',
      'es',
      'question',
    );
    expect(first).toMatchObject({ hits: 0, misses: 3 });
    expect(first.text).toMatch(/; ¿[^?]*\?$/u);
    expect(validateBeatIn('es', first.text, 'question').ok).toBe(true);
    // Another statement before the same question: the question comes from the cache.
    const second = await translation.translateBeat(
      'The bus leans into the bend. Kofi taps on the glass; do you wave back?',
      'es',
      'question',
    );
    expect(second).toMatchObject({ hits: 2, misses: 1 });
    expect(await cache.get('es', ['Do you wave back?'])).not.toEqual([undefined]);
  });

  it('translates a companion’s introduction apart from the arrival it opens, except in Japanese', async () => {
    const hana = { name: 'Hana', pronoun: 'she' as const, role: 'a nurse', mood: 'kind' };
    const cache = createMemoryTranslationCache();
    const translation = createTranslation({ translators: [amazon], cache });
    const arrival = (how: string) =>
      `The bus leans into the bend. When Hana, a kind nurse, ${how}, do you wave?`;
    const first = await translation.translateBeat(arrival('sits down'), 'es', 'question', {
      named: [hana],
    });
    // The first sentence, the introduction, the arrival, the question.
    expect(first).toMatchObject({ hits: 0, misses: 4 });
    expect(first.text).toContain('Hana, ');
    expect(validateBeatIn('es', first.text, 'question').ok).toBe(true);
    // Another arrival of the same companion: only the arrival itself is new.
    const second = await translation.translateBeat(arrival('gets on'), 'es', 'question', {
      named: [hana],
    });
    expect(second).toMatchObject({ hits: 3, misses: 1 });
    const japanese = await translation.translateBeat(arrival('sits down'), 'ja', 'question', {
      named: [hana],
    });
    expect(japanese.hits + japanese.misses).toBe(3);
  });

  it('moves on to the next translator when one fails, and says why', async () => {
    const translation = createTranslation({
      translators: [amazon, deepl],
      cache: createMemoryTranslationCache(),
    });
    amazonFake.script({ error: { type: 'ThrottlingException', status: 400 } });
    const beat = await translation.translateBeat(QUESTION, 'de', 'question');
    expect(beat.translator).toBe('deepl');
    expect(beat.failures).toEqual([{ translator: 'amazon-translate', kind: 'throttled' }]);
  });

  it('does not keep a translation that breaks the beat rules, and asks the next translator', async () => {
    const lost: Translator = {
      name: 'careless',
      // Drops the question mark: the beat no longer asks anything.
      translate: (sentences) => Promise.resolve(sentences.map((s) => s.replace('?', '.'))),
    };
    const cache = createMemoryTranslationCache();
    const translation = createTranslation({ translators: [lost, deepl], cache });
    const beat = await translation.translateBeat(QUESTION, 'fr', 'question');
    expect(beat).toMatchObject({
      translator: 'deepl',
      failures: [{ translator: 'careless', kind: 'malformed' }],
    });
    expect(validateBeatIn('fr', beat.text, 'question').ok).toBe(true);
  });

  it('gives up whole when every translator fails, keeping nothing', async () => {
    const cache = createMemoryTranslationCache();
    const translation = createTranslation({ translators: [amazon, deepl], cache, timeoutMs: 200 });
    amazonFake.script({ delayMs: 1000 }, { delayMs: 1000 });
    deeplFake.script({ error: { type: 'Service unavailable', status: 503 } });
    const error = await translation
      .translateBeat(QUESTION, 'ja', 'question')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TranslationError);
    expect((error as TranslationError).message).toBe(
      'Every translator failed: amazon-translate (timeout), deepl (unavailable).',
    );
    expect(await cache.get('ja', ['The bus leans into the long bend.'])).toEqual([undefined]);
  });

  it('translates on when the cache cannot answer or keep, and says nothing of it to the reader', async () => {
    const broken = {
      get: () => Promise.reject(new Error('the store is down')),
      put: () => Promise.reject(new Error('the store is down')),
    };
    const translation = createTranslation({ translators: [amazon], cache: broken });
    const beat = await translation.translateBeat(QUESTION, 'es', 'question');
    expect(beat).toMatchObject({
      hits: 0,
      misses: 2,
      translator: 'amazon-translate',
      failures: [],
    });
  });

  it('translates a whole beat afresh when a cached sentence is what breaks it', async () => {
    const cache = createMemoryTranslationCache();
    // A bad translation kept from before: English, which no Spanish beat may be.
    await cache.put('es', [
      ['The bus leans into the long bend.', 'The bus leans into the long bend and the lights go.'],
    ]);
    const translation = createTranslation({ translators: [amazon], cache });
    const beat = await translation.translateBeat(QUESTION, 'es', 'question');
    expect(beat).toMatchObject({ hits: 0, misses: 2, translator: 'amazon-translate' });
    expect(validateBeatIn('es', beat.text, 'question').ok).toBe(true);
    // The bad entry is replaced by the fresh translation.
    expect(await cache.get('es', ['The bus leans into the long bend.'])).toEqual([
      beat.text.slice(0, beat.text.indexOf('.') + 1),
    ]);
  });

  it('with no translator, says so', async () => {
    const translation = createTranslation({
      translators: [],
      cache: createMemoryTranslationCache(),
    });
    expect(translation.available).toBe(false);
    await expect(translation.translateBeat(QUESTION, 'es', 'question')).rejects.toThrow(
      'No translator is configured.',
    );
  });

  it('translates whole stories of the storyteller, every beat valid in its language', async () => {
    const translation = createTranslation({
      translators: [deepl],
      cache: createMemoryTranslationCache(),
    });
    for (const to of ['es', 'fr', 'de', 'ja'] as const) {
      let state = startStory(`translated ${to}`);
      while (state.ending === null)
        state = continueStory(state, state.beats.length % 2 ? 'yes' : 'no');
      for (const beat of state.beats) {
        const kind = beat === state.beats.at(-1) ? 'ending' : 'question';
        const translated = await translation.translateBeat(beat.text, to, kind);
        expect(validateBeatIn(to, translated.text, kind).reasons, translated.text).toEqual([]);
      }
    }
  });
});
