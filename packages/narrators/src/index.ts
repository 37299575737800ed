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
// The providers themselves are not exported here: each loads its vendor's SDK (a megabyte of
// code between them), and importing this module must not, or every cold start would pay for
// SDKs its configuration never names. Applications name providers in the configuration, which
// loads them on demand (routerOptionsFromConfig); this repository's benchmarks and tests import
// a provider's module by its path.
export { BEDROCK_MODELS } from './providers/bedrock-models';
export type { Attempt, AttemptOutcome } from './router/attempt-log';
export type { RouterEntry } from './router/call-provider';
export type {
  BeatModeration,
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
