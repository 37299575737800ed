import { createAnthropicProvider } from './anthropic-provider';
import { BEDROCK_MODELS, createBedrockProvider } from './bedrock-provider';
import { createOpenAIProvider } from './openai-provider';
import { describeProviderContract } from './provider.contract';
import { createSageMakerProvider } from './sagemaker-provider';
import { startFakeAnthropic } from '../testing/fake-anthropic';
import { startFakeBedrock } from '../testing/fake-bedrock';
import { startFakeOpenAI } from '../testing/fake-openai';
import { startFakeSageMaker } from '../testing/fake-sagemaker';

const awsTest = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
};

describeProviderContract('OpenAI', {
  start: startFakeOpenAI,
  create: (upstream) =>
    createOpenAIProvider({
      apiKey: 'sk-test',
      baseURL: `${upstream.url}/v1`,
      model: 'gpt-4o-mini',
    }),
  streams: true,
  priced: true,
  refusals: true,
});

describeProviderContract('custom OpenAI-compatible server', {
  start: startFakeOpenAI,
  create: (upstream) =>
    createOpenAIProvider({
      name: 'local-llama',
      apiKey: 'none',
      baseURL: `${upstream.url}/v1`,
      model: 'llama-3.1-8b-instruct',
    }),
  streams: true,
  priced: false,
  refusals: true,
});

describeProviderContract('Anthropic', {
  start: startFakeAnthropic,
  create: (upstream) =>
    createAnthropicProvider({
      apiKey: 'sk-ant-test',
      baseURL: upstream.url,
      model: 'claude-3-haiku-20240307',
    }),
  streams: true,
  priced: true,
  refusals: true,
});

describeProviderContract('Bedrock (Claude 3 Haiku)', {
  start: startFakeBedrock,
  create: (upstream) =>
    createBedrockProvider({
      ...awsTest,
      endpoint: upstream.url,
      model: BEDROCK_MODELS.claude3Haiku,
    }),
  streams: true,
  priced: true,
  refusals: true,
});

describeProviderContract('Bedrock (Titan Text Express)', {
  start: startFakeBedrock,
  create: (upstream) =>
    createBedrockProvider({
      ...awsTest,
      endpoint: upstream.url,
      model: BEDROCK_MODELS.titanTextExpress,
    }),
  streams: true,
  priced: true,
  refusals: true,
});

describeProviderContract('SageMaker endpoint', {
  start: startFakeSageMaker,
  create: (upstream) =>
    createSageMakerProvider({
      ...awsTest,
      endpoint: upstream.url,
      endpointName: 'beats',
      model: 'llama-3.1-8b-instruct',
    }),
  streams: false,
  priced: false,
  refusals: false,
});
