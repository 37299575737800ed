/**
 * DeepL through its official Node SDK (`deepl-node`): every sentence of a beat in one
 * translateText call. The SDK's own retries are off (the chain's timeout bounds the wait and the
 * next translator is the retry); it takes no abort signal, so a timeout stops waiting for it
 * rather than cancelling it. SDK errors become `TranslationError`s by kind.
 */
import * as deepl from 'deepl-node';
import type { Translator } from './contract';
import { DEEPL_TRANSLATOR_NAME, TranslationError } from './contract';

export interface DeeplTranslatorOptions {
  authKey: string;
  /** The API's address: the free plan's, the paid plan's, or a local fake's. */
  serverUrl?: string;
}

function toTranslationError(error: unknown): TranslationError {
  if (error instanceof TranslationError) return error;
  const message = `DeepL: ${error instanceof Error ? error.message : 'error'}`;
  const kind = ((): TranslationError['kind'] => {
    if (error instanceof deepl.TooManyRequestsError) return 'throttled';
    if (error instanceof deepl.AuthorizationError || error instanceof deepl.QuotaExceededError)
      return 'refused';
    if (!(error instanceof deepl.DeepLError) || error instanceof deepl.ConnectionError)
      return 'unavailable';
    // The SDK's other errors differ only in their message.
    if (error.message.startsWith('Error parsing response')) return 'malformed';
    if (error.message.startsWith('Bad request')) return 'unsupported';
    return 'unavailable';
  })();
  return new TranslationError(kind, message, { cause: error });
}

/** Rejects when `signal` aborts, for a call that cannot be cancelled. */
function abandonOn<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      reject(new TranslationError('timeout', 'DeepL took too long', { cause: signal.reason }));
    };
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', stop);
    });
  });
}

export function createDeeplTranslator(options: DeeplTranslatorOptions): Translator {
  const translator = new deepl.Translator(options.authKey, {
    ...(options.serverUrl === undefined ? {} : { serverUrl: options.serverUrl }),
    maxRetries: 0,
    sendPlatformInfo: false,
  });
  return {
    name: DEEPL_TRANSLATOR_NAME,
    async translate(sentences, to, { signal } = {}) {
      try {
        const results = await abandonOn(
          // The reader is addressed as a friend, the same in every sentence (tú, tu, du).
          translator.translateText([...sentences], 'en', to, { formality: 'prefer_less' }),
          signal,
        );
        return results.map((result) => result.text);
      } catch (error) {
        throw toTranslationError(error);
      }
    },
  };
}
