/**
 * Anthropic Claude messages, through the official `@anthropic-ai/sdk`: plain and streamed
 * (input tokens from message_start, output tokens from message_delta).
 */
import Anthropic from '@anthropic-ai/sdk';
import type { AIProvider, NarrativeResult } from '../contract/ai-provider';
import { ProviderCallError } from '../contract/errors';
import type { PriceTable } from '../pricing';
import { httpApiClientOptions } from './client-options';
import { defineProvider, toProviderError, classifyHttpSdkError } from './define-provider';

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

  return defineProvider(
    {
      name,
      model: options.model,
      streaming: true,
      contextWindowTokens: 200_000,
      ...(options.prices ? { prices: options.prices } : {}),
    },
    async (request, { signal, stream, onDelta }): Promise<NarrativeResult> => {
      const body = {
        model: options.model,
        max_tokens: request.maxOutputTokens,
        system: request.system,
        messages: [{ role: 'user' as const, content: request.prompt }],
      };
      try {
        if (stream === true) {
          const events = await client.messages.create({ ...body, stream: true }, { signal });
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
              onDelta?.(event.delta.text);
            } else if (event.type === 'message_delta') {
              outputTokens = event.usage.output_tokens;
              stopReason = event.delta.stop_reason ?? stopReason;
            }
          }
          if (stopReason === 'refusal')
            throw new ProviderCallError(name, 'refusal', 'the model refused');
          if (stopReason === null)
            throw new ProviderCallError(name, 'network', 'the stream ended before the message did');
          return { text, usage: { inputTokens, outputTokens }, model: options.model };
        }
        const message = await client.messages.create(body, { signal });
        if (message.stop_reason === 'refusal')
          throw new ProviderCallError(name, 'refusal', 'the model refused');
        const text = message.content
          .map((block) => (block.type === 'text' ? block.text : ''))
          .join('');
        return {
          text,
          usage: {
            inputTokens: message.usage.input_tokens,
            outputTokens: message.usage.output_tokens,
          },
          model: options.model,
        };
      } catch (error) {
        throw toProviderError(name, error, signal, classifyHttpSdkError(Anthropic));
      }
    },
  );
}
