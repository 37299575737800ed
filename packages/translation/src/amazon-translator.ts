/**
 * Amazon Translate through the official `@aws-sdk/client-translate`: one TranslateText call per
 * sentence, all at once (the API takes one text a call, and a beat has two sentences). Retries
 * are off: the chain's timeout bounds the wait and the next translator is the retry. SDK errors
 * become `TranslationError`s by kind.
 */
import { TranslateClient, TranslateTextCommand } from '@aws-sdk/client-translate';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Translator } from './contract';
import { AMAZON_TRANSLATOR_NAME, TranslationError } from './contract';

export interface AmazonTranslatorOptions {
  region: string;
  /** For a local emulator or a VPC endpoint. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

function toTranslationError(error: unknown): TranslationError {
  if (error instanceof TranslationError) return error;
  const name = (error as { name?: string }).name ?? '';
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const message = `Amazon Translate: ${name || 'error'}`;
  if (name === 'AbortError' || name === 'TimeoutError')
    return new TranslationError('timeout', message, { cause: error });
  if (name === 'ThrottlingException' || name === 'TooManyRequestsException' || status === 429)
    return new TranslationError('throttled', message, { cause: error });
  if (name === 'UnsupportedLanguagePairException' || name === 'TextSizeLimitExceededException')
    return new TranslationError('unsupported', message, { cause: error });
  if (name === 'AccessDeniedException' || status === 403)
    return new TranslationError('refused', message, { cause: error });
  if (status !== undefined && status >= 500)
    return new TranslationError('unavailable', message, { cause: error });
  // A reply the SDK could not read (a deserialisation error has no service status of its own).
  if (status === 200 || name === 'SyntaxError' || name === 'SerializationException')
    return new TranslationError('malformed', message, { cause: error });
  return new TranslationError('unavailable', message, { cause: error });
}

export function createAmazonTranslator(options: AmazonTranslatorOptions): Translator {
  const client = new TranslateClient({
    region: options.region,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    requestHandler: new NodeHttpHandler(),
    maxAttempts: 1,
  });
  return {
    name: AMAZON_TRANSLATOR_NAME,
    async translate(sentences, to, { signal } = {}) {
      const send = signal === undefined ? {} : { abortSignal: signal };
      try {
        return await Promise.all(
          sentences.map(async (sentence) => {
            const reply = await client.send(
              new TranslateTextCommand({
                Text: sentence,
                SourceLanguageCode: 'en',
                TargetLanguageCode: to,
                // The reader is addressed as a friend, the same in every sentence (tú, tu, du).
                Settings: { Formality: 'INFORMAL' },
              }),
              send,
            );
            if (typeof reply.TranslatedText !== 'string')
              throw new TranslationError('malformed', 'Amazon Translate: no TranslatedText');
            return reply.TranslatedText;
          }),
        );
      } catch (error) {
        throw toTranslationError(error);
      }
    },
  };
}
