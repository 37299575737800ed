/**
 * The translation settings, a section of the narrator configuration document (so on AWS they live
 * in SSM beside it): the translators in the order they are tried, and how long each may take for
 * one beat. Without the section there is no translator, and the storyteller's beats are read in
 * English. Each translator's SDK is loaded on its first call, so a process configured with
 * neither loads neither.
 */
import * as z from 'zod';
import type { TargetLanguage, Translator } from './contract';
import { AMAZON_TRANSLATOR_NAME, DEEPL_TRANSLATOR_NAME, MODEL_TRANSLATOR_NAME } from './contract';

/** The environment variable DeepL's key is read from (a secret, never the document). */
export const DEEPL_KEY_VARIABLE = 'DEEPL_AUTH_KEY';

export const TranslationConfigSchema = z.strictObject({
  translators: z
    .array(
      z.discriminatedUnion('type', [
        z.strictObject({
          type: z.literal('amazon'),
          region: z.string().min(1).optional(),
          /** A local emulator or a VPC endpoint. */
          endpoint: z.url().optional(),
        }),
        z.strictObject({
          type: z.literal('deepl'),
          /** The free plan's address, the paid plan's, or a local fake's. */
          serverUrl: z.url().optional(),
        }),
        z.strictObject({
          type: z.literal('openai-compatible'),
          /** OpenAI's own address by default; a self-hosted model's server otherwise. */
          baseURL: z.url().optional(),
          model: z.string().min(1),
          /** The environment variable its key is read from (a secret, never the document). */
          apiKeyEnv: z
            .string()
            .regex(/^[A-Z][A-Z0-9_]*$/u)
            .default('OPENAI_API_KEY'),
          name: z.string().min(1).max(40).optional(),
        }),
      ]),
    )
    .max(3)
    .default([]),
  timeoutMs: z.number().int().min(100).max(10_000).default(3000),
});

export type TranslationConfig = z.infer<typeof TranslationConfigSchema>;

type Env = Readonly<Record<string, string | undefined>>;

/** A translator whose module (and SDK) is imported on its first call. */
function lazy(name: string, load: () => Promise<Translator>): Translator {
  let loaded: Promise<Translator> | undefined;
  return {
    name,
    async translate(sentences: readonly string[], to: TargetLanguage, options) {
      loaded ??= load();
      return (await loaded).translate(sentences, to, options);
    },
  };
}

/**
 * The translators a configuration names, in order. DeepL without a key in `env` is left out (an
 * operator fills the secret in later), as a narrator without its key is.
 */
export function translatorsFromConfig(config: TranslationConfig, env: Env): Translator[] {
  const translators: Translator[] = [];
  for (const entry of config.translators) {
    if (entry.type === 'amazon') {
      const region = entry.region ?? env['AWS_REGION'] ?? 'us-east-1';
      const endpoint = entry.endpoint;
      translators.push(
        lazy(AMAZON_TRANSLATOR_NAME, async () =>
          (await import('./amazon-translator')).createAmazonTranslator({
            region,
            ...(endpoint === undefined ? {} : { endpoint }),
          }),
        ),
      );
      continue;
    }
    if (entry.type === 'openai-compatible') {
      // Without its key (an operator fills the secret in later) it is left out, as DeepL is.
      const apiKey = env[entry.apiKeyEnv] ?? '';
      if (apiKey === '') continue;
      const { baseURL, model, name } = entry;
      translators.push(
        lazy(name ?? MODEL_TRANSLATOR_NAME, async () =>
          (await import('./model-translator')).createModelTranslator({
            apiKey,
            model,
            ...(baseURL === undefined ? {} : { baseURL }),
            ...(name === undefined ? {} : { name }),
          }),
        ),
      );
      continue;
    }
    const authKey = env[DEEPL_KEY_VARIABLE] ?? '';
    if (authKey === '') continue;
    const serverUrl = entry.serverUrl;
    translators.push(
      lazy(DEEPL_TRANSLATOR_NAME, async () =>
        (await import('./deepl-translator')).createDeeplTranslator({
          authKey,
          ...(serverUrl === undefined ? {} : { serverUrl }),
        }),
      ),
    );
  }
  return translators;
}
