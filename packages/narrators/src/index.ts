/**
 * @liminal/narrators: the AIProvider contract, the providers, and the narrator router.
 */
export type {
  AIProvider,
  GenerateOptions,
  ModelCapabilities,
  NarrativeRequest,
  NarrativeResult,
  StoryContext,
  TokenUsage,
} from './contract/ai-provider';
export * from './contract/errors';
export type { ModelPrice, PriceTable } from './pricing';
export { PRICES, costOf, priceOf } from './pricing';
export { createOpenAIProvider } from './providers/openai-provider';
export { createAnthropicProvider } from './providers/anthropic-provider';
export { BEDROCK_MODELS } from './providers/bedrock-models';
export { createBedrockProvider } from './providers/bedrock-provider';
export { createSageMakerProvider } from './providers/sagemaker-provider';
export type { Attempt, AttemptOutcome } from './router/attempt-log';
export type { RouterEntry } from './router/call-provider';
export type {
  NarratorRouter,
  RoutedBeat,
  RouteOptions,
  RouterOptions,
} from './router/narrator-router';
export { createNarratorRouter } from './router/narrator-router';
export type { NarratorConfig, ProviderConfig } from './config/narrator-config';
export {
  configFromKeys,
  parseNarratorConfig,
  routerOptionsFromConfig,
  withAvailableKeys,
} from './config/narrator-config';
