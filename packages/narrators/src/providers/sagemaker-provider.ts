/**
 * A model on a SageMaker real-time endpoint, through `@aws-sdk/client-sagemaker-runtime`. The
 * request is the OpenAI-style messages body that current LLM serving containers (LMI, TGI)
 * accept; the response may be OpenAI-style or TGI's `generated_text`.
 */
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { AIProvider, NarrativeResult } from '../contract/ai-provider';
import { ProviderCallError } from '../contract/errors';
import type { PriceTable } from '../pricing';
import type { AwsOptions } from './client-options';
import { awsClientOptions } from './client-options';
import { classifyAwsError, defineProvider, estimatedUsage } from './define-provider';

export interface SageMakerProviderOptions extends AwsOptions {
  name?: string;
  endpointName: string;
  /** The model name for prices and reports (the endpoint's model). */
  model: string;
  prices?: PriceTable;
}

interface EndpointResponse {
  choices?: { message?: { content?: string } }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
  generated_text?: string;
}

export function createSageMakerProvider(options: SageMakerProviderOptions): AIProvider {
  const name = options.name ?? 'sagemaker';
  const client = new SageMakerRuntimeClient(awsClientOptions(options));
  return defineProvider(
    {
      name,
      model: options.model,
      classify: classifyAwsError,
      contextWindowTokens: 8_000,
      ...(options.prices ? { prices: options.prices } : {}),
    },
    {
      // An endpoint answers whole: a SageMaker streaming endpoint speaks its container's own
      // format, and the router shows a whole beat as soon as it is accepted.
      async generate(request, { signal }): Promise<NarrativeResult> {
        const response = await client.send(
          new InvokeEndpointCommand({
            EndpointName: options.endpointName,
            ContentType: 'application/json',
            Accept: 'application/json',
            Body: JSON.stringify({
              messages: [
                { role: 'system', content: request.system },
                { role: 'user', content: request.prompt },
              ],
              max_tokens: request.maxOutputTokens,
            }),
          }),
          signal === undefined ? {} : { abortSignal: signal },
        );
        const raw = new TextDecoder().decode(response.Body);
        const parsed = JSON.parse(raw) as EndpointResponse | EndpointResponse[];
        const body = Array.isArray(parsed) ? parsed[0] : parsed;
        const text = body?.choices?.[0]?.message?.content ?? body?.generated_text;
        if (text === undefined)
          throw new ProviderCallError(
            name,
            'malformed-response',
            'no text in the endpoint response',
          );
        return {
          text,
          usage: {
            inputTokens: body?.usage?.prompt_tokens ?? estimatedUsage(request, text).inputTokens,
            outputTokens:
              body?.usage?.completion_tokens ?? estimatedUsage(request, text).outputTokens,
          },
          model: options.model,
        };
      },
    },
  );
}
