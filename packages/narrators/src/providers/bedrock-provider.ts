/**
 * Amazon Bedrock through the official `@aws-sdk/client-bedrock-runtime`, with the Converse API
 * (one request shape for Claude 3 and Titan Text) and ConverseStream for streaming. HTTP/1.1
 * through NodeHttpHandler: simpler to proxy and to fake, and enough for one short completion.
 */
import type { ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';
import type {
  AIProvider,
  GenerateOptions,
  NarrativeRequest,
  NarrativeResult,
  StreamOptions,
} from '../contract/ai-provider';
import { ProviderCallError } from '../contract/errors';
import type { PriceTable } from '../pricing';
import type { AwsOptions } from './client-options';
import { awsClientOptions } from './client-options';
import {
  classifyAwsError,
  defineProvider,
  refusalError,
  streamEndedError,
} from './define-provider';

export { BEDROCK_MODELS } from './bedrock-models';

export interface BedrockProviderOptions extends AwsOptions {
  name?: string;
  model: string;
  prices?: PriceTable;
}

const REFUSALS = new Set(['content_filtered', 'guardrail_intervened']);

export function createBedrockProvider(options: BedrockProviderOptions): AIProvider {
  const name = options.name ?? 'bedrock';
  const client = new BedrockRuntimeClient(awsClientOptions(options));

  const input = (request: NarrativeRequest) => ({
    modelId: options.model,
    system: [{ text: request.system }],
    messages: [{ role: 'user' as const, content: [{ text: request.prompt }] }],
    inferenceConfig: { maxTokens: request.maxOutputTokens, temperature: 0.9 },
  });
  const sendOptions = (signal: AbortSignal | undefined) =>
    signal === undefined ? {} : { abortSignal: signal };
  const refused = (stopReason: string | undefined): boolean =>
    stopReason !== undefined && REFUSALS.has(stopReason);

  async function generate(
    request: NarrativeRequest,
    { signal }: GenerateOptions,
  ): Promise<NarrativeResult> {
    const response = await client.send(new ConverseCommand(input(request)), sendOptions(signal));
    if (refused(response.stopReason)) throw refusalError(name);
    const content = response.output?.message?.content;
    if (content === undefined)
      throw new ProviderCallError(name, 'malformed-response', 'no message in the response');
    return {
      text: content.map((block) => block.text ?? '').join(''),
      usage: {
        inputTokens: response.usage?.inputTokens ?? 0,
        outputTokens: response.usage?.outputTokens ?? 0,
      },
      model: options.model,
    };
  }

  async function stream(
    request: NarrativeRequest,
    { signal, onDelta }: StreamOptions,
  ): Promise<NarrativeResult> {
    const response = await client.send(
      new ConverseStreamCommand(input(request)),
      sendOptions(signal),
    );
    let text = '';
    let inputTokens = 0;
    let outputTokens = 0;
    let stopReason: string | undefined;
    for await (const event of response.stream ?? ([] as ConverseStreamOutput[])) {
      if (event.contentBlockDelta?.delta?.text !== undefined) {
        text += event.contentBlockDelta.delta.text;
        onDelta(event.contentBlockDelta.delta.text);
      } else if (event.messageStop) {
        stopReason = event.messageStop.stopReason;
      } else if (event.metadata?.usage) {
        inputTokens = event.metadata.usage.inputTokens ?? 0;
        outputTokens = event.metadata.usage.outputTokens ?? 0;
      }
    }
    if (refused(stopReason)) throw refusalError(name);
    if (stopReason === undefined) throw streamEndedError(name);
    return { text, usage: { inputTokens, outputTokens }, model: options.model };
  }

  return defineProvider(
    {
      name,
      model: options.model,
      contextWindowTokens: 200_000,
      classify: classifyAwsError,
      ...(options.prices ? { prices: options.prices } : {}),
    },
    { generate, stream },
  );
}
