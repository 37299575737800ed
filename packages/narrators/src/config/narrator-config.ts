/**
 * The narrator configuration: one JSON document (the design brief's AI_PROVIDER_CONFIG), from an
 * environment variable or a file locally and from SSM Parameter Store on AWS. It names providers
 * in order, their models, timeouts and retries, budgets and price overrides. Keys are never in
 * it: each provider names the environment variable (or secret) that holds its key.
 */
import type { Moderation } from '@liminal/moderation';
import { DEEPL_KEY_VARIABLE, TranslationConfigSchema } from '@liminal/translation';
import {
  DEFAULT_MODERATION_CONFIG,
  ModerationConfigSchema,
  moderationFromConfig,
} from '@liminal/moderation';
import * as z from 'zod';
import type { AIProvider } from '../contract/ai-provider';
import { NarratorConfigError } from '../contract/errors';
import type { PriceTable } from '../pricing';
import { PRICES } from '../pricing';
import { BEDROCK_MODELS } from '../providers/bedrock-models';
import { defineProvider } from '../providers/define-provider';
import type { RouterEntry } from '../router/call-provider';
import type { RouterOptions } from '../router/narrator-router';

const timing = {
  timeoutMs: z.number().int().min(100).max(120_000).default(8000),
  maxRetries: z.number().int().min(0).max(5).default(1),
};

const ProviderConfig = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('openai'),
    name: z.string().min(1).default('openai'),
    model: z.string().min(1).default('gpt-4o-mini'),
    baseURL: z.url().optional(),
    apiKeyEnv: z.string().min(1).default('OPENAI_API_KEY'),
    ...timing,
  }),
  z.strictObject({
    type: z.literal('anthropic'),
    name: z.string().min(1).default('anthropic'),
    model: z.string().min(1).default('claude-3-5-haiku-20241022'),
    baseURL: z.url().optional(),
    apiKeyEnv: z.string().min(1).default('ANTHROPIC_API_KEY'),
    ...timing,
  }),
  z.strictObject({
    type: z.literal('bedrock'),
    name: z.string().min(1).default('bedrock'),
    model: z.string().min(1).default(BEDROCK_MODELS.claude3Haiku),
    region: z.string().min(1).optional(),
    endpoint: z.url().optional(),
    ...timing,
  }),
  z.strictObject({
    type: z.literal('custom'),
    name: z.string().min(1).default('custom'),
    model: z.string().min(1),
    baseURL: z.url(),
    apiKeyEnv: z.string().min(1).optional(),
    streaming: z.boolean().default(true),
    ...timing,
  }),
  z.strictObject({
    type: z.literal('sagemaker'),
    name: z.string().min(1).default('sagemaker'),
    model: z.string().min(1),
    endpointName: z.string().min(1),
    region: z.string().min(1).optional(),
    endpoint: z.url().optional(),
    ...timing,
  }),
]);

const Price = z.strictObject({
  inputPerMillion: z.number().min(0),
  outputPerMillion: z.number().min(0),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
});

export const NarratorConfigSchema = z.strictObject({
  providers: z.array(ProviderConfig).max(10).default([]),
  budgets: z
    .strictObject({
      perJourneyUsd: z.number().positive().optional(),
      perDayUsd: z.number().positive().optional(),
    })
    .optional(),
  prices: z.record(z.string(), Price).optional(),
  breaker: z
    .strictObject({
      failureThreshold: z.number().int().min(1),
      cooldownMs: z.number().int().min(100),
    })
    .optional(),
  retry: z
    .strictObject({ baseDelayMs: z.number().int().min(0), maxDelayMs: z.number().int().min(0) })
    .optional(),
  /** Who checks every AI beat and reader seed (default: the local moderator alone). */
  moderation: ModerationConfigSchema.optional(),
  /** Who carries the storyteller's beats into other languages (default: nobody). */
  translation: TranslationConfigSchema.optional(),
});

export type NarratorConfig = z.infer<typeof NarratorConfigSchema>;
export type ProviderConfig = z.infer<typeof ProviderConfig>;

/** Validates a configuration document; the error lists every problem with its path. */
export function parseNarratorConfig(input: unknown): NarratorConfig {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      throw new NarratorConfigError('The narrator configuration is not valid JSON.');
    }
  }
  const result = NarratorConfigSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new NarratorConfigError(`The narrator configuration is invalid: ${problems.join('; ')}`);
  }
  const names = result.data.providers.map((provider) => provider.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined)
    throw new NarratorConfigError(`Two providers are named "${duplicate}".`);
  return result.data;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Without a configuration: a provider for each key that is set, then the storyteller. */
export function configFromKeys(env: Env): NarratorConfig {
  const providers: unknown[] = [];
  if (env['OPENAI_API_KEY']) providers.push({ type: 'openai' });
  if (env['ANTHROPIC_API_KEY']) providers.push({ type: 'anthropic' });
  // A DeepL key is enough to read the storyteller in other languages.
  const translation = env[DEEPL_KEY_VARIABLE] ? { translators: [{ type: 'deepl' }] } : undefined;
  return parseNarratorConfig({ providers, ...(translation === undefined ? {} : { translation }) });
}

