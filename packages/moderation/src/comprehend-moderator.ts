/**
 * Amazon Comprehend through the official `@aws-sdk/client-comprehend`: DetectToxicContent for
 * profanity, hate, insults and the rest, DetectPiiEntities for personal data, sent at once and
 * awaited together. Retries are off (the caller's timeout bounds the wait, and the policy in
 * `moderation.ts` decides what a failure means); SDK errors become `ModerationError`s by kind.
 */
import type { LanguageCode, PiiEntityType } from '@aws-sdk/client-comprehend';
import {
  ComprehendClient,
  DetectPiiEntitiesCommand,
  DetectToxicContentCommand,
} from '@aws-sdk/client-comprehend';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { ModerationCategory, ModerationScores, Moderator } from './contract';
import { COMPREHEND_MODERATOR_NAME, ModerationError } from './contract';
import { comprehendCostUsd } from './comprehend-price';

/** DetectToxicContent's labels, as categories. */
const LABELS: Readonly<Record<string, ModerationCategory>> = {
  PROFANITY: 'profanity',
  HATE_SPEECH: 'hate',
  INSULT: 'insult',
  SEXUAL: 'sexual',
  VIOLENCE_OR_THREAT: 'violence',
  HARASSMENT_OR_ABUSE: 'harassment',
  GRAPHIC: 'graphic',
};

/**
 * The personal data a story must not hold. Not NAME, ADDRESS or DATE_TIME: stories are full of
 * invented people, places and hours.
 */
export const DEFAULT_PII_TYPES: readonly PiiEntityType[] = [
  'EMAIL',
  'PHONE',
  'SSN',
  'CREDIT_DEBIT_NUMBER',
  'BANK_ACCOUNT_NUMBER',
  'PASSPORT_NUMBER',
  'IP_ADDRESS',
];

/** DetectToxicContent takes segments of at most 1 KB of UTF-8. */
const SEGMENT_BYTES = 1000;

export interface ComprehendModeratorOptions {
  region: string;
  /** For a local emulator or a VPC endpoint. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  languageCode?: LanguageCode;
  piiTypes?: readonly PiiEntityType[];
}

/** DetectToxicContent takes at most ten segments in one request. */
const MAX_SEGMENTS = 10;

/**
 * Splits at word boundaries into segments DetectToxicContent accepts. A text too long for one
 * request is not judged in part: it is refused as unsupported, which the policy blocks.
 */
function segments(text: string): { Text: string }[] {
  const parts: { Text: string }[] = [];
  let current = '';
  for (const word of text.split(/(?<=\s)/u)) {
    if (Buffer.byteLength(current + word) > SEGMENT_BYTES && current !== '') {
      parts.push({ Text: current });
      current = '';
    }
    current += word;
  }
  if (current !== '') parts.push({ Text: current });
  if (parts.length > MAX_SEGMENTS)
    throw new ModerationError('unsupported', 'Comprehend: the text is too long to judge whole');
  return parts;
}

function toModerationError(error: unknown): ModerationError {
  if (error instanceof ModerationError) return error;
  const name = (error as { name?: string }).name ?? '';
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const message = `Comprehend: ${name || 'error'}`;
  if (name === 'AbortError' || name === 'TimeoutError')
    return new ModerationError('timeout', message, { cause: error });
  if (name === 'ThrottlingException' || name === 'TooManyRequestsException' || status === 429)
    return new ModerationError('throttled', message, { cause: error });
  if (name === 'UnsupportedLanguageException' || name === 'TextSizeLimitExceededException')
    return new ModerationError('unsupported', message, { cause: error });
  if (status !== undefined && status >= 500)
    return new ModerationError('unavailable', message, { cause: error });
  // A reply the SDK could not read (a deserialisation error has no service status of its own).
  if (status === 200 || name === 'SyntaxError' || name === 'SerializationException')
    return new ModerationError('malformed', message, { cause: error });
  return new ModerationError('unavailable', message, { cause: error });
}

export function createComprehendModerator(options: ComprehendModeratorOptions): Moderator {
  const client = new ComprehendClient({
    region: options.region,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    requestHandler: new NodeHttpHandler(),
    maxAttempts: 1,
  });
  const languageCode = options.languageCode ?? 'en';
  const piiTypes = new Set<string>(options.piiTypes ?? DEFAULT_PII_TYPES);

  return {
    name: COMPREHEND_MODERATOR_NAME,
    local: false,
    costUsd: comprehendCostUsd,
    async moderate(text, { signal } = {}) {
      const send = signal === undefined ? {} : { abortSignal: signal };
      try {
        const [toxic, pii] = await Promise.all([
          client.send(
            new DetectToxicContentCommand({
              TextSegments: segments(text),
              LanguageCode: languageCode,
            }),
            send,
          ),
          client.send(
            new DetectPiiEntitiesCommand({ Text: text, LanguageCode: languageCode }),
            send,
          ),
        ]);
        if (toxic.ResultList === undefined || pii.Entities === undefined) {
          throw new ModerationError('malformed', 'Comprehend: a reply without its results');
        }
        const scores: ModerationScores = {};
        const raise = (category: ModerationCategory, score: number | undefined) => {
          if (score !== undefined && score > (scores[category] ?? 0)) scores[category] = score;
        };
        for (const result of toxic.ResultList) {
          raise('toxicity', result.Toxicity);
          for (const label of result.Labels ?? []) {
            const category = LABELS[label.Name ?? ''];
            if (category !== undefined) raise(category, label.Score);
          }
        }
        for (const entity of pii.Entities) {
          if (piiTypes.has(entity.Type ?? '')) raise('personal-data', entity.Score);
        }
        return scores;
      } catch (error) {
        throw toModerationError(error);
      }
    },
  };
}
