/**
 * The translation settings: each translator the configuration names, left out while its key is
 * missing, and loaded (with its SDK) only when first asked.
 */
import { describe, expect, it } from 'vitest';
import { FAKE_MODEL_KEY, startFakeModel } from './testing';
import { TranslationConfigSchema, translatorsFromConfig } from './translation-config';

describe('the translation settings', () => {
  it('names no translator by default, and refuses an unknown one or a bad timeout', () => {
    expect(TranslationConfigSchema.parse({})).toEqual({ translators: [], timeoutMs: 3000 });
    expect(
      TranslationConfigSchema.safeParse({ translators: [{ type: 'babelfish' }] }).success,
    ).toBe(false);
    expect(TranslationConfigSchema.safeParse({ timeoutMs: 20 }).success).toBe(false);
  });

  it('leaves out DeepL and a model while their keys are missing', () => {
    const config = TranslationConfigSchema.parse({
      translators: [{ type: 'deepl' }, { type: 'openai-compatible', model: 'gpt-4o-mini' }],
    });
    expect(translatorsFromConfig(config, {})).toEqual([]);
    const named = translatorsFromConfig(config, {
      DEEPL_AUTH_KEY: 'k:fx',
      OPENAI_API_KEY: 'sk-x',
    }).map((translator) => translator.name);
    expect(named).toEqual(['deepl', 'model']);
  });

  it('translates through an OpenAI-compatible model named in the configuration', async () => {
    const fake = await startFakeModel();
    try {
      const config = TranslationConfigSchema.parse({
        translators: [
          {
            type: 'openai-compatible',
            name: 'local-llama',
            baseURL: `${fake.url}/v1`,
            model: 'llama-3.1-8b-instruct',
            apiKeyEnv: 'LLAMA_KEY',
          },
        ],
      });
      const [model] = translatorsFromConfig(config, { LLAMA_KEY: FAKE_MODEL_KEY });
      expect(model?.name).toBe('local-llama');
      const translated = await model?.translate(['You wait.', 'Do you board?'], 'es');
      expect(translated).toHaveLength(2);
      expect(translated?.[1]).toMatch(/^¿/u);
    } finally {
      await fake.close();
    }
  });
});
