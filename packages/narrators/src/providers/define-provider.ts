/**
 * What every provider shares: the design brief's interface built around a vendor's calls (one
 * per mode), the beat rules as `validateResponse`, prices, and the mapping of SDK errors to typed
 * errors.
 */
import { estimateTokens, isValidBeat } from '@liminal/story';
import type {
  AIProvider,
  GenerateOptions,
  ModelCapabilities,
  NarrativeRequest,
  NarrativeResult,
  StoryContext,
  StreamOptions,
  TokenUsage,
} from '../contract/ai-provider';
import type { ProviderErrorKind } from '../contract/errors';
import { ProviderCallError, kindForStatus, parseRetryAfter } from '../contract/errors';
import type { PriceTable } from '../pricing';
import { PRICES, costOf } from '../pricing';

/** Output tokens asked for: a beat is at most 45 words, about 60 tokens; leave room. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 120;

export interface ProviderBase {
  name: string;
  model: string;
  contextWindowTokens?: number;
  prices?: PriceTable;
  /** The vendor's own reading of its SDK's errors (see `toProviderError`). */
  classify: ErrorClassifier;
}

/** A provider's calls, one per mode; a model that cannot stream has no `stream`. */
export interface ProviderCalls {
  generate: (request: NarrativeRequest, options: GenerateOptions) => Promise<NarrativeResult>;
  stream?: (request: NarrativeRequest, options: StreamOptions) => Promise<NarrativeResult>;
}

/**
 * An AIProvider around a vendor's calls: a call on a signal already aborted fails at once, and
 * whatever a call throws becomes a typed `ProviderCallError` here, once for every vendor.
 */
export function defineProvider(base: ProviderBase, calls: ProviderCalls): AIProvider {
  const prices = base.prices ?? PRICES;
  const capabilities: ModelCapabilities = {
    model: base.model,
    streaming: calls.stream !== undefined,
    maxOutputTokens: DEFAULT_MAX_OUTPUT_TOKENS,
    contextWindowTokens: base.contextWindowTokens ?? 128_000,
  };
  async function guarded<O extends GenerateOptions>(
    call: (request: NarrativeRequest, options: O) => Promise<NarrativeResult>,
    request: NarrativeRequest,
    options: O,
  ): Promise<NarrativeResult> {
    const { signal } = options;
    if (signal?.aborted === true) throw abortError(base.name, signal);
    try {
      return await call(request, options);
    } catch (error) {
      throw toProviderError(base.name, error, signal, base.classify);
    }
  }
  const generate = (request: NarrativeRequest, options: GenerateOptions = {}) =>
    guarded(calls.generate, request, options);
  return {
    name: base.name,
    generateNarrative: async (prompt: string, context: StoryContext, options = {}) =>
      (
        await generate(
          { system: context.system, prompt, maxOutputTokens: DEFAULT_MAX_OUTPUT_TOKENS },
          options,
        )
      ).text,
    generate,
    stream: (request, options) =>
      calls.stream === undefined
        ? guarded(
            async (whole, { onDelta, ...rest }: StreamOptions) => {
              const result = await calls.generate(whole, rest);
              onDelta(result.text);
              return result;
            },
            request,
            options,
          )
        : guarded(calls.stream, request, options),
    validateResponse: (response) => isValidBeat(response),
    estimateCost(tokens: number | TokenUsage) {
      const usage = typeof tokens === 'number' ? { inputTokens: 0, outputTokens: tokens } : tokens;
      return costOf(base.model, usage, prices);
    },
    getModelCapabilities: () => capabilities,
  };
}

