/**
 * The composition root on AWS: DynamoDB for journeys, the narrator configuration from SSM
 * Parameter Store and provider keys from Secrets Manager (both cached by Powertools Parameters
 * for CONFIG_MAX_AGE_SECONDS, and the narrator chain rebuilt only when they change), A/B variants
 * from the edge function's header, and Powertools logs and metrics.
 */
import { EXPERIMENTS, assignAll, parseAssignments } from '@liminal/experiments';
import { EDGE_HEADERS } from '@liminal/contract/visitor';
import type { Moderation } from '@liminal/moderation';
import { DEFAULT_MODERATION_CONFIG, moderationFromConfig } from '@liminal/moderation';
import type { NarratorRouter } from '@liminal/narrators';
import {
  configFromKeys,
  createNarratorRouter,
  parseNarratorConfig,
  routerOptionsFromConfig,
  withAvailableKeys,
} from '@liminal/narrators';
import type { Translation } from '@liminal/translation';
import { createTranslation, translatorsFromConfig } from '@liminal/translation';
import { composeApp } from '../compose-app';
import type { BeatTranslator } from '../journeys/beat-translation';
import type { BeatNarrator } from '../journeys/beat-narrator';
import { OPERATOR_TOKEN_HEADER, checkOperator } from '../http/operator-access';
import { createDynamoRollups } from '../store/dynamodb-rollups';
import { createDynamoStore } from '../store/dynamodb-store';
import type { LambdaConfig } from './lambda-config';
import type { Observability } from './observability';
import { createProviderKeysReader } from './provider-keys';
import type { Env } from '../config/env';
import { envReader } from '../config/env';

/**
 * `make`, called the first time the result is asked for; the same promise after that, unless it
 * failed (a failed import or client is tried again on the next request, not kept for the
 * container's life).
 */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}

