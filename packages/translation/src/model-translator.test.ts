import { describe, expect, it } from 'vitest';
import { TranslationError } from './contract';
import { createModelTranslator } from './model-translator';
import { FAKE_MODEL_KEY, startFakeModel } from './testing';
import { translatorContract } from './translator.contract';

const translatorAt = (url: string, apiKey = FAKE_MODEL_KEY) =>
  createModelTranslator({ apiKey, baseURL: `${url}/v1`, model: 'llama-3.1-8b-instruct' });

translatorContract(startFakeModel, (url) => translatorAt(url), {
  throttled: { type: 'rate_limit_exceeded', status: 429 },
  unavailable: { type: 'server_error', status: 503 },
  refused: { type: 'insufficient_quota', status: 403 },
});

describe('a model as translator', () => {
  it('is refused with a wrong key, as an OpenAI-compatible server refuses it', async () => {
    const fake = await startFakeModel();
    try {
      const error = await translatorAt(fake.url, 'sk-wrong')
        .translate(['You wait.'], 'fr')
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TranslationError);
      expect((error as TranslationError).kind).toBe('refused');
    } finally {
      await fake.close();
    }
  });
});