function abortError(provider: string, signal: AbortSignal): ProviderCallError {
  const timedOut = (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError';
  return new ProviderCallError(
    provider,
    timedOut ? 'timeout' : 'aborted',
    timedOut ? 'timed out' : 'cancelled',
    {
      cause: signal.reason,
    },
  );
}

/** The fields the SDKs put on their errors: an HTTP status, headers, AWS's metadata. */
interface SdkError {
  status?: unknown;
  headers?: unknown;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { headers?: Record<string, string> };
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  if (typeof headers === 'object' && headers !== null) {
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** Node's and undici's codes for a connection that failed, dropped or stalled. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A vendor's own reading of its SDK's errors, by their classes or names (never their messages):
 * the kind, or undefined when the error is not one it knows.
 */
export type ErrorClassifier = (error: unknown) => ProviderErrorKind | undefined;

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * The OpenAI and Anthropic SDKs' errors that carry no HTTP status, by their classes (both SDKs
 * name them alike): a cancelled call, a timed-out one, a connection that failed.
 */
export function classifyHttpSdkError(sdk: {
  APIError: ErrorClass;
  APIUserAbortError: ErrorClass;
  APIConnectionTimeoutError: ErrorClass;
  APIConnectionError: ErrorClass;
}): ErrorClassifier {
  return (error) => {
    if (error instanceof sdk.APIUserAbortError) return 'aborted';
    // Before the connection error, of which a timeout is a kind.
    if (error instanceof sdk.APIConnectionTimeoutError) return 'timeout';
    if (error instanceof sdk.APIConnectionError) return 'network';
    // An API error without a status is one the vendor sent inside a stream that had begun
    // (Anthropic's "overloaded_error", for one): the service's trouble, worth another try.
    if (error instanceof sdk.APIError) return 'server-error';
    return undefined;
  };
}

/** The AWS SDK's errors, by the names the services and the SDK's HTTP handler give them. */
export const classifyAwsError: ErrorClassifier = (error) => {
  if (!(error instanceof Error)) return undefined;
  const fault = (error as { $fault?: unknown }).$fault;
  switch (error.name) {
    case 'AbortError':
      return 'aborted';
    case 'TimeoutError':
    case 'ModelTimeoutException':
      return 'timeout';
    case 'ThrottlingException':
    case 'TooManyRequestsException':
      return 'rate-limited';
    // An error event inside a Converse stream: AWS marks it a client fault but advises a retry.
    case 'ModelStreamErrorException':
      return 'server-error';
    case 'AccessDeniedException':
    case 'UnrecognizedClientException':
    case 'ExpiredTokenException':
      return 'authentication';
    default:
      return fault === 'server' ? 'server-error' : fault === 'client' ? 'client-error' : undefined;
  }
};

/**
 * Maps any SDK failure to a ProviderCallError: by HTTP status where there was a response, by
 * the vendor's error types (`classify`), by the connection's error code, a response that was not
 * JSON; anything else is `unknown`, which is not retried.
 */
export function toProviderError(
  provider: string,
  error: unknown,
  signal: AbortSignal | undefined,
  classify: ErrorClassifier,
): ProviderCallError {
  if (error instanceof ProviderCallError) return error;
  if (signal?.aborted === true) return abortError(provider, signal);
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SdkError;
  const message = failure.message ?? String(error);
  const status =
    typeof failure.status === 'number' ? failure.status : failure.$metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 400) {
    const retryAfter =
      headerOf(failure.headers, 'retry-after') ?? failure.$response?.headers?.['retry-after'];
    return new ProviderCallError(provider, kindForStatus(status), message, {
      statusCode: status,
      retryAfterMs: parseRetryAfter(retryAfter),
      cause: error,
    });
  }
  // Before the vendor's names: the AWS SDK names a reset socket "TimeoutError".
  const kind =
    networkCode(error) === undefined ? (classify(error) ?? fallbackKind(error)) : 'network';
  return new ProviderCallError(provider, kind, message, { cause: error });
}

/** What every SDK shares: a body that did not parse, or nothing known. */
function fallbackKind(error: unknown): ProviderErrorKind {
  return error instanceof SyntaxError ? 'malformed-response' : 'unknown';
}

/** The model declined: a content filter, or a refusal stop reason. Not worth a retry. */
export function refusalError(provider: string): ProviderCallError {
  return new ProviderCallError(provider, 'refusal', 'the model refused');
}

/** A stream that stopped before the model said it was done: the connection's fault, retried. */
export function streamEndedError(provider: string): ProviderCallError {
  return new ProviderCallError(provider, 'network', 'the stream ended before the model finished');
}

/** Usage for a server that reports none: the story domain's rough count (four characters a token). */
export function estimatedUsage(request: NarrativeRequest, text: string): TokenUsage {
  return {
    inputTokens: estimateTokens(request.system + request.prompt),
    outputTokens: estimateTokens(text),
  };
}