/** The environment variable a provider reads its key from, if it needs one. */
function keyVariable(config: ProviderConfig): string | undefined {
  return 'apiKeyEnv' in config ? config.apiKeyEnv : undefined;
}

/**
 * The configuration without the providers whose key is not in `env`, and their names. Where keys
 * come from a secret an operator fills in later (AWS), a missing key means "not yet", and the
 * chain carries on with the providers that can run, ending with the built-in storyteller.
 */
export function withAvailableKeys(
  config: NarratorConfig,
  env: Env,
): { config: NarratorConfig; withoutKeys: string[] } {
  const missing = (provider: ProviderConfig) => {
    const variable = keyVariable(provider);
    return variable !== undefined && (env[variable] ?? '') === '';
  };
  return {
    config: { ...config, providers: config.providers.filter((provider) => !missing(provider)) },
    withoutKeys: config.providers.filter(missing).map((provider) => provider.name),
  };
}

function requireKey(env: Env, variable: string, provider: string): string {
  const key = env[variable];
  if (key === undefined || key === '') {
    throw new NarratorConfigError(
      `Provider "${provider}" needs its key in the environment variable ${variable}.`,
    );
  }
  return key;
}

/** A provider's real module, loaded on its first call (see `lazyProvider`). */
async function loadProvider(
  config: ProviderConfig,
  env: Env,
  prices: PriceTable,
): Promise<AIProvider> {
  switch (config.type) {
    case 'openai': {
      const { createOpenAIProvider } = await import('../providers/openai-provider');
      return createOpenAIProvider({
        name: config.name,
        model: config.model,
        apiKey: requireKey(env, config.apiKeyEnv, config.name),
        prices,
        ...(config.baseURL === undefined
          ? {}
          : { baseURL: config.baseURL, limitField: 'max_completion_tokens' as const }),
      });
    }
    case 'anthropic': {
      const { createAnthropicProvider } = await import('../providers/anthropic-provider');
      return createAnthropicProvider({
        name: config.name,
        model: config.model,
        apiKey: requireKey(env, config.apiKeyEnv, config.name),
        prices,
        ...(config.baseURL === undefined ? {} : { baseURL: config.baseURL }),
      });
    }
    case 'bedrock': {
      const { createBedrockProvider } = await import('../providers/bedrock-provider');
      return createBedrockProvider({
        name: config.name,
        model: config.model,
        region: config.region ?? env['AWS_REGION'] ?? 'us-east-1',
        prices,
        ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
      });
    }
    case 'custom': {
      const { createOpenAIProvider } = await import('../providers/openai-provider');
      return createOpenAIProvider({
        name: config.name,
        model: config.model,
        baseURL: config.baseURL,
        apiKey:
          config.apiKeyEnv === undefined
            ? 'not-needed'
            : requireKey(env, config.apiKeyEnv, config.name),
        streaming: config.streaming,
        prices,
      });
    }
    case 'sagemaker': {
      const { createSageMakerProvider } = await import('../providers/sagemaker-provider');
      return createSageMakerProvider({
        name: config.name,
        model: config.model,
        endpointName: config.endpointName,
        region: config.region ?? env['AWS_REGION'] ?? 'us-east-1',
        prices,
        ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
      });
    }
  }
}

/**
 * A provider whose SDK is loaded on its first call, so a function starts without the SDKs of
 * providers it may never use (each is hundreds of kilobytes to initialise). Keys are checked
 * at once, so a missing one still fails at start-up.
 */
function lazyProvider(config: ProviderConfig, env: Env, prices: PriceTable): AIProvider {
  const variable = keyVariable(config);
  if (variable !== undefined) requireKey(env, variable, config.name);
  let loaded: Promise<AIProvider> | undefined;
  const load = () => (loaded ??= loadProvider(config, env, prices));
  const streams = config.type !== 'sagemaker' && (config.type !== 'custom' || config.streaming);
  // The loaded provider maps its own errors; these are already ProviderCallErrors.
  return defineProvider(
    { name: config.name, model: config.model, prices, classify: () => undefined },
    {
      generate: async (request, options) => (await load()).generate(request, options),
      ...(streams
        ? { stream: async (request, options) => (await load()).stream(request, options) }
        : {}),
    },
  );
}

/**
 * Router options for a configuration, with keys read from `env`, and its moderation (which the
 * API also asks about readers' seeds).
 */
export function routerOptionsFromConfig(
  config: NarratorConfig,
  env: Env,
): RouterOptions & { moderation: Moderation } {
  const prices = { ...PRICES, ...config.prices };
  const entries: RouterEntry[] = config.providers.map((provider) => ({
    provider: lazyProvider(provider, env, prices),
    timeoutMs: provider.timeoutMs,
    maxRetries: provider.maxRetries,
  }));
  return {
    entries,
    moderation: moderationFromConfig(config.moderation ?? DEFAULT_MODERATION_CONFIG, env),
    ...(config.budgets === undefined ? {} : { budgets: config.budgets }),
    ...(config.breaker === undefined ? {} : { breaker: config.breaker }),
    ...(config.retry === undefined ? {} : { retry: config.retry }),
  };
}
