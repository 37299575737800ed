/**
 * OpenAI chat completions, through the official `openai` SDK: plain and streamed (with the
 * usage chunk, so streamed calls are costed too). With a `baseURL` it is also the custom
 * provider for any OpenAI-compatible server (vLLM, llama.cpp, Ollama, a self-hosted model).
 */
import OpenAI from 'openai';
import type {
  AIProvider,
  GenerateOptions,
  NarrativeRequest,
  NarrativeResult,
  StreamOptions,
  TokenUsage,
} from '../contract/ai-provider';
import { ProviderCallError } from '../contract/errors';
import type { PriceTable } from '../pricing';
import { httpApiClientOptions } from './client-options';
import {
  classifyHttpSdkError,
  defineProvider,
  estimatedUsage,
  refusalError,
  streamEndedError,
} from './define-provider';

export interface OpenAIProviderOptions {
  name?: string;
  apiKey: string;
  model: string;
  baseURL?: string;
  /** For tests and custom transports. */
  fetch?: typeof fetch;
  prices?: PriceTable;
  /** Some OpenAI-compatible servers cannot stream; set false for those. */
  streaming?: boolean;
  /**
   * The output limit field: OpenAI's current `max_completion_tokens`, or the older `max_tokens`
   * that most OpenAI-compatible servers still expect (the default when `baseURL` is set).
   */
  limitField?: 'max_completion_tokens' | 'max_tokens';
}

export function createOpenAIProvider(options: OpenAIProviderOptions): AIProvider {
  const name = options.name ?? 'openai';
  const limitField =
    options.limitField ?? (options.baseURL === undefined ? 'max_completion_tokens' : 'max_tokens');
  const client = new OpenAI(httpApiClientOptions(options));

  // A computed key: which field a server understands is configuration, not code.
  const body = (request: NarrativeRequest) => ({
    model: options.model,
    messages: [
      { role: 'system' as const, content: request.system },
      { role: 'user' as const, content: request.prompt },
    ],
    ...({ [limitField]: request.maxOutputTokens } as { max_completion_tokens: number }),
  });
  const usageOf = (usage: OpenAI.CompletionUsage): TokenUsage => ({
    inputTokens: usage.prompt_tokens,
    outputTokens: usage.completion_tokens,
  });

  async function generate(
    request: NarrativeRequest,
    { signal }: GenerateOptions,
  ): Promise<NarrativeResult> {
    const response = await client.chat.completions.create(body(request), { signal });
    const choice = response.choices[0];
    if (choice === undefined)
      throw new ProviderCallError(name, 'malformed-response', 'no choices in the response');
    if (choice.finish_reason === 'content_filter' || (choice.message.refusal ?? null) !== null) {
      throw refusalError(name);
    }
    const text = choice.message.content ?? '';
    return {
      text,
      usage: response.usage ? usageOf(response.usage) : estimatedUsage(request, text),
      model: options.model,
    };
  }

  async function stream(
    request: NarrativeRequest,
    { signal, onDelta }: StreamOptions,
  ): Promise<NarrativeResult> {
    const chunks = await client.chat.completions.create(
      { ...body(request), stream: true, stream_options: { include_usage: true } },
      { signal },
    );
    let text = '';
    let usage: TokenUsage | undefined;
    let finish: string | null | undefined;
    for await (const chunk of chunks) {
      const choice = chunk.choices[0];
      const delta = choice?.delta.content ?? '';
      if (delta !== '') {
        text += delta;
        onDelta(delta);
      }
      finish = choice?.finish_reason ?? finish;
      if (chunk.usage) usage = usageOf(chunk.usage);
    }
    if (finish === 'content_filter') throw refusalError(name);
    if (finish === undefined || finish === null) {
      throw streamEndedError(name);
    }
    return { text, usage: usage ?? estimatedUsage(request, text), model: options.model };
  }

  return defineProvider(
    {
      name,
      model: options.model,
      classify: classifyHttpSdkError(OpenAI),
      ...(options.prices ? { prices: options.prices } : {}),
    },
    options.streaming === false ? { generate } : { generate, stream },
  );
}