/** For tests against a local emulator: where the AWS clients connect. */
export interface AwsClientSettings {
  region?: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function createLambdaApp(
  config: LambdaConfig,
  env: Env,
  observability: Observability,
  aws: AwsClientSettings = {},
) {
  // The Parameter Store and Secrets Manager clients load when first asked for (the first
  // narration, when the function is configured to read them), not at cold start: their SDKs are
  // a quarter of a megabyte that a request serving no beat never needs.
  const ssm = once(async () => {
    const [{ SSMProvider }, { SSMClient }] = await Promise.all([
      import('@aws-lambda-powertools/parameters/ssm'),
      import('@aws-sdk/client-ssm'),
    ]);
    return new SSMProvider({ awsSdkV3Client: new SSMClient(aws) });
  });
  const secrets = once(async () => {
    const [{ SecretsProvider }, { SecretsManagerClient }] = await Promise.all([
      import('@aws-lambda-powertools/parameters/secrets'),
      import('@aws-sdk/client-secrets-manager'),
    ]);
    return new SecretsProvider({ awsSdkV3Client: new SecretsManagerClient(aws) });
  });
  const maxAge = config.configMaxAgeSeconds;

  const secretName = config.providerKeysSecret;
  const providerKeys =
    secretName === undefined
      ? () => Promise.resolve({})
      : // Read as text, not with the Parameters utility's JSON transform: that throws one error
        // for an empty value, bad JSON and a wrong shape alike, and the log should say which.
        createProviderKeysReader(
          async () => (await secrets()).get(secretName, { maxAge }),
          observability.logger,
          {
            retryAfterMs: maxAge * 1000,
          },
        );

  const store = createDynamoStore({ tableName: config.tableName, client: aws });

  interface Configured {
    router: NarratorRouter;
    moderation: Moderation;
    translation: Translation;
  }
  let current: (Configured & { key: string }) | undefined;
  /**
   * The narrator chain and the moderation for the cached configuration and keys; rebuilt when
   * either changes.
   */
  async function configured(): Promise<Configured> {
    const parameter = config.narratorConfigParameter;
    const [document, keys] = await Promise.all([
      parameter === undefined
        ? undefined
        : ssm().then((parameters) => parameters.get(parameter, { maxAge })),
      providerKeys(),
    ]);
    const key = `${String(document)}\u0000${JSON.stringify(keys)}`;
    if (current?.key !== key) {
      const keyEnv = { ...env, ...keys };
      const { config: narratorConfig, withoutKeys } = withAvailableKeys(
        document === undefined ? configFromKeys(keyEnv) : parseNarratorConfig(document),
        keyEnv,
      );
      const options = routerOptionsFromConfig(narratorConfig, keyEnv);
      const translation = narratorConfig.translation;
      current = {
        key,
        router: createNarratorRouter(options),
        moderation: options.moderation,
        // The translation cache is the journeys table's, shared by every instance.
        translation: createTranslation({
          translators: translation === undefined ? [] : translatorsFromConfig(translation, keyEnv),
          cache: store.translations,
          ...(translation === undefined ? {} : { timeoutMs: translation.timeoutMs }),
        }),
      };
      observability.logger.info('narrators configured', {
        narrators: current.router.names,
        moderators: current.moderation.names,
        ...(withoutKeys.length === 0 ? {} : { skippedWithoutKeys: withoutKeys }),
      });
    }
    return current;
  }
  const narrator: BeatNarrator = {
    async narrate(state, plan, options) {
      return (await configured()).router.narrate(state, plan, options);
    },
  };
  // A seed is judged by the configured moderation; when the configuration cannot be read, by the
  // local moderator, as when a moderator fails, rather than refusing every opening and replay.
  let localOnly: Moderation | undefined;
  const seeds = {
    async check(text: string, source: 'seed') {
      let moderation: Moderation;
      try {
        moderation = (await configured()).moderation;
      } catch (error) {
        observability.logger.warn('narrator configuration unreadable: seeds judged locally', {
          error: error instanceof Error ? error.name : String(error),
        });
        localOnly ??= moderationFromConfig(DEFAULT_MODERATION_CONFIG, env);
        moderation = localOnly;
      }
      return moderation.check(text, source);
    },
  };

  // The storyteller's beats in the reader's language, by the translators configured now.
  // A configuration that cannot be read offers English alone rather than failing the menu.
  const readable = <T>(read: (current: Configured) => T, otherwise: T) =>
    configured().then(read, () => otherwise);
  const translator: BeatTranslator = {
    available: () => readable((current) => current.translation.available, false),
    translateBeat: async (text, to, kind, beatOptions) =>
      (await configured()).translation.translateBeat(text, to, kind, beatOptions),
  };

  // The operators' token, from its secret (cached like the provider keys); undefined while the
  // secret has no value, when the insights refuse everyone.
  const tokenSecret = config.insightsTokenSecret;
  async function insightsToken(): Promise<string | undefined> {
    if (tokenSecret === undefined) return undefined;
    try {
      const value = await (await secrets()).get(tokenSecret, { maxAge });
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    } catch (error) {
      observability.logger.warn('insights token unreadable', {
        error: error instanceof Error ? error.name : String(error),
      });
      return undefined;
    }
  }
  const insightsTable = config.insightsTable;
  const insights =
    insightsTable === undefined
      ? undefined
      : {
          read: createDynamoRollups({ tableName: insightsTable, client: aws }).read,
          experiments: EXPERIMENTS,
          abandonAfterMinutes: config.abandonAfterMinutes,
          // Every request comes through CloudFront here: only the token lets one in.
          authorize: async (context: { req: { header(name: string): string | undefined } }) =>
            checkOperator(
              {
                token: await insightsToken(),
                behindProxy: true,
                unsetMessage:
                  'The insights need the operators’ token, and none is set yet: put one in the insights-token secret.',
              },
              {
                header: context.req.header(OPERATOR_TOKEN_HEADER),
                authorization: context.req.header('authorization'),
              },
              undefined,
            ),
        };

  const app = composeApp({
    store,
    narrator,
    seeds,
    translator,
    onEvents: (events) => {
      observability.recordEvents(events);
    },
    onSeedVerdict: (verdict) => {
      observability.recordSeedVerdict(verdict);
    },
    trustEdge: true,
    rateLimit: {
      perMinute: config.rateLimitPerMinute,
      burst: config.rateLimitBurst,
      clientKey: (request) =>
        request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown',
    },
    // The edge assigned the variants; a request that somehow lacks them gets the same assignment.
    assignVariants: (visitor, request) => {
      const assigned = parseAssignments(request.headers.get(EDGE_HEADERS.variants));
      return Object.keys(assigned).length > 0 ? assigned : assignAll(visitor);
    },
    observe: (request) => {
      observability.recordRequest(request);
    },
    logError: (error, where) => {
      observability.logger.error('unexpected error', {
        ...where,
        error: error instanceof Error ? error : String(error),
      });
    },
    storeName: 'dynamodb',
    ...(insights === undefined ? {} : { insights }),
    version: envReader(env).text('APP_VERSION', 'dev'),
  });
  return { app, store };
}
