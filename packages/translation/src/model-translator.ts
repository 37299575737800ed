/**
 * A model as translator: any server that speaks the OpenAI chat completions API (OpenAI itself,
 * or a self-hosted model behind an OpenAI-compatible server), through the official `openai` SDK.
 * A beat's sentences go as one JSON array and come back as one, in order; the reader is addressed
 * as a friend and names are kept as they are. The SDK's own retries are off: the chain's timeout
 * bounds the wait, and the next translator is the retry.
 */
import OpenAI from 'openai';
import { LANGUAGE_NAMES } from '@liminal/story';
import type { TargetLanguage, Translator } from './contract';
import { MODEL_TRANSLATOR_NAME, TranslationError } from './contract';

export interface ModelTranslatorOptions {
  apiKey: string;
  /** The server's address, for a self-hosted model or a local fake; OpenAI's by default. */
  baseURL?: string;
  model: string;
  /** Its name in events and metrics. */
  name?: string;
}

const TARGETS: ReadonlySet<string> = new Set(['es', 'fr', 'de', 'ja']);

function instructions(to: TargetLanguage): string {
  const { english, own } = LANGUAGE_NAMES[to];
  return [
    `Translate each English sentence of the JSON array into ${english} (${own}, ${to}).`,
    'They are beats of a story told in the second person: address the reader informally, the same way in every sentence.',
    'Keep every name exactly as written. Keep each question a question.',
    'Answer with a JSON array of strings only, one translation for each sentence, in the same order.',
  ].join(' ');
}

function toTranslationError(error: unknown, name: string): TranslationError {
  if (error instanceof TranslationError) return error;
  const message = `${name}: ${error instanceof Error ? error.message : 'error'}`;
  const kind = ((): TranslationError['kind'] => {
    if (
      error instanceof OpenAI.APIUserAbortError ||
      error instanceof OpenAI.APIConnectionTimeoutError
    )
      return 'timeout';
    if (error instanceof OpenAI.APIError) {
      if (error.status === 429) return 'throttled';
      if (error.status === 401 || error.status === 403) return 'refused';
      if (error.status === 400 || error.status === 404) return 'unsupported';
    }
    // A 200 whose body is not JSON: the SDK's parse fails.
    if (error instanceof SyntaxError) return 'malformed';
    return 'unavailable';
  })();
  return new TranslationError(kind, message, { cause: error });
}

/** The model's answer as one translation per sentence, or a `malformed` error. */
function parseAnswer(content: string | null | undefined, count: number, name: string): string[] {
  let parsed: unknown;
  try {
    // Some models fence their JSON: what is between the first [ and the last ] is the answer.
    const text = content ?? '';
    parsed = JSON.parse(text.slice(text.indexOf('['), text.lastIndexOf(']') + 1));
  } catch {
    throw new TranslationError('malformed', `${name} answered with something other than JSON`);
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== count ||
    parsed.some((item) => typeof item !== 'string')
  ) {
    throw new TranslationError('malformed', `${name} answered out of step`);
  }
  return parsed as string[];
}

export function createModelTranslator(options: ModelTranslatorOptions): Translator {
  const name = options.name ?? MODEL_TRANSLATOR_NAME;
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    maxRetries: 0,
  });
  return {
    name,
    async translate(sentences, to, { signal } = {}) {
      if (!TARGETS.has(to))
        throw new TranslationError('unsupported', `${name} does not write ${to}`);
      try {
        const completion = await client.chat.completions.create(
          {
            model: options.model,
            temperature: 0,
            messages: [
              { role: 'system', content: instructions(to) },
              { role: 'user', content: JSON.stringify(sentences) },
            ],
          },
          signal === undefined ? {} : { signal },
        );
        return parseAnswer(completion.choices[0]?.message.content, sentences.length, name);
      } catch (error) {
        throw toTranslationError(error, name);
      }
    },
  };
}
