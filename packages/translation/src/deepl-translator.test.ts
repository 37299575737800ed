import { describe, expect, it } from 'vitest';
import { TranslationError } from './contract';
import { createDeeplTranslator } from './deepl-translator';
import { FAKE_DEEPL_KEY, startFakeDeepl } from './testing';
import { translatorContract } from './translator.contract';

translatorContract(
  startFakeDeepl,
  (url) => createDeeplTranslator({ authKey: FAKE_DEEPL_KEY, serverUrl: url }),
  {
    throttled: { type: 'Too many requests', status: 429 },
    unavailable: { type: 'Service unavailable', status: 503 },
    refused: { type: 'Quota exceeded', status: 456 },
  },
);

describe('the DeepL translator', () => {
  it('is refused with a wrong key, as DeepL refuses it', async () => {
    const fake = await startFakeDeepl();
    try {
      const translator = createDeeplTranslator({ authKey: 'wrong:fx', serverUrl: fake.url });
      const error = await translator
        .translate(['You wait.'], 'de')
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TranslationError);
      expect((error as TranslationError).kind).toBe('refused');
    } finally {
      await fake.close();
    }
  });
});
