/**
 * The translation settings, a section of the narrator configuration document (so on AWS they live
 * in SSM beside it): the translators in the order they are tried, and how long each may take for
 * one beat. Without the section there is no translator, and the storyteller's beats are read in
 * English. Each translator's SDK is loaded on its first call, so a process configured with
 * neither loads neither.
 */
import * as z from 'zod';
import type { TargetLanguage, Translator } from './contract';
import { AMAZON_TRANSLATOR_NAME, DEEPL_TRANSLATOR_NAME } from './contract';

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
