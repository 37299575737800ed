/**
 * Anthropic Claude messages, through the official `@anthropic-ai/sdk`: plain and streamed
 * (input tokens from message_start, output tokens from message_delta).
 */
import Anthropic from '@anthropic-ai/sdk';
import type {
  AIProvider,
  GenerateOptions,
  NarrativeRequest,
  NarrativeResult,
  StreamOptions,
} from '../contract/ai-provider';
import type { PriceTable } from '../pricing';
import { httpApiClientOptions } from './client-options';
import {
  classifyHttpSdkError,
  defineProvider,
  refusalError,
  streamEndedError,
} from './define-provider';

export interface AnthropicProviderOptions {
  name?: string;
  apiKey: string;
  model: string;
  baseURL?: string;
  fetch?: typeof fetch;
  prices?: PriceTable;
}

export function createAnthropicProvider(options: AnthropicProviderOptions): AIProvider {
  const name = options.name ?? 'anthropic';
  const client = new Anthropic(httpApiClientOptions(options));

  const body = (request: NarrativeRequest) => ({
    model: options.model,
    max_tokens: request.maxOutputTokens,
    system: request.system,
    messages: [{ role: 'user' as const, content: request.prompt }],
  });

  async function generate(
    request: NarrativeRequest,
    { signal }: GenerateOptions,
  ): Promise<NarrativeResult> {
    const message = await client.messages.create(body(request), { signal });
    if (message.stop_reason === 'refusal') throw refusalError(name);
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    return {
      text,
      usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
      model: options.model,
    };
  }

  async function stream(
    request: NarrativeRequest,
    { signal, onDelta }: StreamOptions,
  ): Promise<NarrativeResult> {
    const events = await client.messages.create({ ...body(request), stream: true }, { signal });
    let text = '';
    let inputTokens = 0;
    let outputTokens = 0;
    let stopReason: string | null = null;
    for await (const event of events) {
      if (event.type === 'message_start') {
        inputTokens = event.message.usage.input_tokens;
        outputTokens = event.message.usage.output_tokens;
      } else if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
        text += event.delta.text;
        onDelta(event.delta.text);
      } else if (event.type === 'message_delta') {
        outputTokens = event.usage.output_tokens;
        stopReason = event.delta.stop_reason ?? stopReason;
      }
    }
    if (stopReason === 'refusal') throw refusalError(name);
    if (stopReason === null) throw streamEndedError(name);
    return { text, usage: { inputTokens, outputTokens }, model: options.model };
  }

  return defineProvider(
    {
      name,
      model: options.model,
      contextWindowTokens: 200_000,
      classify: classifyHttpSdkError(Anthropic),
      ...(options.prices ? { prices: options.prices } : {}),
    },
    { generate, stream },
  );
}
